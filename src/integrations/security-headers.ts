/**
 * The HTTP headers the site is served with: `astro preview` sends them (astro.config.mjs), and
 * deploy/nginx.conf repeats them for the intranet server (a unit test keeps the two equal).
 *
 * The policy allows only this origin. 'wasm-unsafe-eval' lets Pagefind compile its WebAssembly;
 * nothing else in script-src: every script is a file (inline ones are moved to files at build
 * time, src/integrations/external-inline-code.ts). style-src has no 'unsafe-inline' either: the
 * build moves inline <style> to files too, and no markup carries a style attribute.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self'",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'same-origin',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
};

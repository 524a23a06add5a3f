/**
 * A page address as a QR code, drawn at build time as inline SVG by `qrcode` (no script, no
 * request at view time). Only an absolute address is encoded: a build without SITE_URL has no
 * host to point at, so the caller prints the path instead of a code that would scan to nothing.
 */
import QRCode from 'qrcode';

export async function qrSvg(url: string): Promise<string> {
  const svg = await QRCode.toString(url, { type: 'svg', margin: 0, errorCorrectionLevel: 'M' });
  // The library's root element carries no size; the handout's CSS sizes it.
  return svg.replace('<svg ', '<svg aria-hidden="true" focusable="false" ');
}

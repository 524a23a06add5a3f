// Writes a gzip (.gz) and a Brotli (.br) copy beside every text file of the built site, so the
// web server sends them as they are (deploy/nginx.conf: gzip_static, brotli_static) instead of
// compressing on every request. Runs last in `npm run build`, after the search index.
// Files Pagefind already compresses (its index fragments and WebAssembly) are left alone.
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/** Extensions worth compressing: text the browser fetches. */
export const COMPRESSIBLE = /\.(html|css|js|mjs|json|svg|xml|txt|csv|map|webmanifest)$/;
/** Below this size a compressed copy saves less than the extra file costs. */
export const MIN_BYTES = 256;

export function precompress(dir) {
  const files = readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && COMPRESSIBLE.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name));
  let raw = 0;
  let gz = 0;
  let br = 0;
  let count = 0;
  for (const file of files) {
    if (statSync(file).size < MIN_BYTES) continue;
    const body = readFileSync(file);
    const gzipped = gzipSync(body, { level: 9 });
    const brotli = brotliCompressSync(body, {
      params: {
        // 11 saves about 4 % more and takes several times longer; 9 keeps the build step short.
        [constants.BROTLI_PARAM_QUALITY]: 9,
        [constants.BROTLI_PARAM_SIZE_HINT]: body.length,
        [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
      },
    });
    writeFileSync(`${file}.gz`, gzipped);
    writeFileSync(`${file}.br`, brotli);
    raw += body.length;
    gz += gzipped.length;
    br += brotli.length;
    count += 1;
  }
  return { count, raw, gz, br };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const dir = resolve(process.argv[2] ?? process.env.CASEBOOK_DIST ?? 'dist');
  const started = performance.now();
  const { count, raw, gz, br } = precompress(dir);
  const mb = (bytes) => (bytes / 1024 / 1024).toFixed(2);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(
    `precompress: ${count} files, ${mb(raw)} MB → gzip ${mb(gz)} MB, brotli ${mb(br)} MB (${seconds} s)`,
  );
}

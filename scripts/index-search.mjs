// Builds the Pagefind search index over the built site (dist/). Runs after `astro build`.
// What is indexed is set by src/search/contract.ts: the case and mechanism pages, read from
// their `data-pagefind-body` content, and one document per glossary term, which the build writes
// to dist/glossary-records.json (removed here once indexed). Every document's text is cut into
// tokens first (src/search/index-html.ts) so that quoted searches are exact matches; the files
// readers get are not changed. Result URLs are stored without the base path; the search page
// adds it (Pagefind's `baseUrl` option), so one index works under any BASE_PATH.
import * as pagefind from 'pagefind';
import { existsSync, readFileSync, rmSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import {
  GLOSSARY_RECORDS_FILE,
  INDEXED_PAGE_GLOBS,
  SEARCH_BUNDLE_DIR,
  SEARCH_LANGUAGE,
} from '../src/search/contract.ts';
import { indexableHtml } from '../src/search/index-html.ts';
import { SEARCH_INCLUDE_CHARACTERS } from '../src/search/tokens.ts';

const site = process.env.CASEBOOK_DIST ?? 'dist';

function fail(message) {
  console.error(`index-search: ${message}`);
  process.exit(1);
}

function folderBytes(dir) {
  return readdirSync(dir).reduce((sum, name) => {
    const path = join(dir, name);
    const stat = statSync(path);
    return sum + (stat.isDirectory() ? folderBytes(path) : stat.size);
  }, 0);
}

/** Files matching one of the contract's `<folder>/*\/index.html` patterns, as [url, path]. */
function indexedPages() {
  return INDEXED_PAGE_GLOBS.flatMap((glob) => {
    const [folder, star, file] = glob.split('/');
    if (star !== '*' || !file) fail(`unsupported pattern ${glob} in INDEXED_PAGE_GLOBS`);
    const dir = join(site, folder);
    if (!existsSync(dir)) return [];
    return readdirSync(dir)
      .filter((name) => existsSync(join(dir, name, file)))
      .sort()
      .map((name) => [`/${folder}/${name}/`, join(dir, name, file)]);
  });
}

async function main() {
  if (!existsSync(site)) fail(`${site}/ does not exist; run astro build first.`);

  const { index, errors } = await pagefind.createIndex({
    forceLanguage: SEARCH_LANGUAGE,
    includeCharacters: SEARCH_INCLUDE_CHARACTERS,
  });
  if (!index) fail(`Pagefind could not start: ${errors.join('; ')}`);

  const pages = indexedPages();
  for (const [url, path] of pages) {
    const added = await index.addHTMLFile({
      url,
      content: indexableHtml(readFileSync(path, 'utf8')),
    });
    if (added.errors.length) fail(`indexing ${url} failed: ${added.errors.join('; ')}`);
  }

  const recordsPath = join(site, GLOSSARY_RECORDS_FILE);
  if (!existsSync(recordsPath)) fail(`${recordsPath} is missing: the glossary was not built.`);
  const documents = JSON.parse(readFileSync(recordsPath, 'utf8'));
  for (const { url, html } of documents) {
    const added = await index.addHTMLFile({ url, content: indexableHtml(html) });
    if (added.errors.length) fail(`indexing ${url} failed: ${added.errors.join('; ')}`);
  }
  rmSync(recordsPath);

  const outputPath = join(site, SEARCH_BUNDLE_DIR);
  rmSync(outputPath, { recursive: true, force: true });
  const written = await index.writeFiles({ outputPath });
  if (written.errors.length) fail(`writing the index failed: ${written.errors.join('; ')}`);
  await pagefind.close();
  // Pagefind also writes its ready-made search UIs; the search page has its own, so they would
  // only be dead weight on the server (about 400 KiB).
  for (const name of readdirSync(outputPath)) {
    if (/^pagefind-(ui|component-ui|modular-ui|highlight)\.(js|css)$/.test(name)) {
      rmSync(join(outputPath, name));
    }
  }

  if (pages.length === 0) {
    console.warn(`index-search: no case or mechanism page in ${site}/`);
  }
  const kib = (folderBytes(outputPath) / 1024).toFixed(0);
  console.log(
    `index-search: ${pages.length} pages and ${documents.length} glossary terms indexed into ${outputPath} (${kib} KiB)`,
  );
}

await main();

// Builds the Pagefind search index over the built site (dist/). Runs after `astro build`.
// Uses Pagefind's Node API so the index step is one place that later steps can extend.
import * as pagefind from 'pagefind';
import { existsSync } from 'node:fs';

const site = process.env.CASEBOOK_DIST ?? 'dist';
if (!existsSync(site)) {
  console.error(`index-search: ${site}/ does not exist; run astro build first.`);
  process.exit(1);
}

const { index, errors } = await pagefind.createIndex({ forceLanguage: 'zh-cn' });
if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
const added = await index.addDirectory({ path: site });
if (added.errors.length) throw new Error(`Pagefind indexing failed: ${added.errors.join('; ')}`);
const written = await index.writeFiles({ outputPath: `${site}/pagefind` });
if (written.errors.length) throw new Error(`Pagefind write failed: ${written.errors.join('; ')}`);
await pagefind.close();
console.log(`index-search: ${added.page_count} pages indexed into ${site}/pagefind`);

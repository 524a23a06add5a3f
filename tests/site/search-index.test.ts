/**
 * The search index of the real build holds the content and nothing else: every block of text
 * Pagefind stored for a document is part of one field of that document's content file
 * (tests/helpers/search-truth.ts). An interface string, a citation, a label from another
 * entity or two fields run together would each be a block no field contains.
 */
import { describe, expect, test } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { contentBlocks } from '../../src/search/excerpt';
import { comparable, truthDocuments } from '../helpers/search-truth';
import { distDir } from '../gates/site';

const fragmentDir = join(distDir, 'pagefind', 'fragment');

/** Pagefind's fragment files: gzip, a 12-byte signature, then JSON. */
function fragments(): Array<{ url: string; content: string }> {
  return readdirSync(fragmentDir).map((name) =>
    JSON.parse(
      gunzipSync(readFileSync(join(fragmentDir, name)))
        .subarray(12)
        .toString('utf8'),
    ),
  );
}

/** Clause punctuation is left out of the comparison: the index keeps it as a break. */
const loose = (text: string) => comparable(text).replace(/[，。、：；！？—…·]/gu, '');

describe('search index', () => {
  test('the build has an index', () => {
    expect(existsSync(fragmentDir), `${fragmentDir}: run npm run build`).toBe(true);
  });

  test('every indexed block of text is part of one field of its content file', () => {
    const docs = new Map(truthDocuments().map((doc) => [doc.url, doc.fields.map(loose)]));
    const stray: string[] = [];
    const all = fragments();
    expect(all.length).toBe(docs.size);
    for (const fragment of all) {
      const fields = docs.get(fragment.url);
      if (!fields) {
        stray.push(`${fragment.url}: no such document in the content`);
        continue;
      }
      for (const block of contentBlocks(fragment.content)) {
        if (!fields.some((field) => field.includes(loose(block))))
          stray.push(`${fragment.url}: ${block.slice(0, 60)}`);
      }
    }
    expect(stray).toEqual([]);
  });
});

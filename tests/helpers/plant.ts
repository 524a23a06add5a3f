/**
 * Writes a planted fixture (tests/fixtures/planted.ts) to disk: a copy of the valid tiny casebook
 * under `<dir>/content/` with the fixture's edits applied. Returns the content folder.
 */
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { setBaseReader, type Planted } from '../fixtures/planted';
import { repoRoot } from './content';

export const BASE = join(repoRoot, 'tests', 'fixtures', 'valid-tiny');
setBaseReader((file) => readFileSync(join(BASE, file), 'utf8'));

export function plant(fixture: Planted, dir: string): string {
  const root = join(dir, 'content');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  cpSync(BASE, root, { recursive: true });
  for (const [file, edit] of Object.entries(fixture.edits)) {
    const path = join(root, file);
    if (edit === null) {
      rmSync(path, { force: true });
      continue;
    }
    const old = existsSync(path) ? readFileSync(path, 'utf8') : '';
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, typeof edit === 'function' ? edit(old) : edit);
  }
  return root;
}

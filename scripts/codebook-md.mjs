// Writes the coders' codebook: one Markdown file that two independent coders receive together
// with the article, and nothing else. It holds the instructions (docs/coding/instructions.md),
// the families and every mechanism's definition, inclusion rule, exclusion rule and example from
// content/mechanisms/mechanisms.yaml, and the county list, but no coding: it never reads the
// cases' mechanism lists, and the content checks keep examples free of the casebook's counties.
//
//   node scripts/codebook-md.mjs [out.md]     (default: print to stdout; needs Node 22)
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { parse } from 'yaml';
import { MECHANISM_CATEGORIES, MechanismSchema } from '../src/schemas/mechanism.ts';
import { zhCN } from '../src/i18n/ui.ts';

const root = join(import.meta.dirname, '..');
const codebookFile = join(root, 'content', 'mechanisms', 'mechanisms.yaml');
const codebookText = readFileSync(codebookFile, 'utf8');
const mechanisms = parse(codebookText).map((entry) => MechanismSchema.parse(entry));
const byId = new Map(mechanisms.map((m) => [m.id, m]));

// Counties: only the names and order the case files state, read from their frontmatter.
const counties = readdirSync(join(root, 'content', 'cases'))
  .filter((name) => /\.mdx?$/.test(name))
  .map((name) => {
    const text = readFileSync(join(root, 'content', 'cases', name), 'utf8');
    const front = parse(/^---\r?\n([\s\S]*?)\r?\n---/.exec(text)[1]);
    return { order: front.order, shortName: front.shortName, province: front.province };
  })
  .sort((a, b) => a.order - b.order);

/** Mechanism ids in rule text become "name（id）" so a coder can find the other entry. */
const withNames = (text) =>
  text.replace(/ ?\b([a-z0-9]+(?:-[a-z0-9]+)+)\b/g, (whole, id) =>
    byId.has(id) ? `「${byId.get(id).name}」（\`${id}\`）` : whole,
  );

const families = Object.keys(MECHANISM_CATEGORIES).map((category, f) => {
  const label = MECHANISM_CATEGORIES[category];
  const members = mechanisms.filter((m) => m.category === category);
  const entries = members.map((m, i) =>
    [
      `#### ${f + 1}.${i + 1} ${m.name}（\`${m.id}\`）`,
      '',
      `*${m.nameEn}*`,
      '',
      `- **定义**：${m.definition}`,
      `- **纳入规则**（编 1）：${withNames(m.inclusion)}`,
      `- **排除规则**：${withNames(m.exclusion)}`,
      `- **示例**：${m.example}`,
    ].join('\n'),
  );
  return [
    `### ${f + 1}. ${label.zh}（\`${category}\`，${label.en}）`,
    '',
    zhCN[`mechanisms.family.${category}`],
    '',
    ...entries.flatMap((entry) => [entry, '']),
  ].join('\n');
});

const table = [
  '| 编号 | 机制 | 大类 |',
  '| --- | --- | --- |',
  ...Object.keys(MECHANISM_CATEGORIES).flatMap((category) =>
    mechanisms
      .filter((m) => m.category === category)
      .map((m) => `| \`${m.id}\` | ${m.name} | ${MECHANISM_CATEGORIES[category].zh} |`),
  ),
].join('\n');

const digest = createHash('sha256').update(codebookText).digest('hex').slice(0, 12);
const fill = {
  counties: counties.map((c, i) => `${i + 1}. ${c.shortName}（${c.province}）`).join('\n'),
  mechanismCount: String(mechanisms.length),
  unitCount: String(mechanisms.length * counties.length),
  families: families.join('\n').trimEnd(),
  table,
};
const template = readFileSync(join(root, 'docs', 'coding', 'instructions.md'), 'utf8');
const markdown = `${template
  .replace(/\{\{(\w+)\}\}/g, (whole, key) => fill[key] ?? whole)
  .trimEnd()}\n\n---\n\n<small>codebook sha256:${digest} · ${mechanisms.length} mechanisms · ${
  Object.keys(MECHANISM_CATEGORIES).length
} families</small>\n`;

const out = process.argv[2];
if (out) writeFileSync(out, markdown);
else process.stdout.write(markdown);

/**
 * Checks across entries and collections that zod cannot do on one entry alone: references that
 * must resolve, metrics that must not repeat. Astro 7 only logs a broken reference, so a broken
 * one here fails the build. Pure: takes plain data, returns problems.
 */
import type { CaseData } from '../schemas/case';

export interface ContentProblem {
  /** File the problem is in, relative to the repository root. */
  file: string;
  /** Field path inside the entry, dotted (metrics.3.source). */
  path: string;
  /** What is wrong, in words a content editor understands. */
  message: string;
}

export interface CaseInput {
  id: string;
  file: string;
  data: CaseData;
}

export interface CasebookInput {
  cases: CaseInput[];
  mechanismIds: Iterable<string>;
  sourceIds: Iterable<string>;
  glossary: Array<{ id: string; file: string; mechanisms: string[] }>;
}

export function checkCasebook(input: CasebookInput): ContentProblem[] {
  const mechanisms = new Set(input.mechanismIds);
  const sources = new Set(input.sourceIds);
  const problems: ContentProblem[] = [];
  const seenCounties = new Map<string, string>();

  for (const { file, data } of input.cases) {
    const add = (path: string, message: string) => problems.push({ file, path, message });

    const other = seenCounties.get(data.adminCode);
    if (other)
      add(
        'adminCode',
        `行政区划代码 ${data.adminCode} 已被 ${other} 使用：同一个县只能有一个案例文件`,
      );
    seenCounties.set(data.adminCode, file);

    const listed = new Set<string>();
    data.mechanisms.forEach((mechanism, i) => {
      if (!mechanisms.has(mechanism.id)) {
        add(
          `mechanisms.${i}.id`,
          `机制「${mechanism.id}」不存在：请先在 content/mechanisms/mechanisms.yaml 中定义它`,
        );
      }
      if (listed.has(mechanism.id)) add(`mechanisms.${i}.id`, `机制「${mechanism.id}」重复列出`);
      listed.add(mechanism.id);
    });

    data.parts.forEach((part, p) => {
      part.mechanisms.forEach((id, m) => {
        if (!listed.has(id)) {
          add(
            `parts.${p}.mechanisms.${m}`,
            `模式组成部分「${part.name}」引用的机制「${id}」没有列在本案例的 mechanisms 中（请在那里补上它和本县的做法）`,
          );
        }
      });
    });

    data.sources.forEach((id, i) => {
      if (!sources.has(id))
        add(`sources.${i}`, `来源「${id}」不存在：请先在 content/sources/sources.yaml 中登记`);
    });

    const seenMetrics = new Map<string, number>();
    data.metrics.forEach((metric, i) => {
      if (!sources.has(metric.source)) {
        add(
          `metrics.${i}.source`,
          `来源「${metric.source}」不存在：请先在 content/sources/sources.yaml 中登记`,
        );
      } else if (!data.sources.includes(metric.source)) {
        add(`metrics.${i}.source`, `来源「${metric.source}」没有列在本案例的 sources 中`);
      }
      const identity = [
        metric.key,
        metric.scope.level,
        metric.scope.name ?? '',
        metric.period ?? '',
      ].join('|');
      const first = seenMetrics.get(identity);
      if (first !== undefined) {
        add(
          `metrics.${i}`,
          `指标「${metric.key}」在同一范围（${metric.scope.name ?? metric.scope.level}）和时期重复出现，与 metrics.${first} 冲突`,
        );
      } else {
        seenMetrics.set(identity, i);
      }
    });
  }

  for (const term of input.glossary) {
    term.mechanisms.forEach((id, i) => {
      if (!mechanisms.has(id)) {
        problems.push({
          file: term.file,
          path: `${term.id}.mechanisms.${i}`,
          message: `术语引用的机制「${id}」不存在`,
        });
      }
    });
  }
  return problems;
}

/** The problems as one message, one line each, for a failing build. */
export function formatProblems(problems: ContentProblem[]): string {
  const lines = problems.map((p) => `  ${p.file} → ${p.path}: ${p.message}`);
  return `内容检查发现 ${problems.length} 个问题：\n${lines.join('\n')}`;
}

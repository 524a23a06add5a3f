/**
 * What a content editor reads when a lessons file (content/lessons/<case>.yaml) is wrong: the
 * schema's messages and the cross-checks' issues as sentences, zh-CN. The schema and the checks
 * return codes and values; the words live here.
 */
import type { ContentProblem } from '../domain/content-checks';
import type { LessonIssue } from '../domain/lesson-checks';

export const lessonSchemaMessages = {
  unknownCode: (what: string, given: string, codes: readonly string[]) =>
    `未知的${what}代码「${given}」：只能是 ${codes.join('、')} 之一（见 src/schemas/lesson-vocabulary.ts）`,
  codeKind: {
    problem: '问题',
    prerequisite: '前提条件',
    scale: '范围',
    fiscal: '财力档次',
  },
  quoteTooShort: '引文至少 4 个字符：请逐字摘录原文中的一句短语',
  ownWords: (min: number) => `请用自己的话写，至少 ${min} 个字符`,
  statementKind:
    '引文类型 kind 只能是 problem（原文陈述的问题）、aim（原文陈述的目标）或 measure（由做法推知的问题）',
  statementCodes: '每条引文至少标注一个问题代码 codes',
  emptyInputs: '没有内容时请写 not-reported，不要写空列表',
  inputList: '应为若干投入条目（text、metric、quote），或原文未提及时写 not-reported',
  resultKind:
    '成效类型 kind 只能是 outcome（成效数字）、output（产出数字）或 claim（原文的定性表述）',
  resultMetric: '数字类成效（outcome、output）必须用 metric 指向本案例的指标',
  emptyResults: '没有成效时请写 not-reported',
  resultList: '应为若干成效条目（kind、quote、metric），或原文未报告时写 not-reported',
  periodKind:
    'period.kind 只能是 stated（原文写明起始年份）、relative（原文只说“近年来”等）或 not-stated（原文未交代时间）',
  periodLabel: (label: string, quote: string) =>
    `时间表述「${label}」不在第一条引文「${quote}」中：label 必须是引文里的原话`,
  periodFrom: (from: number, label: string) => `起始年份 ${from} 与时间表述「${label}」不一致`,
  summaryMax: '问题概述最多 160 个字符',
  statementsMin: '至少摘录一条原文引文',
  approachMax: '核心做法只写一行：最多 70 个字符',
  conditionsMin: '至少写一条成功条件',
  risksMin: '至少写一条风险',
  fiscalBasis: 'fiscalBasis 只能是 reported（依据原文的金额）或 inferred（由场所、人员推断）',
  prerequisitesMin: '至少列出一个前提条件代码',
};

/** Where a whole-file issue is reported, in place of a field path. */
export const LESSON_PATHS = { missing: '(借鉴要点)', fileName: '(文件名)' } as const;

/** One cross-check issue as a sentence an editor can act on. */
export function lessonIssueMessage(issue: LessonIssue): string {
  const [a = '', b = ''] = issue.values;
  switch (issue.code) {
    case 'missing-lesson':
      return `案例「${a}」没有借鉴要点：请新建 ${b}/${a}.yaml（可复制一个现有文件改写）`;
    case 'orphan-lesson':
      return `没有 id 为「${a}」的案例：借鉴要点的文件名必须与 content/cases/ 中的案例文件名相同`;
    case 'unknown-metric':
      return `指标「${a}」不是本案例（${b}）的数据：请改用该案例 metrics 中已有的键，或删去 metric 改写 quote`;
    case 'input-without-evidence':
      return '投入条目需要出处：用 metric 指向本案例的指标，或用 quote 逐字摘录原文';
    case 'period-contradicts-case':
      return `案例文件写明时期 ${a}（from: ${b}），借鉴要点的 period 应为 kind: stated、from: ${b}`;
    case 'period-label-differs':
      return `时间表述「${a}」与案例文件的「${b}」不一致：两处应写同一句原话`;
  }
}

/** The issues as content problems (file, path, message), for the build's and the tests' report. */
export function lessonProblems(issues: LessonIssue[]): ContentProblem[] {
  return issues.map((issue) => ({
    file: issue.file,
    path:
      issue.path ??
      (issue.code === 'missing-lesson' ? LESSON_PATHS.missing : LESSON_PATHS.fileName),
    message: lessonIssueMessage(issue),
  }));
}

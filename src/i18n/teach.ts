/**
 * Words of the teaching features (issue 13): teaching notes, the one-page handout, the print
 * links and the downloads, zh-CN. Kept in one file so the move into the per-locale dictionaries
 * is mechanical.
 */
import type { ContentProblem } from '../domain/content-checks';
import type { TeachingIssue } from '../domain/teaching-checks';
import type { DocxWords } from '../exports/docx';
import type { PptxWords } from '../exports/pptx';

/** Where a whole-file issue is reported, in place of a field path. */
export const TEACHING_PATHS = { missing: '(教学说明)', fileName: '(文件名)' } as const;

/** One cross-check issue of the teaching notes as a sentence an editor can act on. */
export function teachingIssueMessage(issue: TeachingIssue): string {
  const [a = '', b = ''] = issue.values.map(String);
  switch (issue.code) {
    case 'missing-teaching':
      return `案例「${a}」没有教学说明：请新建 ${b}/${a}.yaml（可复制 content/teaching/yongchun.yaml 改写）`;
    case 'orphan-teaching':
      return `没有 id 为「${a}」的案例：教学说明的文件名必须与 content/cases/ 中的案例文件名相同`;
    case 'session-minutes':
      return `各环节的 minutes 合计 ${a} 分钟，应正好是 ${b} 分钟：请调整某个环节的时长`;
    case 'unknown-metric':
      return `指标「${a}」不是本案例（${b}）的数据：请改用该案例 metrics 中已有的键，或删去这一项`;
    case 'unknown-case':
      return `没有 id 为「${a}」的案例：对比案例请写 content/cases/ 中的文件名（不带 .mdx）`;
    case 'self-comparison':
      return `对比案例不能是本案例「${a}」自己：请换成另一个案例`;
  }
}

/** The issues as content problems (file, path, message), for the build's and the tests' report. */
export function teachingProblems(issues: TeachingIssue[]): ContentProblem[] {
  return issues.map((issue) => ({
    file: issue.file,
    path:
      issue.path ??
      (issue.code === 'missing-teaching' ? TEACHING_PATHS.missing : TEACHING_PATHS.fileName),
    message: teachingIssueMessage(issue),
  }));
}

const words = {
  'teaching.title': '教学说明',
  'teaching.lead':
    '供讲师备课使用：学习目标、45 分钟和 90 分钟两种课时安排、讨论题与答题要点，以及只给讲师看的提示。学员讲义（一页纸）不含讲师提示。',
  'teaching.objectives': '学习目标',
  'teaching.session45': '45 分钟课时安排',
  'teaching.session90': '90 分钟课时安排',
  'teaching.minutes': '{n} 分钟',
  'teaching.questions': '讨论题',
  'teaching.drawsOn': '答题要点',
  'teaching.figures': '相关数字',
  'teaching.instructor': '讲师提示',
  'teaching.instructorLead': '以下内容只供讲师参考，不印入学员讲义。',
  'teaching.notInSource': '原文没有说的',
  'teaching.misreadings': '常见误读',
  'teaching.comparison': '怎样用对比',
  'teaching.compareWith': '对比：{names}',
  'teaching.back': '← 返回案例：{name}',
  'teaching.link': '教学说明（讲师用）',
  'teaching.ownWords': '教学说明为本案例库自拟，事实与数字均出自来源文章。',
  'print.title': '打印与下载',
  'print.handout': '打印一页纸讲义',
  'print.full': '打印完整案例：用浏览器的“打印”（Ctrl+P），打印版自动去掉导航',
  'print.handoutPage': '一页纸讲义（A4）',
  'print.docx': 'Word 文档（讲义＋完整案例）',
  'print.pptx': 'PowerPoint 课件',
  'downloads.title': '教学用文件',
  'downloads.lead':
    '每个案例一份 Word 文档（一页纸讲义加完整案例）和一份 PowerPoint 课件（标题、模式构成、组织层级、关键数字图表及其来源、机制、讨论题、资料来源），构建时生成，字体为微软雅黑和宋体，可用 Word、WPS 或 LibreOffice 打开。',
  'downloads.docx': 'Word（.docx）',
  'downloads.pptx': 'PowerPoint（.pptx）',
  'downloads.handout': '一页纸讲义',
  'handout.title': '一页纸讲义',
  'handout.profile': '县情',
  'handout.parts': '模式构成',
  'handout.figures': '关键数字',
  'handout.lessons': '借鉴要点',
  'handout.questions': '讨论题',
  'handout.address': '本页地址',
  'handout.qrAlt': '本页地址的二维码',
  'handout.noQr': '构建时未设置网站地址（SITE_URL），故不印二维码，只印页面路径。',
  'handout.print': '打印本页',
  'handout.back': '← 返回案例：{name}',
  'handout.fewFigures': '原文只给出 {n} 个数字，这里全部列出。',
  'handout.approach': '核心做法',
  'handout.conditions': '借鉴前提',
  'handout.risks': '风险',
} as const;

export type TeachKey = keyof typeof words;

/** A word of the teaching features, with {placeholders} filled in. */
export function teachText(key: TeachKey, params: Record<string, string | number> = {}): string {
  return words[key].replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? `{${name}}`));
}

/** Words of the Word file (src/exports/docx.ts). */
export const DOCX_WORDS: DocxWords = {
  handout: '区域化党建县域案例库 · 一页纸讲义',
  fullCase: '区域化党建县域案例库 · 完整案例',
  profile: '县情',
  parts: '模式构成',
  keyFigures: '关键数字',
  figures: '数据与指标',
  figureHead: ['指标', '数值', '数字性质', '范围'],
  quote: '原文',
  lessons: '借鉴要点',
  approach: '核心做法',
  conditions: '借鉴前提',
  risks: '风险',
  questions: '教学讨论题',
  handoutQuestions: '讨论题',
  tiers: '组织层级',
  mechanisms: '运用的机制',
  summary: '概述',
  source: '资料来源',
  citePage: '引用本页',
  address: '页面地址',
};

/** Words of the PowerPoint deck (src/exports/pptx.ts). */
export const PPTX_WORDS: PptxWords = {
  anatomy: '模式构成',
  tiers: '组织层级',
  keyFigures: '关键数字',
  chartUnit: '单位：{unit}（只画同一单位的数字）',
  chartSource: '来源：',
  noChart: '本案例没有两个以上同一单位的数字，不画图。',
  mechanisms: '运用的机制与原文',
  questions: '教学讨论题',
  sources: '资料来源',
  citePage: '引用本页',
  address: '页面地址',
};

/** Font families named in the Word and PowerPoint files: present on Chinese office machines. */
export const OFFICE_FONTS = { heading: '微软雅黑', body: '宋体' } as const;

/** Punctuation the teaching views put between words. */
export const PUNCT = { list: '、', colon: '：', open: '「', close: '」' } as const;

/**
 * Words of the county profile (县情): the block on the case page, the open-data labels, the
 * schema's own refinements and the division-registry check. Kept apart from ui.ts so the
 * profile work merges without touching the shared dictionary. Library code returns codes and
 * numbers; this module turns them into sentences.
 */
import type { DivisionIssue } from '../domain/division-check';

export const profileUi = {
  'profile.title': '县情',
  'profile.intro':
    '全县基本情况，供判断案例与本县是否可比。每个数字注明年份并链接到来源记录；找不到公开来源的写“未找到公开来源”，不作估计。',
  'profile.population': '常住人口（第七次人口普查）',
  'profile.area': '土地面积',
  'profile.seat': '县政府驻地',
  'profile.autonomy': '民族自治地方',
  'profile.townships': '乡级区划（乡、镇、街道）',
  'profile.villageLevel': '村级区划（村、社区）',
  'profile.urbanisation': '常住人口城镇化率',
  'profile.budget': '一般公共预算收入',
  'profile.notFound': '未找到公开来源',
  'profile.yearUnknown': '年份未注明',
  'profile.yearSuffix': '年',
  'profile.sourceLink': '来源',
  'profile.sources': '县情来源记录',
  'profile.sourceKind.official': '官方发布',
  'profile.sourceKind.secondary': '二手转载，未见官方原件',
  'profile.sourceKind.secondaryShort': '转载',
  'profile.published': '发布日期',
  'profile.publishedUnknown': '未注明',
  'profile.describesYear': '数字所属年份',
  'profile.quote': '原文',
  'profile.searched': '查找情况',
  'profile.original': '原始页面',
  'profile.registryName': '区划库',
  'profile.registryNote':
    '乡级、村级区划数由区划库自动统计，不手工录入；农场、园区、兵团团场等“类似乡级单位”不计入。',
  'profile.autonomous.yes': '是（自治县）',
  'profile.autonomous.no': '否',
  'profile.autonomous.inPrefecture': '否；所在 {prefecture} 为自治州',
  'profile.count': '{count} 个',
  'profile.townships.breakdown': '街道 {subdistricts}、镇 {towns}、乡 {xiang}',
  'profile.villageLevel.breakdown': '村 {villages}、社区 {communities}',
  'profile.aliases': '名称变更',
  'profile.aliasLine': '原文「{source}」→ 今 {current}（区划代码 {code}）',
  'profile.aliasParent': '{township}{name}',
  'profile.aliasBasis': '依据',
} as const;
export type ProfileUiKey = keyof typeof profileUi;

/** Fills {name} placeholders. */
export function profileText(
  key: ProfileUiKey,
  params: Record<string, string | number> = {},
): string {
  return profileUi[key].replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? ''));
}

/** Messages of the profile schema's refinements. */
export const profileSchemaMessages = {
  quoteWithoutValue: (quote: string, value: number) =>
    `引文「${quote}」中找不到数值 ${value}：引文必须逐字包含该数字`,
  quoteWithoutText: (quote: string, text: string) =>
    `引文「${quote}」中找不到「${text}」：原文用繁体或其他写法时，请在 quotedAs 中写出原文的写法`,
  censusYear: '常住人口应取第七次全国人口普查数，year 应为 2020',
  duplicateAlias: (source: string) => `名称变更「${source}」重复列出`,
  caseId: 'case 只能用小写字母、数字和连字符，并与案例文件名相同（例如 yongchun）',
  code: '区划代码应为 9 位（乡级）或 12 位（村级）数字，请加引号',
  date: '日期写成 2024-04-24、2024-04 或 2024',
};

const LEVEL_WORDS: Record<string, string> = {
  township: '乡镇',
  subdistrict: '街道',
  community: '社区',
  village: '村',
};

/** One division-check issue as a sentence an editor can act on. */
export function divisionIssueMessage(issue: DivisionIssue): string {
  const reg = `区划库（${issue.registry}）`;
  switch (issue.code) {
    case 'registry-version':
      return `县情文件登记的区划库版本是 ${issue.actual}，而安装的是 ${issue.expected}：请核对新版区划后把 registry.version 改为 ${issue.expected}`;
    case 'county-code-unknown':
      return `${reg}中没有行政区划代码 ${issue.actual}：请核对案例的 adminCode`;
    case 'county-name':
      return `${reg}中代码 ${issue.adminCode} 是「${issue.expected}」，这里写的是「${issue.actual}」`;
    case 'prefecture':
      return `${reg}中${issue.expected ? `代码 ${issue.adminCode} 属于「${issue.expected}」` : '查不到该县所属的地级区划'}，这里写的是「${issue.actual}」`;
    case 'province':
      return `${reg}中代码 ${issue.adminCode} 属于「${issue.expected}」，这里写的是「${issue.actual}」`;
    case 'profile-missing':
      return `案例没有县情文件：请新建 content/profiles/${issue.actual}.yaml（可参照 content/profiles/yongchun.yaml）`;
    case 'profile-orphan':
      return `县情文件指向的案例「${issue.actual}」不存在：case 应与 content/cases/ 下的文件名相同`;
    case 'profile-duplicate':
      return `案例「${issue.actual}」有两个县情文件（另一个是 ${issue.expected}）：只能保留一个`;
    case 'autonomy':
      return issue.expected === 'true'
        ? `${reg}中该县名称「${issue.actual}」是自治县：autonomous 应为 true`
        : `${reg}中该县名称「${issue.actual}」不是自治县：autonomous 应为 false（位于自治州内的县不是自治县）`;
    case 'seat-unknown':
      return `县政府驻地「${issue.actual}」不是${reg}中该县的乡级区划。该县的乡级区划有：${issue.candidates.join('、')}`;
    case 'scope-township-unknown':
      return `范围「${issue.actual}」（${LEVEL_WORDS[issue.level] ?? issue.level}）不是${reg}中该县的乡级区划。该县现有：${issue.candidates.join('、')}。如果这是原文的旧名，请在 content/profiles/${issue.caseId}.yaml 的 divisionAliases 中写明原名、今名、区划代码和依据`;
    case 'scope-township-level':
      return `范围「${issue.actual}」在${reg}中是${LEVEL_WORDS[issue.expected] ?? issue.expected}，level 写的是 ${issue.level}（${LEVEL_WORDS[issue.level] ?? ''}）：请改 level 或核对名称`;
    case 'scope-village-unknown':
      return `范围「${issue.actual}」（${LEVEL_WORDS[issue.level] ?? issue.level}）在${reg}中找不到对应的村级区划${issue.candidates.length ? `；名称相近的有：${issue.candidates.join('、')}` : ''}。如果这是原文的旧名，请在 content/profiles/${issue.caseId}.yaml 的 divisionAliases 中写明原名、今名、区划代码和依据`;
    case 'scope-village-ambiguous':
      return `范围「${issue.actual}」在${reg}中有多个同名村级区划（${issue.candidates.join('、')}）：请在名称前加上所属乡镇或街道`;
    case 'alias-code-unknown':
      return `名称变更「${issue.actual}」的区划代码 ${issue.expected} 不是${reg}中该县的区划`;
    case 'alias-name':
      return `${reg}中代码 ${issue.adminCode} 是「${issue.expected}」，名称变更写的今名是「${issue.actual}」`;
    case 'alias-unused':
      return `名称变更「${issue.actual}」没有被任何指标的范围用到：请删除，或核对名称是否与案例文件中的 scope.name 完全一致`;
    case 'alias-unneeded':
      return `「${issue.actual}」本身就是${reg}中该县的现行区划（代码 ${issue.expected}），不需要名称变更`;
  }
}

/** The check's findings as the lines a failing build prints. */
export function formatDivisionIssues(issues: DivisionIssue[]): string {
  const lines = issues.map((i) => `  ${i.file} → ${i.path}: ${divisionIssueMessage(i)}`);
  return `区划核对发现 ${issues.length} 个问题：\n${lines.join('\n')}`;
}

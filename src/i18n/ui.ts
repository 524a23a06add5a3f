/**
 * Every UI string of the site lives here, keyed by purpose, so a second language is one more
 * object of the same shape. Content (cases, mechanisms, glossary) carries its own language.
 */
export const zhCN = {
  'site.name': '区域化党建县域案例库',
  'site.shortName': 'Casebook',
  'site.description':
    '收录县域区域化党建实践案例的开放知识库：结构化的模式、组织层级、机制与指标，可检索、可对比、可下载。',
  'skip.toMain': '跳到正文',
  'nav.label': '主导航',
  'nav.home': '首页',
  'nav.cases': '案例',
  'nav.compare': '对比',
  'nav.mechanisms': '机制',
  'nav.glossary': '术语',
  'nav.data': '数据',
  'nav.about': '关于',
  'search.label': '搜索',
  'search.placeholder': '搜索案例、机制、术语',
  'search.submit': '搜索',
  'footer.source': '资料来源',
  'footer.sourceText':
    '案例事实与数据取自《创新推动区域化党建的县域探索》（人民论坛网·国家治理网，《国家治理》周刊编辑部整理）及其所引原始报道；本站文字为编者重新撰写。',
  'footer.cite': '引用本站',
  'footer.citeText':
    '区域化党建县域案例库（Casebook）. 在线数据库. 访问页面时请注明页面网址与访问日期。',
  'footer.data': '开放数据',
  'footer.about': '方法说明',
  'common.backToTop': '回到顶部',
  'case.breadcrumb': '案例',
  'case.keyFacts': '基本信息',
  'case.county': '县名',
  'case.shortName': '资料中的简称',
  'case.location': '所在地',
  'case.region': '地带',
  'case.adminCode': '行政区划代码',
  'case.coordinates': '县城大致坐标',
  'case.setting': '适用场景',
  'case.model': '模式',
  'case.period': '时期',
  'case.counts': '本案例数据',
  'case.countsValue': '{metrics} 项指标 · {mechanisms} 项机制 · {parts} 个组成部分',
  'case.parts': '模式构成',
  'case.narrative': '案例详述',
  'case.tiers': '组织层级',
  'case.tiersIntro': '自上而下的组织链条，根据案例数据生成。',
  'case.mechanisms': '运用的机制',
  'case.mechanismsIntro': '每项机制链接到跨案例的机制页面；下面是本县的具体做法。',
  'case.metrics': '数据与指标',
  'case.metricsLegend':
    '“≥”表示资料写作“余、多、以上”的下限数，“≈”表示约数。橙色范围表示该数字只针对某个乡镇、社区、单位或领域，而不是全县。点击数值可查看原文依据。',
  'case.metric': '指标',
  'case.value': '数值',
  'case.scope': '范围',
  'case.showQuote': '点击查看原文',
  'case.programmes': '具名做法与载体',
  'case.questions': '教学讨论题',
  'case.sources': '资料来源与引用',
  'case.citeSource': '引用原始资料',
  'case.citePage': '引用本页',
  'case.gbt': 'GB/T 7714',
  'case.apa': 'APA',
  'case.sourceCites': '原文所据报道',
  'case.compare': '与其他案例对比',
  'case.compareWith': '与{county}对比',
  'case.compareAll': '与全部案例对比',
  'case.previous': '上一个案例',
  'case.next': '下一个案例',
  'case.keywords': '关键词',
  'case.print': '打印讲义',
  'cases.title': '案例',
  'cases.lede':
    '八个县的区域化党建实践。按地带、省份、场景或机制筛选，勾选两个以上案例即可并排对比。',
  'cases.filters': '筛选案例',
  'cases.region': '地带',
  'cases.province': '省份',
  'cases.setting': '场景',
  'cases.mechanism': '机制',
  'cases.all': '全部',
  'cases.apply': '筛选',
  'cases.reset': '清除筛选',
  'cases.count': '显示 {shown} / {total} 个案例',
  'cases.none': '没有符合这些条件的案例。请放宽筛选条件。',
  'cases.rejected': '网址中的筛选条件无法识别，已忽略：{list}。',
  'cases.select': '加入对比',
  'cases.compareSelected': '对比所选案例',
  'cases.compareHint': '勾选 2–8 个案例后点击“对比所选案例”。',
  'cases.headline': '主要数字',
  'cases.mechanismCount': '{n} 项机制',
  'cases.noscript': '未启用 JavaScript 时，筛选条件不会生效，下面显示全部案例。',
} as const;

export type UiKey = keyof typeof zhCN;

export const ui = { 'zh-CN': zhCN } as const;
export type Locale = keyof typeof ui;
export const defaultLocale: Locale = 'zh-CN';

/** Looks up a UI string; `{name}` placeholders are filled from `vars`. */
export function t(
  key: UiKey,
  vars: Record<string, string | number> = {},
  locale: Locale = defaultLocale,
): string {
  const template: string = ui[locale][key];
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in vars ? String(vars[name]) : whole,
  );
}

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

/**
 * Words of the case page's reading aids (page contents, part and mechanism cross-references,
 * stacked figure labels) and of the case index's compare bar. Kept apart from ui.ts so the
 * reading work merges without touching the shared dictionary.
 */
export const readingUi = {
  'reading.contents': '本页目录',
  'reading.contentsShow': '本页目录（{n} 节）',
  'reading.partsGroup': '模式构成',
  'reading.partBox': '本部分概要',
  'reading.partMechanisms': '本部分运用的机制（点击查看本县做法）',
  'reading.mechanismParts': '见于',
  'reading.mechanismPage': '跨案例机制页',
  'reading.partsLine': '{n} 个组成部分',
  'reading.metricsLink': '{n} 项指标',
  'reading.mechanismsLink': '{n} 项机制',
  'reading.tableScroll': '表格较宽，可左右滑动查看；第一列固定。',
  'reading.keywordSearch': '在全站搜索“{k}”',
  'reading.backToTop': '回到本页目录',
  'reading.pager': '案例翻页',
  'reading.compareCount': '已选 {n} 个案例',
  'reading.compareNone': '勾选 2–8 个案例即可对比',
  'reading.compareOne': '再选 1 个案例才能对比（对比至少需要 2 个案例）',
  'reading.compareMany': '最多对比 8 个案例，请取消 {n} 个',
  'reading.compareReady': '可以对比了',
} as const;

export type ReadingKey = keyof typeof readingUi;

export function readingText(key: ReadingKey, params: Record<string, string | number> = {}): string {
  return readingUi[key].replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? ''));
}

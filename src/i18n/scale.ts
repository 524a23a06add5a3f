/**
 * Words of the pages that must not grow with the casebook (issue 16): the home page's featured
 * cases, the case index's pages, the mechanism matrix's views, capped lists and the county
 * variant label. Kept apart from ui.ts so the work merges without touching the shared dictionary.
 */
export const scaleUi = {
  /** A case named with its variant, when the county has several cases. */
  'scale.caseLabel': '{county}（{variant}）',
  /** After the county in a case page's heading. */
  'scale.variant': '（{variant}）',
  'scale.featuredTitle': '精选案例',
  'scale.featuredIntro':
    '以下是案例库按原文顺序排在最前的 {shown} 个案例；全部 {total} 个案例见案例索引。',
  'scale.allCases': '浏览全部 {total} 个案例 →',
  'scale.moreInProvince': '等 {count} 个案例',
  'scale.tileCases': '{names} 等 {count} 个案例',
  'scale.pages': '案例索引分页',
  'scale.pageOf': '第 {page} 页，共 {pages} 页',
  'scale.pagePrevious': '← 上一页',
  'scale.pageNext': '下一页 →',
  'scale.pageLink': '第 {page} 页',
  'scale.pageRange': '本页列出第 {from}–{to} 个案例，共 {total} 个。',
  'scale.pageFilterNote': '筛选在全部 {total} 个案例中进行，结果按页显示。',
  'scale.listCapped': '这里只列出前 {shown} 个，共 {total} 个案例。',
  'scale.listRest': '在案例索引中查看全部 {total} 个 →',
  'scale.matrixFamilyTitle': '机制族一览',
  'scale.matrixFamilyIntro':
    '每个机制后面是采用它的案例数。点机制名看定义和全部案例；各县的具体做法和证据写在案例页和机制页上。',
  'scale.matrixUses': '{count} 个案例',
  'scale.matrixNone': '尚无案例',
  'scale.matrixColumns': '案例 × 机制矩阵（第 {from}–{to} 个案例，共 {total} 个）',
  'scale.matrixColumnsNext': '下一组案例 →',
  'scale.matrixColumnsPrevious': '← 上一组案例',
} as const;

export type ScaleKey = keyof typeof scaleUi;

export function scaleText(key: ScaleKey, params: Record<string, string | number> = {}): string {
  return scaleUi[key].replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? ''));
}

/** The name a case is listed by: the county, and which of its cases when it has several. */
export function caseName(data: { shortName: string; variant?: string | undefined }): string {
  return data.variant
    ? scaleText('scale.caseLabel', { county: data.shortName, variant: data.variant })
    : data.shortName;
}

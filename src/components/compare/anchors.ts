/** Ids of the comparison's section headings, which the summary links to. */
export const ANCHORS = {
  context: 'cmp-context',
  charts: 'cmp-charts',
  metrics: 'cmp-metrics',
  mechanisms: 'cmp-mechanisms',
  lessons: 'cmp-lessons',
};

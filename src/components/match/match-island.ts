/**
 * The finder's island: reads the profile from the URL, fills the form back, names what the URL
 * got wrong and what the casebook lacks, then ranks the server-rendered cases with the pure rules
 * of src/domain/match.ts and writes each case's reasons and a prefilled comparison with the two
 * closest others. Plain DOM, no framework; every word comes from the page's config.
 */
import { casebookGaps, closestOthers, rankCases, type Reason } from '../../domain/match';
import {
  PARAM_FIELDS,
  SINGLE_PARAMS,
  isEmptyProfile,
  parseMatchQuery,
  type SingleParam,
} from '../../url/match-state';
import { serialiseCompareQuery } from '../../url/compare-url';
import { withBase } from '../../url/routes';
import type { MatchConfig } from '../../views/match';

const config = JSON.parse(document.getElementById('match-config')!.textContent!) as MatchConfig;
const text = (key: string, vars: Record<string, string | number> = {}) =>
  (config.text[key] ?? key).replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in vars ? String(vars[name]) : whole,
  );
const sep = config.text['list.separator'] ?? ', ';
const el = <K extends keyof HTMLElementTagNameMap>(tag: K, content?: string) => {
  const node = document.createElement(tag);
  if (content !== undefined) node.textContent = content;
  return node;
};

const { profile, notices } = parseMatchQuery(location.search);
const values = profile as unknown as Record<string, string | undefined>;

// The static form knows nothing of the URL: put the reader's answers back.
const form = document.getElementById('match-form') as HTMLFormElement;
for (const name of Object.keys(SINGLE_PARAMS) as SingleParam[]) {
  const select = form.elements.namedItem(name) as HTMLSelectElement | null;
  if (select) select.value = values[PARAM_FIELDS[name]] ?? '';
}
for (const box of form.querySelectorAll<HTMLInputElement>('input[name="problem"]')) {
  box.checked = (profile.problems as readonly string[]).includes(box.value);
}

const notice = document.getElementById('match-notice')!;
if (notices.length) {
  notice.replaceChildren(
    ...notices.map((n) =>
      el(
        'span',
        text(`match.notice.${n.code}`, {
          param: n.param ? config.params[n.param] : '',
          values: n.values.join(sep),
        }) + ' ',
      ),
    ),
  );
  notice.hidden = false;
}

const gaps = casebookGaps(profile, config.facts);
if (gaps.length) {
  const list = document.getElementById('match-gaps-list')!;
  const v = config.values;
  list.replaceChildren(
    ...gaps.map((gap) => {
      const [first = '', second = ''] = gap.values;
      const vars: Record<string, string> = {
        setting: v.setting[first] ?? first,
        region: v.region[second] ?? second,
        value:
          gap.code === 'no_autonomy'
            ? (v.autonomyOption[first] ?? first)
            : gap.code === 'no_population'
              ? (v.pop[first] ?? first)
              : gap.code === 'no_urban'
                ? (v.urban[first] ?? first)
                : (v.fiscal[first] ?? first),
        unknown: second,
      };
      return el('li', text(`match.gap.${gap.code}`, vars));
    }),
  );
  document.getElementById('match-gaps')!.hidden = false;
}

const summary = document.getElementById('match-summary')!;
const list = document.getElementById('match-list')!;

function reasonText(reason: Reason): string {
  const labels = config.values[config.reasonValues[reason.code]];
  const named = reason.values.map((code) => labels[code] ?? code).join(sep);
  return text(`match.reason.${reason.code}`, { values: named });
}

function reasonList(reasons: Reason[]): HTMLDListElement | null {
  const groups = [
    ['match', 'match.matches'],
    ['differ', 'match.differences'],
    ['unknown', 'match.unknowns'],
  ] as const;
  const dl = el('dl');
  for (const [kind, title] of groups) {
    const mine = reasons.filter((r) => r.kind === kind);
    if (!mine.length) continue;
    const ul = el('ul');
    ul.append(...mine.map((r) => el('li', reasonText(r))));
    const dd = el('dd');
    dd.append(ul);
    dl.append(el('dt', text(title)), dd);
  }
  return dl.childElementCount ? dl : null;
}

if (isEmptyProfile(profile)) {
  summary.textContent = text('match.unranked');
} else {
  const ranked = rankCases(profile, config.facts);
  summary.textContent = text('match.ranked', { count: ranked.length });
  ranked.forEach((r, i) => {
    const item = list.querySelector<HTMLElement>(`[data-case="${r.id}"]`);
    if (!item) return;
    const head = item.querySelector<HTMLElement>('.match-rank')!;
    head.querySelector('.rank')!.textContent = text('match.rank', { n: i + 1 });
    head.querySelector('.closeness')!.textContent = r.closeness
      ? text(`match.closeness.${r.closeness}`)
      : '';
    head.querySelector('.score')!.textContent = text('match.score', {
      score: r.score,
      max: r.max,
    });
    head.hidden = false;
    if (r.closeness) item.dataset.closeness = r.closeness;
    const reasons = reasonList(r.reasons);
    item.querySelector('.match-reasons')!.replaceChildren(...(reasons ? [reasons] : []));

    const others = closestOthers(ranked, r.id);
    const compare = item.querySelector<HTMLAnchorElement>('a.compare')!;
    compare.href = withBase(
      `compare/${serialiseCompareQuery({ cases: [r.id, ...others], metrics: null, chart: 'metric', log: [], per: null })}`,
    );
    compare.textContent = text('match.compare', {
      others: others.map((id) => config.names[id] ?? id).join(sep),
    });
    compare.hidden = false;
    list.append(item);
  });
}

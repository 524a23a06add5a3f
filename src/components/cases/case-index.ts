/**
 * The case index's only script (a file, for the strict CSP): applies the URL's filters and keeps
 * the compare bar's count and button in step with the selection. When the casebook fits on one
 * page the filter hides cards of the server-rendered list; when it spans several static pages
 * it fetches the compact index (/cases/index.json) once and lists the matches of the whole
 * casebook, a page at a time. Without JavaScript the page's own list shows and the compare form
 * is a plain GET to /compare/.
 */
import {
  FILTER_KEYS,
  matchesFilter,
  noticeItems,
  parseCaseFilter,
  serializeCaseFilter,
  type CaseFilter,
} from '../../url/case-filter';
import { caseIndexEntry, type CaseIndexFile } from '../../views/case-index';

// Applies the URL's filters to the server-rendered list; without JavaScript the full list stays.
const config = JSON.parse(document.getElementById('case-filter-config')!.textContent!);
const form = document.getElementById('case-filters') as HTMLFormElement;
const cards = [...document.querySelectorAll<HTMLElement>('.case-card')];
const notice = document.getElementById('filter-notice')!;
const count = document.getElementById('result-count')!;
const empty = document.getElementById('no-results')!;

const list = document.getElementById('case-list')!;
const pager = document.getElementById('case-pages');
const results = document.getElementById('filter-results')!;
const moreRow = document.getElementById('filter-more-row')!;
const more = document.getElementById('filter-more') as HTMLButtonElement;
const pageText = count.textContent;
let index: Promise<CaseIndexFile> | undefined;
let matches: ReturnType<typeof caseIndexEntry>[] = [];

/** One match of the whole casebook, as a short card: name, model, province, compare box. */
function resultItem(entry: (typeof matches)[number]) {
  const item = document.createElement('li');
  item.className = 'case-card';
  item.dataset.case = entry.id;
  const eyebrow = document.createElement('p');
  eyebrow.className = 'eyebrow';
  eyebrow.textContent = entry.province;
  const heading = document.createElement('h2');
  const link = document.createElement('a');
  link.href = `${config.caseBase}${entry.id}/`;
  const model = document.createElement('span');
  model.className = 'model';
  model.textContent = `“${entry.model}”`;
  link.append(entry.name, ' ', model);
  heading.append(link);
  const foot = document.createElement('p');
  foot.className = 'card-foot';
  const label = document.createElement('label');
  label.className = 'select';
  const box = document.createElement('input');
  box.type = 'checkbox';
  box.name = 'cases';
  box.value = entry.id;
  box.setAttribute('form', 'compare-form');
  box.addEventListener('change', updateCompare);
  const spoken = document.createElement('span');
  spoken.className = 'visually-hidden';
  spoken.textContent = `：${entry.name}`;
  label.append(box, config.labels.select, spoken);
  foot.append(label);
  item.append(eyebrow, heading, foot);
  return item;
}

function showMore() {
  const shown = results.children.length;
  results.append(...matches.slice(shown, shown + config.perPage).map(resultItem));
  moreRow.hidden = results.children.length >= matches.length;
}
more.textContent = config.labels.more;
more.addEventListener('click', showMore);

async function applyPaged(filter: CaseFilter) {
  const active = FILTER_KEYS.some((key) => filter[key]);
  list.hidden = active;
  if (pager) pager.hidden = active;
  results.hidden = !active;
  moreRow.hidden = true;
  results.replaceChildren();
  if (!active) {
    count.textContent = pageText;
    empty.hidden = true;
  } else {
    index ??= fetch(config.index).then((response) => response.json());
    const file = await index;
    const all = file.cases.map((row) => caseIndexEntry(file, row));
    matches = all.filter((entry) => matchesFilter(entry, filter));
    count.textContent = config.labels.count
      .replace('{shown}', String(matches.length))
      .replace('{total}', String(all.length));
    empty.hidden = matches.length > 0;
    showMore();
  }
  for (const key of FILTER_KEYS)
    (form.elements.namedItem(key) as HTMLSelectElement).value = filter[key] ?? '';
}

function apply(filter: CaseFilter) {
  if (config.paged) {
    void applyPaged(filter);
    return;
  }
  let shown = 0;
  for (const card of cards) {
    const match = matchesFilter(
      {
        region: card.dataset.region!,
        province: card.dataset.province!,
        setting: card.dataset.setting!,
        mechanisms: card.dataset.mechanisms!.split(' '),
      },
      filter,
    );
    card.hidden = !match;
    if (match) shown++;
  }
  count.textContent = config.labels.count
    .replace('{shown}', String(shown))
    .replace('{total}', String(cards.length));
  empty.hidden = shown > 0;
  for (const key of FILTER_KEYS)
    (form.elements.namedItem(key) as HTMLSelectElement).value = filter[key] ?? '';
}

const initial = parseCaseFilter(location.search, config.allowed);
if (initial.rejected.length) {
  // Text nodes and <bdi> only: the values come from the URL, cut and direction-isolated.
  const [before, after = ''] = config.labels.rejected.split('{list}');
  const parts: Array<string | Node> = [before];
  noticeItems(initial.rejected).forEach((item, i) => {
    const value = document.createElement('bdi');
    value.textContent = item.value;
    if (i > 0) parts.push(config.labels.separator);
    parts.push(`${config.labels.keys[item.key]}“`, value, item.cut ? '…”' : '”');
  });
  notice.replaceChildren(...parts, after);
  notice.hidden = false;
}
apply(initial.filter);

function fromForm(): CaseFilter {
  const filter: CaseFilter = {};
  for (const key of FILTER_KEYS) {
    const value = (form.elements.namedItem(key) as HTMLSelectElement).value;
    if (value) filter[key] = value;
  }
  return filter;
}
form.addEventListener('change', () => {
  const filter = fromForm();
  history.replaceState(null, '', `${location.pathname}${serializeCaseFilter(filter)}`);
  notice.hidden = true;
  apply(filter);
});
form.addEventListener('submit', (event) => {
  event.preventDefault();
  form.dispatchEvent(new Event('change'));
});

// The compare bar: count, and a disabled button with its reason until 2-8 cases are picked.
const compareForm = document.getElementById('compare-form') as HTMLFormElement;
const compareButton = compareForm.querySelector<HTMLButtonElement>('button[type=submit]')!;
const compareStatus = document.getElementById('compare-status')!;
const boxes = [...document.querySelectorAll<HTMLInputElement>('input[name=cases]')];
function updateCompare() {
  const n = new Set(
    [...document.querySelectorAll<HTMLInputElement>('input[name=cases]:checked')].map(
      (b) => b.value,
    ),
  ).size;
  const { compare } = config.labels;
  const reason = n === 0 ? compare.none : n === 1 ? compare.one : n > 8 ? compare.many : '';
  compareStatus.textContent =
    compare.count.replace('{n}', String(n)) +
    ' · ' +
    (reason || compare.ready).replace('{n}', String(n - 8));
  compareButton.disabled = reason !== '';
  compareForm.classList.toggle('has-selection', n > 0);
}
for (const box of boxes) box.addEventListener('change', updateCompare);
updateCompare();

/**
 * The case index's only script (a file, for the strict CSP): applies the URL's filters to the
 * server-rendered list and keeps the compare bar's count and button in step with the selection.
 * Without JavaScript the full list shows and the compare form is a plain GET to /compare/.
 */
import {
  FILTER_KEYS,
  matchesFilter,
  noticeItems,
  parseCaseFilter,
  serializeCaseFilter,
  type CaseFilter,
} from '../../url/case-filter';

// Applies the URL's filters to the server-rendered list; without JavaScript the full list stays.
const config = JSON.parse(document.getElementById('case-filter-config')!.textContent!);
const form = document.getElementById('case-filters') as HTMLFormElement;
const cards = [...document.querySelectorAll<HTMLElement>('.case-card')];
const notice = document.getElementById('filter-notice')!;
const count = document.getElementById('result-count')!;
const empty = document.getElementById('no-results')!;

function apply(filter: CaseFilter) {
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
  const n = boxes.filter((b) => b.checked).length;
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

/**
 * The search page's script (plain TypeScript, no framework): loads Pagefind, keeps the query
 * and filters in the URL, shows direct answers, exact matches grouped by type and related
 * pages, each result as soon as its data arrives, and restores focus and scroll position when
 * a reader comes back from a result. The markup it fills is rendered by SearchPage.astro.
 */
import {
  resultKind,
  SEARCH_FILTERS,
  type ResultKind,
  type SearchFilter,
} from '../../search/contract';
import {
  searchExact,
  searchRelated,
  type FilterCounts,
  type PagefindHit,
  type PagefindLike,
  type SearchOutcome,
} from '../../search/engine';
import { excerpt, matchedNames, type Segment } from '../../search/excerpt';
import { answerShard, answersFor, type Answer } from '../../search/answers';
import { matchForm, readableText } from '../../search/tokens';
import {
  emptyFilters,
  hasCriteria,
  keepKnownFilters,
  noticeParts,
  parseSearchParams,
  toSearchParams,
  type FilterLabels,
  type FilterSelection,
  type Notice,
  type SearchState,
} from '../../url/search-state';
import { withBase } from '../../url/routes';
import type { SearchMessageKey, SearchMessages } from './messages';

interface ResultData {
  url: string;
  content: string;
  meta: Record<string, string | undefined>;
}

interface Pagefind extends PagefindLike<ResultData> {
  options: (options: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  filters: () => Promise<FilterCounts>;
}

type Section = ResultKind | 'related';

/** Results shown at first in each section, and how many more a button adds. */
const FIRST: Record<Section, number> = { case: 10, mechanism: 5, term: 5, related: 10 };
const MORE = 10;
/** Pause after typing before searching. */
const DEBOUNCE_MS = 150;

interface ReturnPoint {
  key: string;
  href: string;
  y: number;
  shown: Partial<Record<Section, number>>;
  relatedOpen: boolean;
}

type Values = Record<string, string | number>;

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Record<string, string> = {},
  ...children: Array<Node | string>
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, value);
  node.append(...children);
  return node;
}

function segmentsNode(segments: readonly Segment[]): DocumentFragment {
  const fragment = document.createDocumentFragment();
  for (const segment of segments)
    fragment.append(segment.mark ? el('mark', {}, segment.text) : segment.text);
  return fragment;
}

class SearchPage {
  private readonly messages: SearchMessages;
  /** Labels of the mechanism families, by code. */
  private readonly categories: Record<string, string>;
  private readonly input: HTMLInputElement;
  private readonly status: HTMLElement;
  private readonly results: HTMLElement;
  private readonly answersBox: HTMLElement;
  private readonly groupsBox: HTMLElement;
  private readonly relatedBox: HTMLElement;
  private readonly suggestions: HTMLElement;
  private readonly notices: HTMLElement;
  private readonly clear: HTMLButtonElement;
  private readonly boxes: HTMLInputElement[];
  private pagefind: Pagefind | null = null;
  /** Answer shards fetched so far, by shard number. */
  private readonly answerShards = new Map<number, Promise<Answer[]>>();
  private state: SearchState = { q: '', filters: emptyFilters() };
  private run = 0;
  private timer = 0;
  private shown: Partial<Record<Section, number>> = {};
  private restore: ReturnPoint | null = null;

  constructor(private readonly root: HTMLElement) {
    this.messages = JSON.parse(root.dataset.messages ?? '{}') as SearchMessages;
    this.categories = JSON.parse(root.dataset.categories ?? '{}') as Record<string, string>;
    const find = <T extends Element>(selector: string) => root.querySelector<T>(selector)!;
    this.input = find('input[type="search"]');
    this.status = find('[data-status]');
    this.results = find('.search-results');
    this.answersBox = find('[data-answers]');
    this.groupsBox = find('[data-groups]');
    this.relatedBox = find('[data-related]');
    this.suggestions = find('[data-suggestions]');
    this.notices = find('[data-notices]');
    this.clear = find('[data-clear]');
    this.boxes = [
      ...root.querySelectorAll<HTMLInputElement>('.search-filters input[type="checkbox"]'),
    ];
  }

  private text(key: SearchMessageKey, values: Values = {}): string {
    return (this.messages[key] ?? key).replace(/\{(\w+)\}/gu, (whole, name: string) =>
      Object.hasOwn(values, name) ? String(values[name]) : whole,
    );
  }

  /** A message as nodes; the values named in `echoed` are direction-isolated (<bdi>). */
  private message(key: SearchMessageKey, values: Values, echoed: string[] = []): DocumentFragment {
    const fragment = document.createDocumentFragment();
    for (const part of noticeParts(this.messages[key] ?? key, { values, echoed }))
      fragment.append(part.echoed ? el('bdi', {}, part.text) : part.text);
    return fragment;
  }

  private labels(): FilterLabels {
    const labels: FilterLabels = {};
    for (const box of this.boxes) {
      const name = box.name as SearchFilter;
      (labels[name] ??= {})[box.value] = box.dataset.label ?? box.value;
    }
    return labels;
  }

  /** Every filter value the panel offers: filter → code → 1. */
  private available(): FilterCounts {
    const available: FilterCounts = {};
    for (const box of this.boxes) (available[box.name] ??= {})[box.value] = 1;
    return available;
  }

  private showNotices(notices: readonly Notice[]) {
    this.notices.replaceChildren(
      ...notices.map((notice) =>
        el(
          'p',
          { class: 'notice', role: 'status' },
          this.message(notice.key, notice.values, notice.echoed),
        ),
      ),
    );
  }

  async init(): Promise<void> {
    if ('scrollRestoration' in history) history.scrollRestoration = 'manual';
    const parsed = parseSearchParams(new URLSearchParams(location.search));
    // Keep what a reader typed before the script woke up, unless the URL asks for a query.
    this.state = { q: parsed.state.q || this.input.value.trim(), filters: parsed.state.filters };
    this.input.value = parsed.state.q || this.input.value;
    const saved = (history.state as { searchReturn?: ReturnPoint } | null)?.searchReturn;
    if (saved) this.restore = saved;
    this.showNotices(parsed.notices);
    this.bind();
    try {
      const bundle = this.root.dataset.bundle ?? '';
      const pagefind = (await import(/* @vite-ignore */ `${bundle}pagefind.js`)) as Pagefind;
      await pagefind.options({
        baseUrl: this.root.dataset.base ?? '/',
        ranking: JSON.parse(this.root.dataset.ranking ?? '{}'),
      });
      await pagefind.init();
      // Pagefind counts filter values only once its filter files are loaded.
      await pagefind.filters();
      const filterNames = Object.fromEntries(
        SEARCH_FILTERS.map((name) => [name, this.text(`search.filter.${name}`)]),
      ) as Record<SearchFilter, string>;
      // The filter panel lists every value the index has (rendered from the same content), so
      // the URL is checked against it without waiting for Pagefind's filter files.
      const known = keepKnownFilters(this.state, this.available(), this.labels(), filterNames);
      this.state = known.state;
      this.showNotices([...parsed.notices, ...known.notices]);
      this.pagefind = pagefind;
    } catch (error) {
      console.error('search: the Pagefind bundle could not be loaded', error);
      this.status.replaceChildren();
      this.status.after(
        el('p', { class: 'notice search-error', role: 'alert' }, this.text('search.loadError')),
      );
      this.results.setAttribute('aria-busy', 'false');
      return;
    }
    this.syncBoxes();
    await this.search();
  }

  private bind() {
    const form = this.root.querySelector('form')!;
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      window.clearTimeout(this.timer);
      const go =
        this.input.value.trim() !== this.state.q
          ? this.setQuery(this.input.value)
          : Promise.resolve();
      void go.then(() => this.links()[0]?.focus());
    });
    this.input.addEventListener('input', () => {
      window.clearTimeout(this.timer);
      this.timer = window.setTimeout(() => void this.setQuery(this.input.value), DEBOUNCE_MS);
    });
    this.input.addEventListener('keydown', (event) => {
      if (event.key === 'ArrowDown') {
        const first = this.links()[0];
        if (first) {
          event.preventDefault();
          first.focus();
        }
      } else if (event.key === 'Escape' && this.input.value) {
        event.preventDefault();
        this.input.value = '';
        void this.setQuery('');
      }
    });
    this.results.addEventListener('keydown', (event) => {
      const links = this.links();
      const at = links.indexOf(document.activeElement as HTMLAnchorElement);
      if (at < 0) return;
      const next =
        event.key === 'ArrowDown'
          ? Math.min(at + 1, links.length - 1)
          : event.key === 'ArrowUp'
            ? at - 1
            : event.key === 'Home'
              ? 0
              : event.key === 'End'
                ? links.length - 1
                : event.key === 'Escape'
                  ? -1
                  : undefined;
      if (next === undefined) return;
      event.preventDefault();
      if (next < 0) this.input.focus();
      else links[next]?.focus();
    });
    this.results.addEventListener('click', (event) => {
      const target = event.target as Element;
      const word = target.closest<HTMLElement>('[data-word]')?.dataset.word;
      if (word) {
        this.input.value = word;
        this.input.focus();
        void this.setQuery(word);
        return;
      }
      const link = target.closest<HTMLAnchorElement>('a[href]');
      if (link && this.results.contains(link)) this.remember(link);
    });
    for (const box of this.boxes) {
      box.addEventListener('change', () => {
        this.state = { ...this.state, filters: this.selection() };
        void this.search();
      });
    }
    this.clear.addEventListener('click', () => {
      for (const box of this.boxes) box.checked = false;
      this.state = { ...this.state, filters: emptyFilters() };
      void this.search();
    });
    window.addEventListener('pageshow', (event) => {
      // Back from a result with the page kept in memory: focus and scroll are as they were.
      if (event.persisted) this.restore = null;
    });
  }

  private links(): HTMLAnchorElement[] {
    return [...this.results.querySelectorAll<HTMLAnchorElement>('a[data-result]')];
  }

  private selection(): FilterSelection {
    const filters = emptyFilters();
    for (const box of this.boxes)
      if (box.checked) filters[box.name as SearchFilter].push(box.value);
    return filters;
  }

  private syncBoxes() {
    for (const box of this.boxes)
      box.checked = this.state.filters[box.name as SearchFilter].includes(box.value);
  }

  private setQuery(value: string): Promise<void> {
    const q = value.trim();
    if (q === this.state.q) return Promise.resolve();
    this.state = { ...this.state, q };
    return this.search();
  }

  /** Saves where the reader was, in this history entry, before a result opens. */
  private remember(link: HTMLAnchorElement) {
    const point: ReturnPoint = {
      key: toSearchParams(this.state),
      href: link.getAttribute('href') ?? '',
      y: window.scrollY,
      shown: { ...this.shown },
      relatedOpen: !!this.relatedBox.querySelector<HTMLDetailsElement>('details[open]'),
    };
    history.replaceState({ ...(history.state ?? {}), searchReturn: point }, '', location.href);
  }

  private updateCounts(counts: FilterCounts | null) {
    for (const box of this.boxes) {
      const label = box.closest('label')!;
      const countNode = label.querySelector<HTMLElement>('[data-count]');
      const count = counts ? (counts[box.name]?.[box.value] ?? 0) : null;
      if (countNode)
        countNode.textContent = count === null ? '' : this.text('search.filter.count', { count });
      label.classList.toggle('empty', count === 0 && !box.checked);
    }
    const selected = SEARCH_FILTERS.reduce((n, name) => n + this.state.filters[name].length, 0);
    this.clear.hidden = selected === 0;
    for (const details of this.root.querySelectorAll<HTMLDetailsElement>('details[data-filter]')) {
      const name = details.dataset.filter as SearchFilter;
      const n = this.state.filters[name].length;
      details.querySelector('[data-selected-count]')!.textContent = n ? ` \u00b7 ${n}` : '';
      if (n) details.open = true;
    }
  }

  private async search(): Promise<void> {
    if (!this.pagefind) return;
    const id = ++this.run;
    const key = toSearchParams(this.state);
    const url = `${location.pathname}${key ? `?${key}` : ''}${location.hash}`;
    const restoring = this.restore && this.restore.key === key ? this.restore : null;
    this.restore = null;
    history.replaceState(restoring ? history.state : null, '', url);
    this.shown = restoring ? { ...restoring.shown } : {};
    this.results.setAttribute('aria-busy', 'true');
    this.results.removeAttribute('data-results-for');

    if (!hasCriteria(this.state)) {
      this.answersBox.replaceChildren();
      this.groupsBox.replaceChildren();
      this.relatedBox.replaceChildren();
      this.suggestions.hidden = false;
      this.status.textContent = '';
      this.updateCounts(await this.pagefind.filters());
      this.done(id, key, restoring);
      return;
    }
    this.status.textContent = this.text('search.searching');
    const q = this.state.q;
    const filtered = SEARCH_FILTERS.some((name) => this.state.filters[name].length);
    // The answer card's file is fetched while Pagefind searches.
    const answering = q ? this.answersNamed(q) : Promise.resolve([]);
    let outcome: SearchOutcome<ResultData>;
    try {
      outcome = await searchExact(this.pagefind, q, this.state.filters);
    } catch (error) {
      console.error('search: the query failed', error);
      return;
    }
    if (id !== this.run) return;
    this.suggestions.hidden = true;
    this.updateCounts(outcome.counts);
    const answers = q ? answersFor(await answering, q) : [];
    if (id !== this.run) return;
    this.answersBox.replaceChildren(...answers.map((answer) => this.answerCard(answer)));
    const loads: Promise<void>[] = [];
    this.groupsBox.replaceChildren(
      ...outcome.groups.map((group) => this.groupSection(group.kind, group.hits, outcome, loads)),
    );
    this.relatedBox.replaceChildren();

    if (!outcome.plan) {
      this.status.replaceChildren(
        outcome.exactCount
          ? this.text('search.listed', { count: outcome.exactCount })
          : this.text('search.noneFiltered'),
      );
    } else if (outcome.exactCount) {
      this.status.replaceChildren(
        this.message(
          filtered ? 'search.exactCountFiltered' : 'search.exactCount',
          { count: outcome.exactCount, q },
          ['q'],
        ),
      );
    }
    const related = await searchRelated(this.pagefind, outcome, this.state.filters);
    if (id !== this.run) return;
    if (related.length)
      this.relatedBox.replaceChildren(
        this.relatedSection(related, loads, outcome.exactCount > 0, !!restoring?.relatedOpen),
      );
    if (outcome.plan && !outcome.exactCount) {
      this.status.replaceChildren(
        related.length
          ? this.message('search.exactNone', { q }, ['q'])
          : filtered
            ? this.text('search.noneFiltered')
            : this.message('search.none', { q }, ['q']),
      );
      if (!related.length) this.suggestions.hidden = false;
    }
    await Promise.all(loads);
    this.done(id, key, restoring);
  }

  private done(id: number, key: string, restoring: ReturnPoint | null) {
    if (id !== this.run) return;
    this.results.setAttribute('aria-busy', 'false');
    this.results.setAttribute('data-results-for', key);
    if (!restoring) return;
    const link = this.links().find((a) => a.getAttribute('href') === restoring.href);
    link?.focus({ preventScroll: true });
    window.scrollTo(0, restoring.y);
  }

  /** The answer shard a query's match form falls in (fetched once; none if it fails). */
  private answersNamed(query: string): Promise<Answer[]> {
    const shard = answerShard(matchForm(query));
    let answers = this.answerShards.get(shard);
    if (!answers) {
      answers = fetch(`${this.root.dataset.answers ?? ''}${shard}.json`)
        .then((response) => (response.ok ? (response.json() as Promise<Answer[]>) : []))
        .catch(() => []);
      this.answerShards.set(shard, answers);
    }
    return answers;
  }

  private answerCard(answer: Answer): HTMLElement {
    const href = (url: string) => withBase(url, this.root.dataset.base ?? '/');
    const kind = this.text(`search.type.${answer.kind}`);
    const users = answer.counties.flatMap((county, i) => [
      ...(i ? ['\u3001'] : []),
      el('a', { href: href(county.url) }, county.name),
    ]);
    const more =
      answer.countyCount > answer.counties.length
        ? [this.text('search.answer.more', { count: answer.countyCount })]
        : [];
    return el(
      'article',
      { class: `answer answer-${answer.kind}`, 'aria-label': `${kind}\uff1a${answer.title}` },
      el(
        'h3',
        {},
        el(
          'a',
          { href: href(answer.url), 'data-result': '', class: `result-link result-${answer.kind}` },
          el('span', { class: 'result-type' }, kind),
          el('span', { class: 'result-title' }, answer.title),
        ),
      ),
      el('p', {}, answer.definition),
      el(
        'p',
        { class: 'answer-counties' },
        ...(answer.countyCount
          ? [
              this.text(
                answer.kind === 'mechanism' ? 'search.answer.users' : 'search.answer.mentions',
              ),
              ...users,
              ...more,
            ]
          : [this.text('search.answer.noUsers')]),
      ),
    );
  }

  private groupSection(
    kind: ResultKind,
    hits: PagefindHit<ResultData>[],
    outcome: SearchOutcome<ResultData>,
    loads: Promise<void>[],
  ): HTMLElement {
    const label = this.text(`search.type.${kind}`);
    const list = el('ol', { class: 'result-list' });
    const section = el(
      'section',
      { class: `result-group group-${kind}`, 'data-group': kind },
      el('h3', {}, this.text('search.group', { label, count: hits.length })),
      list,
    );
    const forms = outcome.plan?.forms ?? [];
    this.page(
      kind,
      hits,
      list,
      section,
      () => forms,
      loads,
      (left) => this.text('search.groupMore', { label, count: left }),
    );
    return section;
  }

  private relatedSection(
    related: Array<PagefindHit<ResultData> & { piece: string[] }>,
    loads: Promise<void>[],
    collapsed: boolean,
    open: boolean,
  ): HTMLElement {
    const list = el('ol', { class: 'result-list' });
    const intro = el(
      'p',
      { class: 'related-intro' },
      this.message('search.relatedIntro', { q: this.state.q }, ['q']),
    );
    const title = this.text('search.group', {
      label: this.messages['search.related'],
      count: related.length,
    });
    // Below exact matches, related pages stay folded; with none, they are the answer.
    const section: HTMLElement = collapsed
      ? el(
          'details',
          { class: 'related', 'data-group': 'related' },
          el('summary', {}, title),
          intro,
          list,
        )
      : el(
          'section',
          { class: 'related', 'data-group': 'related' },
          el('h3', {}, title),
          intro,
          list,
        );
    const fill = () =>
      this.page(
        'related',
        related,
        list,
        section,
        (hit) => [hit.piece.join('')],
        loads,
        (left) => this.text('search.relatedMore', { count: left }),
      );
    if (!collapsed) fill();
    else {
      const details = section as HTMLDetailsElement;
      // Their data is fetched only when a reader opens them (or had them open).
      details.addEventListener('toggle', () => details.open && !list.children.length && fill());
      if (open) details.open = true;
    }
    return section;
  }

  /** Fills a list with its first results and adds a button for the rest. */
  private page<H extends PagefindHit<ResultData>>(
    section: Section,
    hits: H[],
    list: HTMLOListElement,
    container: HTMLElement,
    forms: (hit: H) => string[],
    loads: Promise<void>[],
    moreLabel: (left: number) => string,
  ) {
    const show = (from: number, count: number, focus: boolean) => {
      const slice = hits.slice(from, from + count);
      const items = slice.map((hit) => {
        const item = el('li', { class: 'result pending' });
        list.append(item);
        const load = hit.data().then((data) => this.fill(item, data, forms(hit)));
        loads.push(load.catch(() => undefined));
        return load;
      });
      this.shown[section] = from + slice.length;
      if (focus && items[0])
        void items[0].then(() => list.children[from]?.querySelector<HTMLElement>('a')?.focus());
      const left = hits.length - (from + slice.length);
      container.querySelector('.more')?.remove();
      if (left > 0) {
        const button = el(
          'button',
          { type: 'button', class: 'button secondary more' },
          moreLabel(left),
        );
        button.addEventListener('click', () => show(from + slice.length, MORE, true));
        container.append(button);
      }
    };
    show(0, Math.max(FIRST[section], this.shown[section] ?? 0), false);
  }

  /** The names that hold the match, when the excerpt could not show it in the text. */
  private namesLine(data: ResultData, forms: string[]): HTMLElement[] {
    if (!forms.length || excerpt(data.content, forms).some((s) => s.mark)) return [];
    const names = matchedNames(data.meta.names ?? '', forms).slice(0, 3);
    if (!names.length) return [];
    const line = el('p', { class: 'result-names' }, this.text('search.matchedNames'));
    names.forEach((name, i) => line.append(...(i ? ['\u3001'] : []), segmentsNode(name)));
    return [line];
  }

  private fill(item: HTMLLIElement, data: ResultData, forms: string[]) {
    const kind = resultKind(data.url);
    const readable = (value: string | undefined) => (value ? readableText(value, ' ') : '');
    const category = data.meta.category ? this.categories[data.meta.category] : undefined;
    const details = [
      readable(data.meta.county),
      readable(data.meta.province),
      category ?? '',
    ].filter(Boolean);
    item.className = `result result-${kind}`;
    item.replaceChildren(
      el(
        'a',
        { href: data.url, 'data-result': '', class: 'result-link' },
        el('span', { class: 'result-type' }, this.text(`search.type.${kind}`)),
        el('span', { class: 'result-title' }, readable(data.meta.title)),
      ),
      ...(details.length ? [el('p', { class: 'result-meta' }, details.join(' \u00b7 '))] : []),
      el('p', { class: 'result-excerpt' }, segmentsNode(excerpt(data.content, forms))),
      ...this.namesLine(data, forms),
    );
  }
}

export function start(): void {
  const root = document.querySelector<HTMLElement>('[data-search]');
  if (root) void new SearchPage(root).init();
}

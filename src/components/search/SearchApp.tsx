/**
 * The search page's island: loads the Pagefind bundle, keeps the query and filters in the URL,
 * shows results with highlighted excerpts, filter counts and keyboard navigation.
 */
import { useCallback, useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { t } from '../../i18n/ui';
import { RESULT_TYPES, SEARCH_FILTERS, type SearchFilter } from '../../search/contract';
import { rankByName, tidyExcerpt } from '../../search/rank';
import {
  emptyFilters,
  filterOptions,
  hasCriteria,
  keepKnownFilters,
  pagefindFilters,
  parseSearchParams,
  toSearchParams,
  type FilterSelection,
} from '../../url/search-state';
import {
  loadPagefind,
  type FilterCounts,
  type Pagefind,
  type PagefindResult,
  type PagefindResultData,
} from './pagefind-api';

interface Props {
  /** URL of the Pagefind bundle folder, ending in a slash. */
  bundleUrl: string;
  /** The site's base path, prefixed to result URLs. */
  baseUrl: string;
  /** Pagefind ranking options. */
  ranking: object;
  /** Words offered before a query and when nothing is found. */
  suggestions: { counties: string[]; mechanisms: string[] };
}

const PAGE_SIZE = 10;
const DEBOUNCE_MS = 150;

type Status = 'loading' | 'ready' | 'error';

interface Outcome {
  /** URL parameters the results are for (query and filters). */
  key: string;
  handles: PagefindResult[];
  shown: PagefindResultData[];
  counts: FilterCounts;
}

function names(data: PagefindResultData): string[] {
  return (data.meta.names ?? '').split(' ').filter(Boolean);
}

async function loadPage(handles: PagefindResult[], from: number, query: string) {
  const data = await Promise.all(handles.slice(from, from + PAGE_SIZE).map((r) => r.data()));
  return rankByName(data, query, (d) => ({ title: d.meta.title ?? '', names: names(d) }));
}

export default function SearchApp({ bundleUrl, baseUrl, ranking, suggestions }: Props) {
  const [status, setStatus] = useState<Status>('loading');
  const [query, setQuery] = useState('');
  const [filters, setFilters] = useState<FilterSelection>(emptyFilters);
  const [notices, setNotices] = useState<string[]>([]);
  const [allCounts, setAllCounts] = useState<FilterCounts>({});
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [busy, setBusy] = useState(false);
  const pagefind = useRef<Pagefind | null>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const listRef = useRef<HTMLOListElement>(null);
  const latest = useRef(0);
  const firstSearch = useRef(true);
  const inputId = useId();

  // Load the index once, then take the query and filters from the URL.
  useEffect(() => {
    const parsed = parseSearchParams(new URLSearchParams(window.location.search));
    // Keep what a reader typed before the island woke up, unless the URL asks for a query.
    setQuery(parsed.state.q || inputRef.current?.value || '');
    loadPagefind(bundleUrl, baseUrl, ranking)
      .then(async (loaded) => {
        pagefind.current = loaded;
        const counts = await loaded.filters();
        const known = keepKnownFilters(parsed.state, counts);
        setAllCounts(counts);
        setFilters(known.state.filters);
        setNotices([...parsed.notices, ...known.notices]);
        setStatus('ready');
      })
      .catch((error: unknown) => {
        console.error('search: the Pagefind bundle could not be loaded', error);
        setNotices(parsed.notices);
        setStatus('error');
      });
  }, [bundleUrl, baseUrl, ranking]);

  // Run the search whenever the query or filters change; keep the URL in step.
  useEffect(() => {
    if (status !== 'ready' || !pagefind.current) return;
    const state = { q: query, filters };
    const search = toSearchParams(state);
    const url = `${window.location.pathname}${search ? `?${search}` : ''}${window.location.hash}`;
    window.history.replaceState(window.history.state, '', url);
    const run = ++latest.current;
    // The query a page opens with runs at once; typing waits for a pause.
    const delay = firstSearch.current ? 0 : DEBOUNCE_MS;
    firstSearch.current = false;
    if (!hasCriteria(state)) {
      setOutcome(null);
      setBusy(false);
      return;
    }
    setBusy(true);
    const timer = window.setTimeout(async () => {
      const response = await pagefind.current!.search(query.trim() || null, {
        filters: pagefindFilters(filters),
      });
      if (!response || run !== latest.current) return;
      const shown = await loadPage(response.results, 0, query);
      if (run !== latest.current) return;
      setOutcome({ key: search, handles: response.results, shown, counts: response.filters });
      setBusy(false);
    }, delay);
    return () => window.clearTimeout(timer);
  }, [status, query, filters]);

  const showMore = useCallback(async () => {
    if (!outcome) return;
    const next = await loadPage(outcome.handles, outcome.shown.length, query);
    setOutcome((current) =>
      current && current.key === outcome.key
        ? { ...current, shown: [...current.shown, ...next] }
        : current,
    );
    window.requestAnimationFrame(() => {
      listRef.current
        ?.querySelectorAll<HTMLAnchorElement>('a[data-result]')
        [outcome.shown.length]?.focus();
    });
  }, [outcome, query]);

  const toggle = (name: SearchFilter, value: string) =>
    setFilters((current) => ({
      ...current,
      [name]: current[name].includes(value)
        ? current[name].filter((v) => v !== value)
        : [...current[name], value],
    }));

  const pickSuggestion = (word: string) => {
    setQuery(word);
    inputRef.current?.focus();
  };

  const onInputKey = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown') {
      const first = listRef.current?.querySelector<HTMLAnchorElement>('a[data-result]');
      if (first) {
        event.preventDefault();
        first.focus();
      }
    } else if (event.key === 'Escape' && query) {
      event.preventDefault();
      setQuery('');
    }
  };

  const onListKey = (event: KeyboardEvent<HTMLOListElement>) => {
    const links = [
      ...(listRef.current?.querySelectorAll<HTMLAnchorElement>('a[data-result]') ?? []),
    ];
    const at = links.indexOf(document.activeElement as HTMLAnchorElement);
    if (at < 0) return;
    let next: number | undefined;
    if (event.key === 'ArrowDown') next = Math.min(at + 1, links.length - 1);
    else if (event.key === 'ArrowUp') next = at - 1;
    else if (event.key === 'Home') next = 0;
    else if (event.key === 'End') next = links.length - 1;
    else if (event.key === 'Escape') next = -1;
    if (next === undefined) return;
    event.preventDefault();
    if (next < 0) inputRef.current?.focus();
    else links[next]?.focus();
  };

  const selectedCount = SEARCH_FILTERS.reduce((n, name) => n + filters[name].length, 0);
  const counts = outcome?.counts ?? allCounts;
  const total = outcome?.handles.length ?? 0;

  const clearFilters = selectedCount > 0 && (
    <button type="button" className="button secondary" onClick={() => setFilters(emptyFilters())}>
      {t('search.clearFilters')}
    </button>
  );

  const suggestionList = (
    <div className="search-suggestions">
      <p>{t('search.tryTerms')}</p>
      {(
        [
          ['search.suggest.counties', suggestions.counties],
          ['search.suggest.mechanisms', suggestions.mechanisms],
        ] as const
      ).map(([label, words]) => (
        <div key={label} className="suggestion-group">
          <h3>{t(label)}</h3>
          <ul>
            {words.map((word) => (
              <li key={word}>
                <button type="button" className="tag" onClick={() => pickSuggestion(word)}>
                  {word}
                </button>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </div>
  );

  return (
    <div className="search-app" data-status={status}>
      <form
        className="search-form"
        role="search"
        aria-label={t('search.title')}
        method="get"
        onSubmit={(event) => {
          event.preventDefault();
          listRef.current?.querySelector<HTMLAnchorElement>('a[data-result]')?.focus();
        }}
      >
        <label htmlFor={inputId}>{t('search.label')}</label>
        <div className="search-row">
          <input
            ref={inputRef}
            id={inputId}
            name="q"
            type="search"
            value={query}
            autoComplete="off"
            placeholder={t('search.placeholder')}
            aria-describedby={`${inputId}-keys`}
            onChange={(event) => setQuery(event.target.value)}
            onKeyDown={onInputKey}
          />
          <button type="submit">{t('search.submit')}</button>
        </div>
        <p id={`${inputId}-keys`} className="search-keys">
          {t('search.keys')}
        </p>
      </form>

      {notices.map((notice) => (
        <p key={notice} className="notice" role="status">
          {notice}
        </p>
      ))}

      {status === 'loading' && (
        <p className="search-status" role="status">
          {t('search.loading')}
        </p>
      )}
      {status === 'error' && (
        <p className="notice search-error" role="alert">
          {t('search.loadError')}
        </p>
      )}

      {status === 'ready' && (
        <div className="search-layout">
          <aside className="search-filters" aria-label={t('search.filters')}>
            {total > 0 || !outcome ? <h2>{t('search.filters')}</h2> : null}
            {SEARCH_FILTERS.map((name) => {
              const options = filterOptions(counts[name], filters[name]).filter(
                (o) => o.count > 0 || o.selected,
              );
              if (!options.length) return null;
              const body = (
                <ul>
                  {options.map((option) => (
                    <li key={option.value}>
                      <label>
                        <input
                          type="checkbox"
                          checked={option.selected}
                          onChange={() => toggle(name, option.value)}
                        />
                        {t('search.filter.count', { value: option.value, count: option.count })}
                      </label>
                    </li>
                  ))}
                </ul>
              );
              return name === 'mechanism' ? (
                <details key={name} open={filters[name].length > 0}>
                  <summary>
                    {t('search.filter.mechanism')}
                    {filters[name].length > 0 && ` · ${filters[name].length}`}
                  </summary>
                  {body}
                </details>
              ) : (
                <fieldset key={name}>
                  <legend>{t(`search.filter.${name}`)}</legend>
                  {body}
                </fieldset>
              );
            })}
            {clearFilters}
          </aside>

          <section
            className="search-results"
            aria-labelledby={`${inputId}-results`}
            aria-busy={busy}
            data-results-for={busy ? undefined : (outcome?.key ?? '')}
          >
            <h2 id={`${inputId}-results`} className="visually-hidden">
              {t('search.results')}
            </h2>
            <p className="search-status" role="status" aria-live="polite">
              {busy
                ? t('search.searching')
                : outcome
                  ? t(selectedCount ? 'search.countFiltered' : 'search.count', { count: total })
                  : ''}
            </p>
            {!outcome && !busy && suggestionList}
            {outcome && total === 0 && !busy && (
              <div className="search-empty">
                <p>
                  {query.trim() ? t('search.none', { q: query.trim() }) : t('search.noneFiltered')}
                </p>
                {clearFilters}
                {suggestionList}
              </div>
            )}
            {outcome && total > 0 && (
              <ol ref={listRef} className="result-list" onKeyDown={onListKey}>
                {outcome.shown.map((data) => (
                  <ResultItem key={data.url} data={data} />
                ))}
              </ol>
            )}
            {outcome && outcome.shown.length < total && (
              <button type="button" className="button secondary" onClick={showMore}>
                {t('search.more')}
              </button>
            )}
          </section>
        </div>
      )}
    </div>
  );
}

function ResultItem({ data }: { data: PagefindResultData }) {
  const type = data.meta.type ?? '';
  const kind = (Object.keys(RESULT_TYPES) as Array<keyof typeof RESULT_TYPES>).find(
    (k) => RESULT_TYPES[k] === type,
  );
  // The model name is in a case's title; the county's full name and province are not.
  const details = [data.meta.county, data.meta.province, data.meta.category].filter(Boolean);
  const sections = data.sub_results
    .filter((sub) => sub.url.includes('#') && sub.url !== data.url)
    .slice(0, 2);
  return (
    <li className={`result result-${kind ?? 'other'}`}>
      <a data-result href={data.url} className="result-link">
        <span className="result-type">{type}</span>
        <span className="result-title">{data.meta.title}</span>
      </a>
      {details.length > 0 && <p className="result-meta">{details.join(' · ')}</p>}
      <p
        className="result-excerpt"
        dangerouslySetInnerHTML={{ __html: tidyExcerpt(data.excerpt) }}
      />
      {sections.length > 0 && (
        <p className="result-sections">
          {t('search.section')}
          {sections.map((sub) => (
            <a key={sub.url} href={sub.url}>
              {sub.title}
            </a>
          ))}
        </p>
      )}
    </li>
  );
}

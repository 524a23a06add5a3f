/**
 * Picks the cases to compare: a search-as-you-type combobox (ARIA 1.2 pattern, listbox popup)
 * whose options toggle a case in or out, and the picked cases as removable chips in column
 * order. The index of every case is fetched the first time the reader focuses the box, and the
 * list shows at most MAX_OPTIONS matches, so neither the page nor the list grows with the casebook.
 * Keyboard: ↓/↑ move, Home/End jump, Enter toggles, Esc closes.
 */
import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { t } from '../../i18n/ui';
import { CASE_COLOURS } from './colours';
import { loadIndex, type IndexEntry } from './data';
import './CasePicker.css';

/** Most options the list renders at once; typing narrows the rest. */
export const MAX_OPTIONS = 50;

/** A picked case as its chip shows it. */
export interface PickedCase {
  id: string;
  shortName: string;
  model: string;
}

interface Props {
  dataBase: string;
  selected: PickedCase[];
  max: number;
  onChange: (ids: string[]) => void;
}

/** Whether a case matches what the reader typed: names, province, model, id. */
function matches(c: IndexEntry, q: string): boolean {
  if (!q) return true;
  return [c.county, c.shortName, c.province, c.model, c.id].some((field) =>
    field.toLowerCase().includes(q),
  );
}

export default function CasePicker({ dataBase, selected, max, onChange }: Props) {
  const uid = useId();
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const [announcement, setAnnouncement] = useState('');
  const [index, setIndex] = useState<IndexEntry[] | null>(null);
  const [indexFailed, setIndexFailed] = useState(false);
  const [wanted, setWanted] = useState(false);
  const input = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (!wanted || index) return;
    let live = true;
    loadIndex(dataBase)
      .then((rows) => live && setIndex(rows))
      .catch(() => live && setIndexFailed(true));
    return () => {
      live = false;
    };
  }, [wanted, index, dataBase]);

  const matching = useMemo(() => {
    const q = query.trim().toLowerCase();
    return (index ?? []).filter((c) => matches(c, q));
  }, [index, query]);
  const options = matching.slice(0, MAX_OPTIONS);
  const selectedIds = selected.map((c) => c.id);
  const full = selected.length >= max;
  const activeCase = open ? options[Math.min(active, options.length - 1)] : undefined;
  const optionId = (id: string) => `${uid}-opt-${id}`;
  const listId = `${uid}-list`;
  const names = new Map<string, string>([
    ...(index ?? []).map((c) => [c.id, c.shortName] as const),
    ...selected.map((c) => [c.id, c.shortName] as const),
  ]);

  function toggle(id: string) {
    const name = names.get(id);
    if (!name) return;
    const c = { shortName: name };
    if (selectedIds.includes(id)) {
      const next = selectedIds.filter((s) => s !== id);
      onChange(next);
      setAnnouncement(t('compare.picker.removed', { name: c.shortName, n: next.length }));
    } else if (!full) {
      const next = [...selectedIds, id];
      onChange(next);
      setAnnouncement(t('compare.picker.added', { name: c.shortName, n: next.length }));
    } else {
      setAnnouncement(t('compare.picker.full', { max }));
    }
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    const last = Math.max(0, options.length - 1);
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault();
        if (!open) {
          setOpen(true);
          setActive(0);
        } else setActive((i) => Math.min(last, i + 1));
        break;
      case 'ArrowUp':
        event.preventDefault();
        if (!open) {
          setOpen(true);
          setActive(last);
        } else setActive((i) => Math.max(0, i - 1));
        break;
      case 'Home':
        if (open) {
          event.preventDefault();
          setActive(0);
        }
        break;
      case 'End':
        if (open) {
          event.preventDefault();
          setActive(last);
        }
        break;
      case 'Enter':
        if (open && activeCase) {
          event.preventDefault();
          toggle(activeCase.id);
        }
        break;
      case 'Escape':
        if (open) {
          event.preventDefault();
          setOpen(false);
        } else if (query) {
          setQuery('');
        }
        break;
    }
  }

  return (
    <div className="cmp-picker no-print">
      <label className="cmp-picker-label" htmlFor={`${uid}-input`}>
        {t('compare.picker.label', { min: 2, max })}
      </label>
      {selected.length > 0 && (
        <ul className="cmp-chips" aria-label={t('compare.picker.selected')}>
          {selected.map((c, i) => {
            const id = c.id;
            return (
              <li key={id}>
                <span className={`cmp-swatch cmp-c${i % CASE_COLOURS.length}`} aria-hidden />
                <span>
                  {c.shortName} <span className="cmp-chip-model">{c.model}</span>
                </span>
                <button
                  type="button"
                  className="cmp-chip-remove"
                  aria-label={t('compare.picker.remove', { name: c.shortName })}
                  onClick={() => {
                    toggle(id);
                    input.current?.focus();
                  }}
                >
                  ×
                </button>
              </li>
            );
          })}
        </ul>
      )}
      <div className="cmp-combo">
        <input
          ref={input}
          id={`${uid}-input`}
          type="text"
          role="combobox"
          aria-expanded={open}
          aria-controls={listId}
          aria-autocomplete="list"
          aria-activedescendant={activeCase ? optionId(activeCase.id) : undefined}
          aria-describedby={`${uid}-help`}
          autoComplete="off"
          placeholder={t('compare.picker.placeholder')}
          value={query}
          onChange={(event) => {
            setQuery(event.target.value);
            setOpen(true);
            setActive(0);
          }}
          onFocus={() => setWanted(true)}
          onClick={() => setOpen(true)}
          onKeyDown={onKeyDown}
          onBlur={() => setOpen(false)}
        />
        <button
          type="button"
          className="cmp-combo-toggle"
          tabIndex={-1}
          aria-label={t('compare.picker.showAll')}
          aria-controls={listId}
          aria-expanded={open}
          onMouseDown={(event) => event.preventDefault()}
          onClick={() => {
            setOpen((o) => !o);
            input.current?.focus();
          }}
        >
          ▾
        </button>
        <div className="cmp-popup" hidden={!open}>
          <ul
            id={listId}
            role="listbox"
            aria-label={t('compare.picker.options')}
            aria-multiselectable="true"
            className="cmp-listbox"
          >
            {options.map((c) => {
              const isSelected = selectedIds.includes(c.id);
              return (
                <li
                  key={c.id}
                  id={optionId(c.id)}
                  role="option"
                  aria-selected={isSelected}
                  aria-disabled={full && !isSelected ? true : undefined}
                  className={c === activeCase ? 'is-active' : undefined}
                  // Keep focus in the input so the list stays open and the keyboard keeps working.
                  onMouseDown={(event) => event.preventDefault()}
                  onClick={() => toggle(c.id)}
                  onMouseMove={() => setActive(options.indexOf(c))}
                >
                  <span className="cmp-check" aria-hidden>
                    {isSelected ? '✓' : ''}
                  </span>
                  <span>
                    <strong>{c.shortName}</strong>
                    {c.shortName !== c.county && (
                      <span className="cmp-option-meta">{c.county}</span>
                    )}
                    <span className="cmp-option-meta">
                      {c.province} · {c.model}
                    </span>
                  </span>
                </li>
              );
            })}
          </ul>
          {(!index || options.length === 0 || matching.length > options.length) && (
            <p className="cmp-nomatch" role="status">
              {indexFailed
                ? t('compare.picker.indexFailed')
                : !index
                  ? t('compare.picker.loading')
                  : options.length === 0
                    ? t('compare.picker.noMatch', { query })
                    : t('compare.picker.more', { shown: options.length, total: matching.length })}
            </p>
          )}
        </div>
      </div>
      <p id={`${uid}-help`} className="cmp-help">
        {t('compare.picker.help')}
      </p>
      {selected.length === 1 && <p className="cmp-prompt">{t('compare.picker.needMore')}</p>}
      {full && <p className="cmp-help">{t('compare.picker.full', { max })}</p>}
      <p className="visually-hidden" aria-live="polite">
        {announcement}
      </p>
    </div>
  );
}

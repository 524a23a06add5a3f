/**
 * Picks the cases to compare: a filterable combobox (ARIA 1.2 pattern, listbox popup) whose
 * options toggle a case in or out, and the picked cases as removable chips in column order.
 * Keyboard: ↓/↑ move, Home/End jump, Enter toggles, Esc closes.
 */
import { useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { CompareCase } from '../../domain/comparability';
import { t } from '../../i18n/ui';
import { caseColour } from './colours';

interface Props {
  cases: CompareCase[];
  selected: string[];
  max: number;
  onChange: (ids: string[]) => void;
}

/** Whether a case matches what the reader typed: names, place, model, id. */
function matches(c: CompareCase, query: string): boolean {
  const q = query.trim().toLowerCase();
  if (!q) return true;
  return [c.county, c.shortName, c.province, c.prefecture, c.region, c.model.name, c.id].some(
    (field) => field.toLowerCase().includes(q),
  );
}

export default function CasePicker({ cases, selected, max, onChange }: Props) {
  const uid = useId();
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const [announcement, setAnnouncement] = useState('');
  const input = useRef<HTMLInputElement>(null);

  const options = useMemo(() => cases.filter((c) => matches(c, query)), [cases, query]);
  const full = selected.length >= max;
  const activeCase = open ? options[Math.min(active, options.length - 1)] : undefined;
  const optionId = (id: string) => `${uid}-opt-${id}`;
  const listId = `${uid}-list`;
  const byId = new Map(cases.map((c) => [c.id, c]));

  function toggle(id: string) {
    const c = byId.get(id);
    if (!c) return;
    if (selected.includes(id)) {
      const next = selected.filter((s) => s !== id);
      onChange(next);
      setAnnouncement(t('compare.picker.removed', { name: c.shortName, n: next.length }));
    } else if (!full) {
      const next = [...selected, id];
      onChange(next);
      setAnnouncement(t('compare.picker.added', { name: c.shortName, n: next.length }));
    } else {
      setAnnouncement(t('compare.picker.full', { max }));
    }
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    const last = options.length - 1;
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
          {selected.map((id, i) => {
            const c = byId.get(id);
            if (!c) return null;
            return (
              <li key={id}>
                <span className="cmp-swatch" style={{ background: caseColour(i) }} aria-hidden />
                <span>
                  {c.shortName} <span className="cmp-chip-model">{c.model.name}</span>
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
        <ul
          id={listId}
          role="listbox"
          aria-label={t('compare.picker.options')}
          aria-multiselectable="true"
          className="cmp-listbox"
          hidden={!open}
        >
          {options.map((c) => {
            const isSelected = selected.includes(c.id);
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
                  <span className="cmp-option-meta">
                    {c.province} · {c.model.name}
                  </span>
                </span>
              </li>
            );
          })}
        </ul>
        {open && options.length === 0 && (
          <p className="cmp-nomatch">{t('compare.picker.noMatch', { query })}</p>
        )}
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

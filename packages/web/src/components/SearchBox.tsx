import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { getJson } from '../api.ts';

type Suggestion = { id: string; name: string; organizationName: string };

/**
 * The search text with suggestions while typing, as the WAI-ARIA 1.2 combobox pattern (list
 * autocomplete): arrow keys move through the suggestions, Enter opens the one chosen or else
 * searches, Escape closes the list, the list is no Tab stop, and it never stays open over the
 * results: it closes on Enter, on Escape and when the field loses focus, and suggestions that
 * arrive after that wait for the next key typed.
 */
export function SearchBox({
  value,
  onChange,
}: {
  value: string;
  onChange: (value: string) => void;
}) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const id = useId();
  const [suggestions, setSuggestions] = useState<Suggestion[]>([]);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const typed = useRef(false);
  // Suggestions that arrive after the user moved on must not cover the rest of the form.
  const focused = useRef(false);

  useEffect(() => {
    if (!typed.current || value.trim().length < 2) {
      setSuggestions([]);
      setOpen(false);
      return;
    }
    const controller = new AbortController();
    const timer = window.setTimeout(() => {
      getJson<{ suggestions: Suggestion[] }>(
        `/api/v1/suggest?q=${encodeURIComponent(value.slice(0, 100))}`,
        controller.signal,
      ).then(
        (result) => {
          setSuggestions(result.ok ? result.value.suggestions : []);
          // Only while the user is still typing in the field: not after Enter, Escape or Tab.
          setOpen(
            focused.current && typed.current && result.ok && result.value.suggestions.length > 0,
          );
          setActive(-1);
        },
        () => undefined,
      );
    }, 150);
    return () => {
      window.clearTimeout(timer);
      controller.abort();
    };
  }, [value]);

  const listId = `${id}-list`;
  const expanded = open && suggestions.length > 0;
  return (
    <div className="combobox">
      <label htmlFor={`${id}-input`}>{t('search.query')}</label>
      <p id={`${id}-hint`} className="hint">
        {t('search.queryHint')}
      </p>
      <input
        id={`${id}-input`}
        type="search"
        name="q"
        role="combobox"
        autoComplete="off"
        maxLength={200}
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-describedby={`${id}-hint`}
        aria-activedescendant={expanded && active >= 0 ? `${id}-option-${active}` : undefined}
        value={value}
        onChange={(event) => {
          typed.current = true;
          onChange(event.target.value);
        }}
        onFocus={() => {
          focused.current = true;
        }}
        onBlur={() => {
          focused.current = false;
          window.setTimeout(() => {
            setOpen(false);
          }, 150);
        }}
        onKeyDown={(event) => {
          if (event.key === 'ArrowDown' && suggestions.length > 0) {
            event.preventDefault();
            setOpen(true);
            setActive((a) => (a + 1) % suggestions.length);
          } else if (event.key === 'ArrowUp' && suggestions.length > 0) {
            event.preventDefault();
            setActive((a) => (a <= 0 ? suggestions.length - 1 : a - 1));
          } else if (event.key === 'Escape') {
            typed.current = false;
            setOpen(false);
            setActive(-1);
          } else if (event.key === 'Enter') {
            // The search is submitted by the form; the list closes and stays closed until typing.
            typed.current = false;
            setOpen(false);
            const chosen = expanded && active >= 0 ? suggestions[active] : undefined;
            setActive(-1);
            if (chosen !== undefined) {
              event.preventDefault();
              void navigate(`/diensten/${chosen.id}`);
            }
          }
        }}
      />
      <div
        id={listId}
        role="listbox"
        aria-label={t('search.suggestions')}
        // A scrolling box is a Tab stop of its own in Chromium; the options are reached by arrows.
        tabIndex={-1}
        className="suggestions"
        hidden={!expanded}
      >
        {suggestions.map((s, i) => (
          <div
            key={s.id}
            id={`${id}-option-${i}`}
            role="option"
            tabIndex={-1}
            aria-selected={i === active}
            onMouseDown={(event) => {
              event.preventDefault();
              void navigate(`/diensten/${s.id}`);
            }}
          >
            <span className="suggestion-name">{s.name}</span>{' '}
            <span className="suggestion-org">{s.organizationName}</span>
          </div>
        ))}
      </div>
    </div>
  );
}

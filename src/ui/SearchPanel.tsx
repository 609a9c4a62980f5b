// The Search combobox: fuzzy results with their kind; ↑/↓ to move, Enter to select, Escape to clear, "/" to focus.
import { useEffect, useId, useRef, useState } from 'react';
import { useI18n } from './i18n/I18nContext';
import { KindBadge } from './KindBadge';

export interface SearchOption {
  key: string;
  label: string;
  labelZh?: string | undefined;
  kind: string;
}

export interface SearchPanelProps {
  search(query: string): SearchOption[];
  onSelect(key: string): void;
  /** Accessible name of the combobox. */
  label?: string;
  /** Focus this box when "/" is pressed outside a text field. */
  slashToFocus?: boolean;
  placeholder?: string;
  /** Text the box starts with (remount with a new `key` to change it), e.g. the label of a chosen entity. */
  initialQuery?: string;
  /** Keep the chosen result's label in the box after a choice. */
  showChoice?: boolean;
}

const NON_TEXT_INPUTS = new Set([
  'checkbox',
  'radio',
  'button',
  'submit',
  'reset',
  'range',
  'color',
  'file',
  'image',
]);

/** True when keys typed now go into a text field (so single-key shortcuts must not fire). */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target.tagName === 'TEXTAREA' || target.tagName === 'SELECT') return true;
  return target instanceof HTMLInputElement && !NON_TEXT_INPUTS.has(target.type);
}

export function SearchPanel({
  search,
  onSelect,
  label = 'Search',
  slashToFocus = false,
  placeholder,
  initialQuery = '',
  showChoice = false,
}: SearchPanelProps) {
  const { t, name } = useI18n();
  const id = useId();
  const listId = `${id}-list`;
  const input = useRef<HTMLInputElement>(null);
  const [query, setQuery] = useState(initialQuery);
  const [active, setActive] = useState(0);
  const [open, setOpen] = useState(false);
  const results = query.trim() ? search(query) : [];
  const expanded = open && results.length > 0;

  useEffect(() => {
    if (!slashToFocus) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key === '/' && !isTypingTarget(event.target) && !event.ctrlKey && !event.metaKey) {
        event.preventDefault();
        input.current?.focus();
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [slashToFocus]);

  const choose = (option: SearchOption | undefined) => {
    if (!option) return;
    onSelect(option.key);
    if (showChoice) setQuery(name(option));
    setOpen(false);
  };

  const onKeyDown = (event: React.KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      setOpen(true);
      setActive((i) => (results.length ? (i + 1) % results.length : 0));
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      setOpen(true);
      setActive((i) => (results.length ? (i - 1 + results.length) % results.length : 0));
    } else if (event.key === 'Enter') {
      event.preventDefault();
      choose(results[active] ?? results[0]);
    } else if (event.key === 'Escape' && (query || expanded)) {
      // Consumed here; an Escape in an empty box is left to clear the selection.
      event.preventDefault();
      setQuery('');
      setOpen(false);
      setActive(0);
    }
  };

  return (
    <div className="search-panel">
      <input
        ref={input}
        id={id}
        type="search"
        role="combobox"
        aria-label={label}
        aria-expanded={expanded}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={expanded && results[active] ? `${id}-opt-${active}` : undefined}
        autoComplete="off"
        spellCheck={false}
        placeholder={placeholder ?? (slashToFocus ? t.pressSlash(label) : label)}
        value={query}
        onChange={(event) => {
          setQuery(event.target.value);
          setActive(0);
          setOpen(true);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
        onKeyDown={onKeyDown}
      />
      <ul
        id={listId}
        role="listbox"
        aria-label={t.searchResults(label)}
        className="search-results"
        hidden={!expanded}
      >
        {results.map((result, index) => (
          <li
            key={result.key}
            id={`${id}-opt-${index}`}
            role="option"
            aria-selected={index === active}
            className={index === active ? 'active' : undefined}
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => choose(result)}
            onMouseEnter={() => setActive(index)}
          >
            <span className="search-result-label">{name(result)}</span> <KindBadge kind={result.kind} />
          </li>
        ))}
      </ul>
    </div>
  );
}

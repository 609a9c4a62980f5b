// The Search combobox: fuzzy results with their kind; ↑/↓ to move, Enter to select, Escape to clear, "/" to focus.
import { useId, useState, type Ref } from 'react';
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
  /** Accessible name of the combobox (default: "Search" in the interface language). */
  label?: string;
  /** The box, for the "/" shortcut that focuses it (see ui/keyboard/shortcuts.ts). */
  inputRef?: Ref<HTMLInputElement>;
  /** Say in the placeholder that "/" focuses the box. */
  slashHint?: boolean;
  placeholder?: string;
  /** Text the box starts with (remount with a new `key` to change it), e.g. the label of a chosen entity. */
  initialQuery?: string;
  /** Keep the chosen result's label in the box after a choice. */
  showChoice?: boolean;
}

export function SearchPanel({
  search,
  onSelect,
  label: givenLabel,
  inputRef,
  slashHint = false,
  placeholder,
  initialQuery = '',
  showChoice = false,
}: SearchPanelProps) {
  const { t, name } = useI18n();
  const label = givenLabel ?? t.search;
  const id = useId();
  const listId = `${id}-list`;
  const [query, setQuery] = useState(initialQuery);
  const [active, setActive] = useState(0);
  const [open, setOpen] = useState(false);
  const results = query.trim() ? search(query) : [];
  const expanded = open && results.length > 0;

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
        ref={inputRef}
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
        placeholder={placeholder ?? (slashHint ? t.pressSlash(label) : label)}
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

// The Search combobox: fuzzy entity results with their kind and, optionally, sentences of the report (grouped);
// ↑/↓ to move across both groups, Enter to select, Escape to clear, "/" to focus.
import { useId, useMemo, useState, type Ref } from 'react';
import { useI18n } from './i18n/I18nContext';
import { KindBadge } from './KindBadge';
import { TextResult, type TextOption } from './trust/TextResult';

export type { TextOption } from './trust/TextResult';

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
  /** Also search the report's sentences: results are then grouped as "Entities" and "In the report". */
  searchText?: (query: string) => TextOption[];
  onSelectText?: (option: TextOption) => void;
}

type Entry = { type: 'entity'; option: SearchOption } | { type: 'text'; option: TextOption };

export function SearchPanel({
  search,
  onSelect,
  label: givenLabel,
  inputRef,
  slashHint = false,
  placeholder,
  initialQuery = '',
  showChoice = false,
  searchText,
  onSelectText,
}: SearchPanelProps) {
  const { t, name } = useI18n();
  const label = givenLabel ?? t.search;
  const id = useId();
  const listId = `${id}-list`;
  const [query, setQuery] = useState(initialQuery);
  const [active, setActive] = useState(0);
  const [open, setOpen] = useState(false);
  // Searched again only when the query changes (not on every render of the page around it).
  const entities = useMemo(() => (query.trim() ? search(query) : []), [search, query]);
  const texts = useMemo(() => (query.trim() && searchText ? searchText(query) : []), [searchText, query]);
  const results: Entry[] = [
    ...entities.map((option) => ({ type: 'entity' as const, option })),
    ...texts.map((option) => ({ type: 'text' as const, option })),
  ];
  const expanded = open && results.length > 0;

  const choose = (entry: Entry | undefined) => {
    if (!entry) return;
    if (entry.type === 'text') {
      onSelectText?.(entry.option);
      setOpen(false);
      return;
    }
    onSelect(entry.option.key);
    if (showChoice) setQuery(name(entry.option));
    setOpen(false);
  };

  const renderEntry = (entry: Entry, index: number) => (
    <li
      key={entry.type === 'entity' ? entry.option.key : `text:${entry.option.id}`}
      id={`${id}-opt-${index}`}
      role="option"
      aria-selected={index === active}
      className={
        [index === active ? 'active' : '', entry.type === 'text' ? 'text-result' : '']
          .filter(Boolean)
          .join(' ') || undefined
      }
      onMouseDown={(event) => event.preventDefault()}
      onClick={() => choose(entry)}
      onMouseEnter={() => setActive(index)}
    >
      {entry.type === 'entity' ? (
        <>
          <span className="search-result-label">{name(entry.option)}</span>{' '}
          <KindBadge kind={entry.option.kind} />
        </>
      ) : (
        <TextResult option={entry.option} />
      )}
    </li>
  );

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
        {searchText ? (
          <>
            {entities.length > 0 && (
              <li role="group" aria-labelledby={`${id}-entities`} className="search-group">
                <span id={`${id}-entities`} className="search-group-heading" role="presentation">
                  {t.trust.entitiesGroup}
                </span>
                <ul role="presentation">{results.slice(0, entities.length).map(renderEntry)}</ul>
              </li>
            )}
            {texts.length > 0 && (
              <li role="group" aria-labelledby={`${id}-report`} className="search-group">
                <span id={`${id}-report`} className="search-group-heading" role="presentation">
                  {t.trust.reportGroup}
                </span>
                <ul role="presentation">
                  {results.slice(entities.length).map((entry, i) => renderEntry(entry, entities.length + i))}
                </ul>
              </li>
            )}
          </>
        ) : (
          results.map(renderEntry)
        )}
      </ul>
    </div>
  );
}

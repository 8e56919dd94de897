// A search box with suggestions (name, kind and id), as an ARIA combobox: arrows move, Enter
// picks, Escape closes. Queries are debounced so typing does not send a request per key.
import { useEffect, useId, useState, type Ref } from 'react';
import { useQuery } from 'urql';
import { SearchQuery } from '../api/graph-queries.js';
import { describeError } from '../api/errors.js';
import type { NodeKind } from '../generated/graphql.js';
import { useAsAt } from '../url/as-at.js';
import { KindBadge } from './KindGlyph.js';

export interface Picked {
  readonly id: string;
  readonly kind: NodeKind;
  readonly name: string;
}

interface SearchBoxProps {
  readonly label: string;
  readonly placeholder: string;
  readonly onPick: (node: Picked) => void;
  readonly kinds?: readonly NodeKind[];
  readonly inputRef?: Ref<HTMLInputElement>;
  readonly hint?: string;
  readonly testId?: string;
  /** Search every date rather than what is live on the page's as-at date. */
  readonly everyDate?: boolean;
}

const DEBOUNCE_MS = 150;

export function SearchBox({
  label,
  placeholder,
  onPick,
  kinds,
  inputRef,
  hint,
  testId,
  everyDate,
}: SearchBoxProps) {
  const listId = useId();
  const [text, setText] = useState('');
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);

  useEffect(() => {
    const timer = setTimeout(() => setQuery(text.trim()), DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [text]);

  const asAt = useAsAt();
  const [{ data, error, fetching }] = useQuery({
    query: SearchQuery,
    variables: {
      text: query,
      kinds: kinds ? [...kinds] : null,
      first: 8,
      asAt,
      everyDate: everyDate ?? false,
    },
    pause: query.length === 0,
  });
  const options = query.length > 0 ? (data?.search.edges.map((e) => e.node) ?? []) : [];
  const total = data?.search.totalCount ?? 0;
  const showList = open && query.length > 0;

  const pick = (node: Picked) => {
    onPick({ id: node.id, kind: node.kind, name: node.name });
    setText('');
    setQuery('');
    setOpen(false);
  };

  return (
    <div className="search" data-testid={testId}>
      <label className="visually-hidden" htmlFor={`${listId}-input`}>
        {label}
      </label>
      <input
        id={`${listId}-input`}
        ref={inputRef}
        type="search"
        role="combobox"
        autoComplete="off"
        spellCheck={false}
        aria-expanded={showList}
        aria-controls={`${listId}-list`}
        aria-activedescendant={showList && options[active] ? `${listId}-${active}` : undefined}
        placeholder={placeholder}
        value={text}
        onChange={(e) => {
          setText(e.target.value);
          setOpen(true);
          setActive(0);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown') {
            e.preventDefault();
            setActive((i) => Math.min(i + 1, options.length - 1));
          } else if (e.key === 'ArrowUp') {
            e.preventDefault();
            setActive((i) => Math.max(i - 1, 0));
          } else if (e.key === 'Enter' && options[active]) {
            e.preventDefault();
            pick(options[active]);
          } else if (e.key === 'Escape') {
            setOpen(false);
          }
        }}
      />
      {hint && <kbd className="search-hint">{hint}</kbd>}
      {showList && (
        <ul id={`${listId}-list`} role="listbox" className="suggestions" aria-label={`${label}: suggestions`}>
          {error && <li className="suggestion-note">Search failed: {describeError(error).message}</li>}
          {!error && options.length === 0 && !fetching && (
            <li className="suggestion-note">Nothing matches “{query}”. Try part of a name or an alias.</li>
          )}
          {options.map((node, i) => (
            <li
              key={node.id}
              id={`${listId}-${i}`}
              role="option"
              aria-selected={i === active}
              className={i === active ? 'suggestion active' : 'suggestion'}
              onMouseDown={(e) => e.preventDefault()}
              onMouseEnter={() => setActive(i)}
              onClick={() => pick(node)}
            >
              <span className="suggestion-name">{node.name}</span>
              <KindBadge kind={node.kind} />
              <span className="suggestion-id">{node.id}</span>
            </li>
          ))}
          {total > options.length && (
            <li className="suggestion-note">
              {total - options.length} more: type more of the name to narrow it down.
            </li>
          )}
        </ul>
      )}
    </div>
  );
}

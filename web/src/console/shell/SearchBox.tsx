/** The top bar's search: companies, projects and tasks; "/" or Ctrl+K focuses it; arrows + Enter pick. */
import { useDeferredValue, useEffect, useId, useRef, useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { Spinner } from '../../components/ui';
import { BuildingIcon, FolderIcon, SearchIcon, TasksIcon } from '../components/icons';
import { useSearch, type SearchResult } from './search';

const KIND_LABEL: Record<SearchResult['kind'], string> = { company: 'Companies', project: 'Projects', task: 'Tasks' };
const KIND_ICON = { company: <BuildingIcon />, project: <FolderIcon />, task: <TasksIcon /> };

export function SearchBox() {
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const input = useRef<HTMLInputElement>(null);
  const root = useRef<HTMLDivElement>(null);
  const navigate = useNavigate();
  const listId = useId();
  const search = useSearch(useDeferredValue(query));
  const results = search.results;

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const target = event.target as HTMLElement | null;
      const typing = target && (target.tagName === 'INPUT' || target.tagName === 'TEXTAREA' || target.tagName === 'SELECT' || target.isContentEditable);
      if ((event.key === 'k' && (event.metaKey || event.ctrlKey)) || (event.key === '/' && !typing)) {
        event.preventDefault();
        input.current?.focus();
      }
    };
    const onDown = (event: PointerEvent) => {
      if (!root.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('keydown', onKey);
    document.addEventListener('pointerdown', onDown);
    return () => {
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('pointerdown', onDown);
    };
  }, []);

  function go(result: SearchResult) {
    setOpen(false);
    setQuery('');
    input.current?.blur();
    navigate(result.to);
  }

  const showList = open && query.trim().length > 0;
  let lastKind: SearchResult['kind'] | null = null;

  return (
    <div className="row cx-search" ref={root}>
      <SearchIcon />
      <input
        ref={input}
        type="search"
        role="combobox"
        aria-expanded={showList}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-label="Search companies, projects and tasks"
        aria-activedescendant={showList && results[active] ? `${listId}-${active}` : undefined}
        placeholder="Search companies, projects, tasks…"
        value={query}
        onFocus={() => setOpen(true)}
        onChange={(e) => {
          setQuery(e.target.value);
          setActive(0);
          setOpen(true);
        }}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown') {
            e.preventDefault();
            setActive((i) => Math.min(i + 1, results.length - 1));
          } else if (e.key === 'ArrowUp') {
            e.preventDefault();
            setActive((i) => Math.max(i - 1, 0));
          } else if (e.key === 'Enter' && results[active]) {
            e.preventDefault();
            go(results[active]);
          } else if (e.key === 'Escape') {
            setOpen(false);
            input.current?.blur();
          }
        }}
      />
      <kbd className="cx-kbd" aria-hidden="true">/</kbd>
      {showList ? (
        <div className="cx-search-results" id={listId} role="listbox" aria-label="Search results">
          {search.error ? (
            <p className="cx-panel-empty">Search is unavailable right now.</p>
          ) : !search.ready && results.length === 0 ? (
            <p className="cx-panel-empty">
              <Spinner label="Loading…" />
            </p>
          ) : results.length === 0 ? (
            <p className="cx-panel-empty">No companies, projects or tasks match “{query.trim()}”.</p>
          ) : (
            results.map((result, i) => {
              const heading = result.kind !== lastKind ? KIND_LABEL[result.kind] : null;
              lastKind = result.kind;
              return (
                <div key={`${result.kind}-${result.id}`}>
                  {heading ? <div className="cx-search-group">{heading}</div> : null}
                  <div
                    id={`${listId}-${i}`}
                    role="option"
                    aria-selected={i === active}
                    className={`row gap-10 cx-search-result ${i === active ? 'is-active' : ''}`}
                    onPointerEnter={() => setActive(i)}
                    onClick={() => go(result)}
                  >
                    <span className="tile cx-search-icon">{KIND_ICON[result.kind]}</span>
                    <span className="cx-search-text">
                      <span className="truncate cx-search-title">{result.title}</span>
                      {result.detail ? <span className="hint">{result.detail}</span> : null}
                    </span>
                  </div>
                </div>
              );
            })
          )}
        </div>
      ) : null}
    </div>
  );
}

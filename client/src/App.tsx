// The page: a header with the four views, a search box (`/` focuses it), the as-at date every view
// reads the graph as at, and who the page acts as; and the view the URL names. Views receive the URL state and change it; nothing else holds what
// the page shows.
import { useEffect, useRef } from 'react';
import { ContractsView } from './contracts/ContractsView.js';
import { ExplorerView } from './explorer/ExplorerView.js';
import { StrategyView } from './strategy/StrategyView.js';
import { TRACE_KINDS } from './strategy/traceability.js';
import { AccessMenu } from './ui/AccessMenu.js';
import { AsAtControl } from './ui/AsAtControl.js';
import { SearchBox, type Picked } from './ui/SearchBox.js';
import { NotFound } from './ui/NotFound.js';
import { ViewBoundary } from './ui/ViewBoundary.js';
import { AsAtContext } from './url/as-at.js';
import { formatUrl, isPagePath, type View } from './url/url-state.js';
import { useUrlState } from './url/use-url-state.js';
import { WhatIfView } from './whatif/WhatIfView.js';
import { DataQualityView } from './quality/DataQualityView.js';
import { ImportView } from './exchange/ImportView.js';
import { MetamodelView } from './exchange/MetamodelView.js';

const TABS: { view: View; label: string }[] = [
  { view: 'explore', label: 'Explore' },
  { view: 'what-if', label: 'What-if' },
  { view: 'contracts', label: 'Contracts' },
  { view: 'strategy', label: 'Strategy map' },
  { view: 'quality', label: 'Data quality' },
  { view: 'import', label: 'Import' },
  { view: 'metamodel', label: 'Metamodel' },
];

const typing = (target: EventTarget | null) =>
  target instanceof HTMLElement &&
  (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));

export function App() {
  const [state, navigate] = useUrlState();
  const search = useRef<HTMLInputElement>(null);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === '/' && !typing(e.target) && !e.ctrlKey && !e.metaKey && !e.altKey) {
        e.preventDefault();
        search.current?.focus();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const path = window.location.pathname;
  const found = isPagePath(path);
  const tab = TABS.find((t) => t.view === state.view)!;
  const title = found ? tab.label : 'Not found';
  useEffect(() => {
    document.title = `${title} · Architecture explorer`;
  }, [title]);

  const pick = (node: Picked) => {
    if (state.view === 'strategy' && TRACE_KINDS.includes(node.kind))
      navigate({ node: node.id, selected: node.id });
    else navigate({ view: 'explore', node: node.id, selected: node.id, expanded: [] });
  };

  const href = formatUrl(state);
  const main = useRef<HTMLElement>(null);

  return (
    <AsAtContext.Provider value={state.asAt}>
      <div className="app">
        <a
          className="skip-link"
          href="#main"
          onClick={(e) => {
            e.preventDefault();
            main.current?.focus();
          }}
        >
          Skip to the view
        </a>
        <header className="app-header">
          <a
            className="brand"
            href="/explore"
            onClick={(e) => {
              e.preventDefault();
              navigate({ view: 'explore', node: null, selected: null, expanded: [] });
            }}
          >
            <svg width="22" height="22" viewBox="0 0 24 24" aria-hidden="true">
              <circle cx="5" cy="12" r="3" fill="#60a5fa" />
              <circle cx="19" cy="5" r="3" fill="#a78bfa" />
              <circle cx="19" cy="19" r="3" fill="#34d399" />
              <path d="M7.5 10.8 16.5 6.2M7.5 13.2l9 4.6" stroke="#cbd5e1" strokeWidth="1.6" />
            </svg>
            Architecture explorer
          </a>
          <nav className="tabs" aria-label="Views">
            {TABS.map((t) => (
              <a
                key={t.view}
                href={formatUrl({ ...state, view: t.view })}
                aria-current={found && state.view === t.view ? 'page' : undefined}
                onClick={(e) => {
                  e.preventDefault();
                  navigate({ view: t.view });
                }}
              >
                {t.label}
              </a>
            ))}
          </nav>
          <SearchBox
            label="Search the graph"
            placeholder={
              state.view === 'strategy'
                ? 'Find a strategy, theme, project or system'
                : 'Search by name, alias, description or kind'
            }
            hint="/"
            inputRef={search}
            onPick={pick}
            testId="global-search"
          />
          <AsAtControl value={state.asAt} onChange={(asAt) => navigate({ asAt }, { replace: true })} />
          <AccessMenu />
        </header>
        <main className="app-main" id="main" ref={main} tabIndex={-1} aria-label={title}>
          {!found ? (
            <NotFound path={path} onOpen={(view) => navigate({ view })} />
          ) : (
            <ViewBoundary view={tab.label} resetKey={href}>
              {state.view === 'explore' && <ExplorerView state={state} navigate={navigate} />}
              {state.view === 'what-if' && <WhatIfView state={state} navigate={navigate} />}
              {state.view === 'contracts' && <ContractsView state={state} navigate={navigate} />}
              {state.view === 'strategy' && <StrategyView state={state} navigate={navigate} />}
              {state.view === 'quality' && <DataQualityView state={state} navigate={navigate} />}
              {state.view === 'import' && <ImportView state={state} navigate={navigate} />}
              {state.view === 'metamodel' && <MetamodelView state={state} navigate={navigate} />}
            </ViewBoundary>
          )}
        </main>
      </div>
    </AsAtContext.Provider>
  );
}

// The strategy map: from a strategy down through its themes and projects to the systems they
// need, or from a system up to the strategies it serves, drawn top-down (hierarchical layout).
import type { Core } from 'cytoscape';
import { useCallback, useMemo, useRef } from 'react';
import { useQuery } from 'urql';
import { useAsAt } from '../url/as-at.js';
import { SearchQuery } from '../api/graph-queries.js';
import { useNeighbourhoods } from '../api/use-neighbourhoods.js';
import { DetailPanel } from '../explorer/DetailPanel.js';
import { GraphCanvas } from '../graph/GraphCanvas.js';
import { Legend } from '../graph/Legend.js';
import { NodeTable } from '../graph/NodeTable.js';
import { exportPng } from '../graph/export-png.js';
import { EMPTY_GRAPH, countByKind, type GraphNode } from '../graph/graph-data.js';
import { KIND_LOOK, kindOfId } from '../graph/kinds.js';
import { formatUrl } from '../url/url-state.js';
import { Busy } from '../ui/Busy.js';
import { ErrorNotice, Notice } from '../ui/Notice.js';
import { ViewSwitch } from '../ui/ViewSwitch.js';
import type { ViewProps } from '../ui/view-props.js';
import { TRACE_DEPTH, TRACE_KINDS, TRACE_TYPES, traceability } from './traceability.js';
import { StrategyPicker } from './StrategyPicker.js';

export function StrategyView({ state, navigate }: ViewProps) {
  const cy = useRef<Core | null>(null);
  const kind = state.node ? kindOfId(state.node) : null;
  const root = kind && TRACE_KINDS.includes(kind) ? state.node : null;
  const requests = useMemo(
    () =>
      root
        ? [
            {
              id: root,
              depth: TRACE_DEPTH,
              limit: 2000,
              kinds: TRACE_KINDS,
              types: TRACE_TYPES,
              direction: 'BOTH' as const,
            },
          ]
        : [],
    [root],
  );
  const found = useNeighbourhoods(requests);
  const trace = useMemo(
    () => (found.graph && root ? traceability(found.graph, root) : null),
    [found.graph, root],
  );
  const graph = trace ?? EMPTY_GRAPH;
  const nodeClasses = useCallback((n: GraphNode) => (n.id === root ? ['root'] : []), [root]);
  const asAt = useAsAt();
  const [strategies] = useQuery({
    query: SearchQuery,
    variables: { text: '', kinds: ['Strategy'], first: 100, asAt },
  });

  const open = (id: string) => navigate({ node: id, selected: id });
  if (!root) {
    return <StrategyPicker result={strategies} asked={state.node} onPick={open} />;
  }
  const rootName = found.graph?.nodes.find((n) => n.id === root)?.name ?? root;
  const selected = state.selected ?? root;

  return (
    <div className="view">
      <div className="toolbar" role="toolbar" aria-label="Strategy map">
        <h1 className="toolbar-title">
          Traceability of <strong>{rootName}</strong>
        </h1>
        <label className="field-inline">
          Strategy
          <select
            value={kind === 'Strategy' ? root : ''}
            onChange={(e) => e.target.value && open(e.target.value)}
            data-testid="strategy-select"
          >
            {kind !== 'Strategy' && <option value="">Choose a strategy…</option>}
            {strategies.data?.search.edges.map(({ node }) => (
              <option key={node.id} value={node.id}>
                {node.name}
              </option>
            ))}
          </select>
        </label>
        <span className="toolbar-spacer" />
        <ViewSwitch table={state.table} onChange={(table) => navigate({ table }, { replace: true })} />
        <button
          type="button"
          disabled={state.table}
          onClick={() => exportPng(cy.current, `strategy-map-${root.replace(':', '-')}`)}
        >
          Export PNG
        </button>
      </div>
      <div className="workspace">
        <section className="main-pane" aria-label="Strategy map">
          {state.table ? (
            <NodeTable
              graph={graph}
              caption={`Traceability of ${rootName}: ${graph.nodes.length} nodes`}
              selected={selected}
              onSelect={(id) => navigate({ selected: id }, { replace: true })}
            />
          ) : (
            <GraphCanvas
              graph={graph}
              layout="hierarchy"
              direction="LR"
              mode="kind"
              label={`Strategy map of ${rootName}`}
              nodeClasses={nodeClasses}
              selected={selected}
              layoutKey={root}
              onSelect={(id) => navigate({ selected: id }, { replace: true })}
              onExpand={open}
              onReady={(c) => (cy.current = c)}
            >
              <Legend mode="kind" counts={countByKind(graph.nodes)} />
              <Busy active={found.fetching} label="Tracing…" />
              {found.error && <ErrorNotice title={`Could not trace ${root}`} error={found.error} />}
              {trace && trace.nodes.length <= 1 && (
                <Notice tone="empty" title="Nothing traced">
                  {rootName} has no recorded links to{' '}
                  {kind === 'Strategy'
                    ? 'themes'
                    : kind === 'System'
                      ? 'projects or strategies'
                      : 'strategies or systems'}
                  . Pick another strategy above, or search for a system.
                </Notice>
              )}
              <div className="canvas-notes">
                {found.truncated && <p>The trace reached the 2,000-node limit and was cut short.</p>}
                <p className="hint">
                  Strategies on the left, then themes, projects and systems. Double-click a node to trace from
                  it.
                </p>
              </div>
            </GraphCanvas>
          )}
        </section>
        <aside className="side-pane" aria-label="Details">
          {trace && (
            <p className="trace-summary" data-testid="trace-summary">
              {TRACE_KINDS.map((k) => {
                const n = trace.levels.get(k) ?? 0;
                return `${n} ${(n === 1 ? k : KIND_LOOK[k].plural).toLowerCase()}`;
              }).join(' · ')}
            </p>
          )}
          <DetailPanel
            id={selected}
            hrefFor={(id) => formatUrl({ ...state, node: id, selected: id })}
            onOpen={(id) =>
              TRACE_KINDS.includes(kindOfId(id) ?? 'Site')
                ? open(id)
                : navigate({ view: 'explore', node: id, selected: id, expanded: [] })
            }
            actions={(n) => (
              <>
                {n.id !== root && (
                  <button type="button" onClick={() => open(n.id)}>
                    Trace from here
                  </button>
                )}
                <button
                  type="button"
                  onClick={() => navigate({ view: 'explore', node: n.id, selected: n.id, expanded: [] })}
                >
                  Explore around it
                </button>
              </>
            )}
          />
        </aside>
      </div>
    </div>
  );
}

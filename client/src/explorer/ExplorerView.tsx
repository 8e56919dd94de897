// The explorer: the chosen node's neighbourhood, grown by double-clicking (expand) and shrunk
// from the detail panel (collapse), filtered by kind and relationship type. Everything that
// shapes the picture is in the URL. People who may edit also create, edit, link, unlink and
// delete nodes here; the form takes the side pane's place while it is open.
import type { Core } from 'cytoscape';
import { useCallback, useMemo, useRef, useState } from 'react';
import type { NodeDetailQuery } from '../generated/graphql.js';
import { describeError } from '../api/errors.js';
import { useMe } from '../api/use-me.js';
import { useNeighbourhoods } from '../api/use-neighbourhoods.js';
import { EditActions } from '../editing/EditActions.js';
import { NodeForm, type NodeFormTarget } from '../editing/NodeForm.js';
import { UnlinkButton } from '../editing/UnlinkButton.js';
import { GraphCanvas } from '../graph/GraphCanvas.js';
import { Legend } from '../graph/Legend.js';
import { NodeTable } from '../graph/NodeTable.js';
import { exportPng } from '../graph/export-png.js';
import { EMPTY_GRAPH, countByKind, filterGraph, type GraphNode } from '../graph/graph-data.js';
import { useFanOuts } from '../graph/use-fan-outs.js';
import { formatUrl } from '../url/url-state.js';
import { Busy } from '../ui/Busy.js';
import { ErrorNotice, Notice } from '../ui/Notice.js';
import { LayoutSelect } from '../ui/LayoutSelect.js';
import { ViewSwitch } from '../ui/ViewSwitch.js';
import type { ViewProps } from '../ui/view-props.js';
import { DetailPanel } from './DetailPanel.js';
import { Filters } from './Filters.js';
import { Landing } from './Landing.js';
import { NodeActions } from './NodeActions.js';

const LIMIT = 300;

export function ExplorerView({ state, navigate }: ViewProps) {
  const { node, expanded, depth, hiddenKinds, hiddenTypes } = state;
  const cy = useRef<Core | null>(null);
  const requests = useMemo(
    () =>
      node
        ? [
            { id: node, depth, limit: LIMIT },
            ...expanded.filter((id) => id !== node).map((id) => ({ id, depth: 1, limit: LIMIT })),
          ]
        : [],
    [node, depth, expanded],
  );
  const found = useNeighbourhoods(requests);
  const graph = useMemo(
    () =>
      found.graph
        ? filterGraph(found.graph, { hiddenKinds, hiddenTypes, keep: node ? [node] : [] })
        : EMPTY_GRAPH,
    [found.graph, hiddenKinds, hiddenTypes, node],
  );
  // Big fan-outs are drawn as one group node; the root, the expanded and the chosen node never are.
  const fanOuts = useFanOuts(graph, [node, state.selected, ...expanded], state.fanOut);
  const nodeClasses = useCallback(
    (n: GraphNode) =>
      [n.id === node ? 'root' : '', expanded.includes(n.id) ? 'expanded' : ''].filter(Boolean),
    [node, expanded],
  );
  const counts = useMemo(() => countByKind(graph.nodes), [graph]);
  const { canEdit } = useMe();
  const [opened, setForm] = useState<NodeFormTarget | null>(null);
  // A link may open the edit form (the data-quality view's fixes): the URL's, unless one is open.
  const form: NodeFormTarget | null =
    opened ?? (state.edit && canEdit ? { mode: 'edit', id: state.edit } : null);
  const closeForm = () => {
    setForm(null);
    if (state.edit) navigate({ edit: null }, { replace: true });
  };

  const saved = (id: string) => {
    closeForm();
    if (form?.mode === 'create') navigate({ node: id, selected: id, expanded: [] });
  };
  const nodeForm = form && (
    <NodeForm
      key={form.mode === 'edit' ? form.id : 'new'}
      target={form}
      onSaved={saved}
      onCancel={closeForm}
    />
  );
  const create = canEdit ? () => setForm({ mode: 'create' }) : undefined;

  if (!node) {
    return nodeForm ? (
      <div className="landing form-page">{nodeForm}</div>
    ) : (
      <Landing onPick={(id) => navigate({ node: id, selected: id, expanded: [] })} onCreate={create} />
    );
  }

  const selected = state.selected ?? node;
  const rootName = found.graph?.nodes.find((n) => n.id === node)?.name ?? node;
  const open = (id: string) => navigate({ node: id, selected: id, expanded: [] });
  const expand = (id: string) =>
    navigate({ expanded: expanded.includes(id) || id === node ? expanded : [...expanded, id], selected: id });
  const collapse = (id: string) => navigate({ expanded: expanded.filter((x) => x !== id) });
  const deleted = (id: string) =>
    id === node
      ? navigate({ node: null, selected: null, expanded: [] })
      : navigate({ selected: node, expanded: expanded.filter((x) => x !== id) });
  const actions = (n: NodeDetailQuery['node']) => (
    <NodeActions
      node={n}
      isRoot={n.id === node}
      expanded={expanded.includes(n.id)}
      onExpand={() => expand(n.id)}
      onCollapse={() => collapse(n.id)}
      onCentre={() => open(n.id)}
      hrefFor={(patch) => formatUrl({ ...state, ...patch })}
      navigate={navigate}
    />
  );

  return (
    <div className="view">
      <div className="toolbar" role="toolbar" aria-label="Explorer">
        <h1 className="toolbar-title">
          Around <strong>{rootName}</strong>
        </h1>
        <label className="field-inline">
          Depth
          <select value={depth} onChange={(e) => navigate({ depth: Number(e.target.value) })}>
            {[1, 2, 3].map((d) => (
              <option key={d} value={d}>
                {d} step{d > 1 ? 's' : ''}
              </option>
            ))}
          </select>
        </label>
        <LayoutSelect value={state.layout} onChange={(layout) => navigate({ layout }, { replace: true })} />
        <Filters
          hiddenKinds={hiddenKinds}
          hiddenTypes={hiddenTypes}
          onChange={(change) => navigate(change)}
        />
        {expanded.length > 0 && (
          <button type="button" onClick={() => navigate({ expanded: [] })}>
            Collapse all ({expanded.length})
          </button>
        )}
        <span className="toolbar-spacer" />
        <ViewSwitch table={state.table} onChange={(table) => navigate({ table }, { replace: true })} />
        <button
          type="button"
          onClick={() => exportPng(cy.current, `neighbourhood-${node.replace(':', '-')}`)}
          disabled={state.table}
        >
          Export PNG
        </button>
        {create && (
          <button type="button" className="primary" onClick={create} data-testid="new-node">
            New node
          </button>
        )}
      </div>
      <div className="workspace">
        <section className="main-pane" aria-label="Neighbourhood">
          {state.table ? (
            <NodeTable
              graph={fanOuts.graph}
              groups={fanOuts}
              caption={`${graph.nodes.length} nodes around ${rootName}`}
              selected={selected}
              onSelect={(id) => navigate({ selected: id }, { replace: true })}
            />
          ) : (
            <GraphCanvas
              graph={fanOuts.graph}
              groups={fanOuts}
              layout={state.layout}
              mode="kind"
              label={`Neighbourhood of ${rootName}`}
              nodeClasses={nodeClasses}
              selected={selected}
              layoutKey={`${node}|${depth}`}
              onSelect={(id) => navigate({ selected: id }, { replace: true })}
              onExpand={expand}
              onReady={(c) => (cy.current = c)}
            >
              <Legend mode="kind" counts={counts} />
              <Busy active={found.fetching} label="Loading the neighbourhood…" />
              {found.error && (
                <ErrorNotice
                  title={
                    describeError(found.error).code === 'NOT_FOUND'
                      ? `Nothing in the graph has the id ${node}`
                      : `Could not load the neighbourhood of ${node}`
                  }
                  error={found.error}
                />
              )}
              {!found.error && found.graph && graph.nodes.length <= 1 && (
                <Notice
                  tone="empty"
                  title={graph.nodes.length === 0 ? 'Nothing to show' : 'No relationships to show'}
                >
                  {hiddenKinds.length + hiddenTypes.length > 0
                    ? 'The filters hide every neighbour: open Filters and tick some kinds back.'
                    : 'This node has no recorded relationships. Search for another one.'}
                </Notice>
              )}
              <div className="canvas-notes">
                {found.truncated && (
                  <p>Only the nearest {LIMIT} nodes are drawn: choose a smaller depth or filter by kind.</p>
                )}
                {found.missing.length > 0 && (
                  <p>Could not expand: {found.missing.join(', ')} (no longer in the graph).</p>
                )}
                <p className="hint">Double-click a node to expand it; click to see its details.</p>
              </div>
            </GraphCanvas>
          )}
        </section>
        <aside className="side-pane" aria-label="Details">
          {nodeForm ?? (
            <DetailPanel
              id={selected}
              hrefFor={(id) => formatUrl({ ...state, node: id, selected: id, expanded: [] })}
              onOpen={open}
              actions={actions}
              editor={
                canEdit
                  ? (n) => (
                      <EditActions
                        key={n.id}
                        node={n}
                        onEdit={() => setForm({ mode: 'edit', id: n.id })}
                        onDeleted={deleted}
                      />
                    )
                  : undefined
              }
              relationshipAction={
                canEdit ? (r, reading) => <UnlinkButton relationship={r} label={reading} /> : undefined
              }
            />
          )}
        </aside>
      </div>
    </div>
  );
}

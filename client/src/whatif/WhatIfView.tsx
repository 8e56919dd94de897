// What-if: choose events (left), run them, and see the graph coloured by state (centre) with
// the affected nodes, breaches and explanations (right). The run is the URL's events or saved
// scenario, so a link reopens the same run; the draft on the left is only sent on Run.
import type { Core } from 'cytoscape';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useClient, useQuery } from 'urql';
import { PrintReport } from '../report/PrintReport.js';
import { reportPng } from '../report/report-png.js';
import { reportSummary } from '../report/report-summary.js';
import { RecoveryObjectivesQuery } from '../report/queries.js';
import { GraphCanvas } from '../graph/GraphCanvas.js';
import { Legend } from '../graph/Legend.js';
import { NodeTable } from '../graph/NodeTable.js';
import { EMPTY_GRAPH, countByKind, type GraphNode } from '../graph/graph-data.js';
import { useFanOuts } from '../graph/use-fan-outs.js';
import { Busy } from '../ui/Busy.js';
import { ErrorNotice, Notice } from '../ui/Notice.js';
import { LayoutSelect } from '../ui/LayoutSelect.js';
import { ViewSwitch } from '../ui/ViewSwitch.js';
import { download, stamp } from '../ui/download.js';
import type { ViewProps } from '../ui/view-props.js';
import { CompareWorkspace } from '../compare/CompareWorkspace.js';
import { affectedCsv } from './csv.js';
import { EventEditor } from './EventEditor.js';
import { Explanation } from './Explanation.js';
import {
  describeEvent,
  eventNode,
  fromEventInput,
  sameEvents,
  toEventInput,
  type WhatIfEvent,
} from './events.js';
import { affectedItems, chainHighlight, impactGraph, stateTotals } from './impact-graph.js';
import { ImpactResults } from './ImpactResults.js';
import { ImpactQuery, ScenariosQuery } from './queries.js';
import { ScenarioPanel } from './ScenarioPanel.js';
import { useNodeNames } from './use-node-names.js';

const PAGE = 500;

export function WhatIfView({ state, navigate }: ViewProps) {
  const cy = useRef<Core | null>(null);
  const [draft, setDraft] = useState<WhatIfEvent[]>([...state.events]);
  const [pending, setPending] = useState(false);
  const results = useRef<HTMLElement>(null);
  const [{ data: saved }] = useQuery({ query: ScenariosQuery });
  const scenario = saved?.scenarios.find((s) => s.id === state.scenario) ?? null;

  // A new run from outside (a link, Back, a scenario opened) replaces the draft.
  const runEvents = useMemo(
    () => (scenario ? scenario.events.flatMap((e) => fromEventInput(e) ?? []) : state.events),
    [scenario, state.events],
  );
  useEffect(() => setDraft([...runEvents]), [runEvents]);

  const running = state.scenario !== null || state.events.length > 0;
  // Two saved scenarios, in the order the user chose them, drawn side by side.
  const comparing = state.scenario !== null && state.compare !== null;
  const [{ data, error, fetching }, rerun] = useQuery({
    query: ImpactQuery,
    variables: state.scenario
      ? { scenario: state.scenario, events: null, first: PAGE, asAt: state.asAt }
      : { events: state.events.map(toEventInput), scenario: null, first: PAGE, asAt: state.asAt },
    pause: !running,
  });
  const report = running ? (data?.impact ?? null) : null;
  // A new report is read from its top: the breaches and the comparison were left off-screen.
  useEffect(() => {
    if (report) results.current?.scrollTo({ top: 0 });
  }, [report]);
  const graph = useMemo(() => (report ? impactGraph(report.graph) : EMPTY_GRAPH), [report]);
  const eventIds = useMemo(() => new Set(runEvents.flatMap((e) => eventNode(e) ?? [])), [runEvents]);
  const nodeClasses = useCallback((n: GraphNode) => (eventIds.has(n.id) ? ['event'] : []), [eventIds]);
  const chosen = (report ? affectedItems(report) : []).find((i) => i.node.id === state.selected) ?? null;
  const highlight = useMemo(() => (chosen ? chainHighlight(chosen) : null), [chosen]);
  // Big fan-outs are drawn as one group node showing its worst state; the failed nodes, the chosen
  // one and its explanation's chain never are.
  const fanOuts = useFanOuts(graph, [...eventIds, state.selected, ...(highlight?.nodes ?? [])], state.fanOut);
  const name = useNodeNames(draft.flatMap((e) => eventNode(e) ?? []));
  const scenarioName = (id: string) => saved?.scenarios.find((s) => s.id === id)?.name ?? id;
  const runName = useNodeNames(runEvents.flatMap((e) => eventNode(e) ?? []));
  const eventWords = useMemo(() => runEvents.map((e) => describeEvent(e, runName)), [runEvents, runName]);
  const reportTitle = state.scenario
    ? `Scenario “${scenarioName(state.scenario)}”`
    : `What if ${eventWords.map((w) => w.replace(/^Every /, 'every ')).join(' and ')}`;
  const summary = useMemo(
    () => (report ? reportSummary(report, reportTitle, eventWords) : null),
    [report, reportTitle, eventWords],
  );
  const client = useClient();
  const getCy = useCallback(() => cy.current, []);

  const exportCsv = async () => {
    if (!report) return;
    const ids = affectedItems(report)
      .filter((i) => i.node.kind === 'System')
      .map((i) => i.node.id);
    const answer = ids.length
      ? await client.query(RecoveryObjectivesQuery, { ids }).toPromise()
      : { data: { nodes: [] } };
    const objectives = new Map<string, number>();
    for (const n of answer.data?.nodes ?? [])
      if ('rtoHours' in n && typeof n.rtoHours === 'number') objectives.set(n.id, n.rtoHours);
    for (const b of report.breaches) objectives.set(b.node.id, b.rtoHours);
    const csv = affectedCsv(affectedItems(report), {
      scenario: state.scenario ? scenarioName(state.scenario) : 'Unsaved what-if',
      asAt: report.asAt ?? '',
      events: eventWords,
      objectives,
      breached: new Set(report.breaches.map((b) => b.node.id)),
    });
    download(`what-if-${stamp()}.csv`, new Blob([csv], { type: 'text/csv' }));
  };
  const exportImage = async () => {
    if (!summary || !cy.current || cy.current.elements().empty()) return;
    download(`what-if-${stamp()}.png`, await reportPng(cy.current, summary));
  };

  // Clear forgets the run as well as the draft: the old graph, title and comparison go too.
  const clear = () => {
    setDraft([]);
    navigate({ events: [], scenario: null, compare: null, selected: null });
  };
  const run = () => {
    if (!state.scenario && sameEvents(draft, state.events)) rerun({ requestPolicy: 'network-only' });
    else navigate({ events: draft, scenario: null, compare: null, selected: null });
  };
  const select = (id: string | null) => navigate({ selected: id }, { replace: true });
  const explanation = chosen && <Explanation item={chosen} onSelect={select} onClose={() => select(null)} />;
  const title = state.scenario ? `Scenario “${scenarioName(state.scenario)}”` : 'What if…';

  return (
    <div className="view">
      <div className="toolbar" role="toolbar" aria-label="What-if">
        <h1 className="toolbar-title">{title}</h1>
        <LayoutSelect value={state.layout} onChange={(layout) => navigate({ layout }, { replace: true })} />
        <span className="toolbar-spacer" />
        <ViewSwitch table={state.table} onChange={(table) => navigate({ table }, { replace: true })} />
        <button type="button" disabled={!report} onClick={() => void exportCsv()} data-testid="export-csv">
          Export CSV
        </button>
        <button
          type="button"
          disabled={!report || state.table || comparing}
          onClick={() => void exportImage()}
          data-testid="export-png"
        >
          Export PNG
        </button>
        <button
          type="button"
          disabled={!report || state.table || comparing}
          onClick={() => window.print()}
          data-testid="print"
        >
          Print report
        </button>
      </div>
      <div className="workspace three">
        <aside className="left-pane" aria-label="Events and scenarios">
          <EventEditor events={draft} name={name} onChange={setDraft} onPending={setPending} />
          <div className="run-row">
            <button
              type="button"
              className="primary"
              disabled={draft.length === 0 || pending}
              aria-describedby={pending ? 'run-pending' : undefined}
              onClick={run}
              data-testid="run"
            >
              Run what-if
            </button>
            {(draft.length > 0 || running) && (
              <button type="button" onClick={clear} data-testid="clear">
                Clear
              </button>
            )}
          </div>
          {pending && (
            <p className="hint" id="run-pending">
              Press <strong>Add this failure</strong> (or change the node) before running.
            </p>
          )}
          <ScenarioPanel
            events={draft}
            open={state.scenario}
            compare={state.compare}
            onOpen={(id) => navigate({ scenario: id, events: [], compare: null, selected: null })}
            onCompare={(id) => navigate({ compare: id })}
          />
        </aside>
        {comparing ? (
          <CompareWorkspace
            first={state.scenario!}
            second={state.compare!}
            asAt={state.asAt}
            layout={state.layout}
            selected={state.selected}
            name={scenarioName}
            onSelect={select}
            onSwap={() => navigate({ scenario: state.compare, compare: state.scenario, selected: null })}
            onClose={() => navigate({ compare: null })}
          />
        ) : (
          <>
            <section className="main-pane" aria-label="Impact">
              {state.table ? (
                <NodeTable
                  graph={fanOuts.graph}
                  groups={fanOuts}
                  caption={`${graph.nodes.length} nodes affected`}
                  showState
                  selected={state.selected}
                  onSelect={select}
                />
              ) : (
                <GraphCanvas
                  graph={fanOuts.graph}
                  groups={fanOuts}
                  layout={state.layout}
                  mode="state"
                  label="Nodes affected by the what-if"
                  nodeClasses={nodeClasses}
                  selected={state.selected}
                  highlight={highlight}
                  layoutKey={`${report?.graphVersion}|${state.scenario}|${state.events.length}`}
                  onSelect={select}
                  onReady={(c) => (cy.current = c)}
                >
                  <Legend
                    mode="state"
                    counts={countByKind(graph.nodes)}
                    states={report ? stateTotals(report.counts) : undefined}
                  />
                  {explanation && <div className="canvas-card">{explanation}</div>}
                  <Busy active={fetching} label="Running the what-if…" />
                  {error && <ErrorNotice title="The what-if could not run" error={error} />}
                  {!running && (
                    <Notice tone="empty" title="Nothing has failed yet">
                      Add what fails on the left (a node, a contract lapsing, or every contract ended by a
                      date), then press <strong>Run what-if</strong>. Or open a saved scenario.
                    </Notice>
                  )}
                  {report && report.totalAffected === 0 && (
                    <Notice tone="info" title="Nothing is affected">
                      No dependency carries this failure anywhere: redundancy or fallbacks cover it, or
                      nothing depends on it.
                    </Notice>
                  )}
                </GraphCanvas>
              )}
            </section>
            <aside className="side-pane" aria-label="Results" ref={results} data-testid="results">
              {report ? (
                <ImpactResults
                  report={report}
                  selected={state.selected}
                  onSelect={select}
                  explanation={state.table ? explanation : null}
                />
              ) : (
                <p className="muted">Results appear here after a run.</p>
              )}
            </aside>
          </>
        )}
      </div>
      {summary && !comparing && <PrintReport summary={summary} cy={getCy} />}
    </div>
  );
}

// Scenarios side by side: the first scenario the user opened on the left, the one they compare
// it with on the right, drawn on one layout (the right pane takes the left one's positions), each
// coloured by its own run, with the differences marked on both and listed beside them.
import { useCallback, useMemo, useState } from 'react';
import { useQuery } from 'urql';
import { GraphCanvas, type Position } from '../graph/GraphCanvas.js';
import type { GraphNode } from '../graph/graph-data.js';
import { AFFECTED_STATES, STATE_LOOK } from '../graph/states.js';
import type { LayoutName } from '../graph/layouts.js';
import { Busy } from '../ui/Busy.js';
import { ErrorNotice } from '../ui/Notice.js';
import { stateTotals } from '../whatif/impact-graph.js';
import { CompareScenariosQuery, ImpactQuery } from '../whatif/queries.js';
import { DiffList } from './DiffList.js';
import { sideBySide } from './compare-graph.js';

const PAGE = 500;

interface CompareWorkspaceProps {
  readonly first: string;
  readonly second: string;
  readonly asAt: string | null;
  readonly layout: LayoutName;
  readonly selected: string | null;
  readonly name: (id: string) => string;
  readonly onSelect: (id: string | null) => void;
  readonly onSwap: () => void;
  readonly onClose: () => void;
}

export function CompareWorkspace(props: CompareWorkspaceProps) {
  const { first, second, asAt, layout, selected, name, onSelect } = props;
  const run = (scenario: string) => ({
    query: ImpactQuery,
    variables: { scenario, events: null, first: PAGE, asAt },
  });
  const [a] = useQuery(run(first));
  const [b] = useQuery(run(second));
  const [c] = useQuery({ query: CompareScenariosQuery, variables: { a: first, b: second, asAt } });
  const ra = a.data?.impact;
  const rb = b.data?.impact;
  const comparison = c.data?.compareScenarios;
  const view = useMemo(
    () => (ra && rb && comparison ? sideBySide(ra, rb, comparison) : null),
    [ra, rb, comparison],
  );
  const [laid, setLaid] = useState<{ key: string; positions: ReadonlyMap<string, Position> } | null>(null);
  const key = `${first}|${second}|${ra?.graphVersion}|${layout}`;
  const onLaidOut = useCallback(
    (positions: ReadonlyMap<string, Position>) => setLaid({ key, positions }),
    [key],
  );
  const positions = laid?.key === key ? laid.positions : null;

  const classesFor = (events: readonly { id?: string | null }[] | undefined) => {
    const ids = new Set((events ?? []).flatMap((e) => (e.id ? [e.id] : [])));
    return (n: GraphNode) => {
      const mark = view?.marks.get(n.id);
      return [...(mark ? [`diff-${mark}`] : []), ...(ids.has(n.id) ? ['event'] : [])];
    };
  };
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const classesA = useMemo(() => classesFor(ra?.events), [view, ra]);
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const classesB = useMemo(() => classesFor(rb?.events), [view, rb]);
  const error = a.error ?? b.error ?? c.error;

  return (
    <>
      <section className="main-pane" aria-label="Scenarios side by side">
        <div className="side-by-side" data-testid="side-by-side">
          {[
            { id: first, report: ra, graph: view?.first, classes: classesA, place: 'first' as const },
            { id: second, report: rb, graph: view?.second, classes: classesB, place: 'second' as const },
          ].map((pane, i) => (
            <section
              key={pane.place}
              className="compare-pane"
              aria-label={`${i === 0 ? 'First' : 'Second'}: ${name(pane.id)}`}
              data-testid={`pane-${pane.place}`}
            >
              <h2 className="compare-pane-title">
                <span className="compare-order">{i + 1}</span> {name(pane.id)}
                {pane.report && <RunCounts report={pane.report} />}
              </h2>
              {pane.graph && (i === 0 || positions) ? (
                <GraphCanvas
                  graph={pane.graph}
                  layout={layout}
                  mode="state"
                  label={`Nodes affected by “${name(pane.id)}”`}
                  nodeClasses={pane.classes}
                  selected={selected}
                  layoutKey={key}
                  onSelect={onSelect}
                  {...(i === 0 ? { onLaidOut } : { positions })}
                ></GraphCanvas>
              ) : (
                <div className="canvas-pane">
                  <Busy active label="Running both scenarios…" />
                </div>
              )}
            </section>
          ))}
          {error && <ErrorNotice title="Could not compare the scenarios" error={error} />}
        </div>
      </section>
      <aside className="side-pane" aria-label="Differences" data-testid="results">
        <DiffList
          first={name(first)}
          second={name(second)}
          diff={view?.diff ?? null}
          fetching={a.fetching || b.fetching || c.fetching}
          onSelect={onSelect}
          onSwap={props.onSwap}
          onClose={props.onClose}
        />
      </aside>
    </>
  );
}

/** The pane's key: each state's colour with how many of the run's nodes are in it. */
function RunCounts({
  report,
}: {
  report: { totalAffected: number; counts: Parameters<typeof stateTotals>[0] };
}) {
  const totals = stateTotals(report.counts);
  return (
    <span className="run-counts">
      {report.totalAffected} affected
      {AFFECTED_STATES.filter((s) => totals.get(s)).map((s) => (
        <span key={s} className="run-count">
          <span className="swatch" style={{ background: STATE_LOOK[s].colour }} />
          {totals.get(s)} {STATE_LOOK[s].label.toLowerCase()}
        </span>
      ))}
    </span>
  );
}

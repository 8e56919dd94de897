// The accessible alternative to the canvas: the same nodes as a table, in reading order (kind
// rank, then name), each name a button that does what a tap on the canvas does.
import { useMemo } from 'react';
import type { GraphData } from './graph-data.js';
import { degrees } from './graph-data.js';
import { kindLook } from './kinds.js';
import { STATE_LOOK } from './states.js';
import { KindBadge } from '../ui/KindGlyph.js';
import type { FanOuts } from './use-fan-outs.js';

interface NodeTableProps {
  readonly graph: GraphData;
  readonly caption: string;
  readonly selected?: string | null;
  readonly showState?: boolean;
  readonly onSelect?: (id: string) => void;
  /** Fan-outs grouped as on the canvas: a group's row opens or closes it. */
  readonly groups?: Pick<FanOuts, 'groups' | 'toggle'>;
}

export function NodeTable({ graph, caption, selected, showState = false, onSelect, groups }: NodeTableProps) {
  const degree = useMemo(() => degrees(graph), [graph]);
  const rows = useMemo(
    () =>
      [...graph.nodes].sort(
        (a, b) => kindLook(a.kind).rank - kindLook(b.kind).rank || a.name.localeCompare(b.name),
      ),
    [graph],
  );
  return (
    <div className="table-pane">
      <table className="node-table" data-testid="node-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Kind</th>
            {showState && <th scope="col">State</th>}
            <th scope="col" className="num">
              Relationships shown
            </th>
            <th scope="col">Id</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((n) => {
            const group = groups?.groups.get(n.id);
            return (
              <tr
                key={n.id}
                aria-selected={n.id === selected}
                className={n.id === selected ? 'selected' : ''}
              >
                <th scope="row">
                  {group ? (
                    <button
                      type="button"
                      className="link group-toggle"
                      aria-expanded={group.open}
                      onClick={() => groups!.toggle(n.id)}
                      data-testid="group-toggle"
                    >
                      {group.open ? `Group again: ${n.name}` : `Show ${n.name}`}
                    </button>
                  ) : (
                    <button type="button" className="link" onClick={() => onSelect?.(n.id)}>
                      {n.name}
                    </button>
                  )}
                </th>
                <td>
                  <KindBadge kind={n.kind} />
                </td>
                {showState && (
                  <td>
                    {n.state && n.state !== 'UNAFFECTED' ? (
                      <span className={`state-pill state-${n.state}`}>{STATE_LOOK[n.state].label}</span>
                    ) : (
                      '—'
                    )}
                  </td>
                )}
                <td className="num">{degree.get(n.id) ?? 0}</td>
                <td className="mono">{group ? `group of ${group.members.length}` : n.id}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

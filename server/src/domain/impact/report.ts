// The answer to "what if?": every affected node with its state and explanation, counts per
// kind and state, breached recovery objectives, and the affected subgraph for drawing.
import { NODE_KINDS, type NodeKind } from '../metamodel/index.js';
import type { ImpactEvent } from './events.js';
import { explain, explainAll, type Explanation } from './explain.js';
import { edgeEnds, kindOf, type Projection } from './projection.js';
import { propagate, type Propagation } from './propagate.js';
import { seedsFor } from './seeds.js';
import { DOWN, IMPACT_STATES, UNAFFECTED, type ImpactState } from './state.js';

export interface AffectedNode {
  readonly id: string;
  readonly kind: NodeKind;
  readonly state: ImpactState;
  /** Hours it stays down (down nodes only; Infinity when it does not come back). */
  readonly downHours?: number;
}

export interface Breach {
  readonly id: string;
  readonly rtoHours: number;
  readonly downHours: number;
}

export interface ImpactReport {
  readonly graphVersion: number;
  readonly events: readonly ImpactEvent[];
  /** Affected nodes, events' nodes first, then in the order the failure reached them. */
  readonly affected: readonly AffectedNode[];
  readonly counts: readonly {
    readonly kind: NodeKind;
    readonly state: ImpactState;
    readonly count: number;
  }[];
  readonly breaches: readonly Breach[];
  /** The chain from an event to an affected node, event first ([] when unaffected). Computed
   *  when asked: a page shows fifty explanations, not a hundred thousand. */
  explain(id: string): Explanation;
  /** The affected nodes and the impact relationships among them, for drawing; computed when asked. */
  subgraph(): Subgraph;
  /** The run itself, for further explanations. */
  readonly run: Propagation;
  /** The projection it ran on, for alternative explanations. */
  readonly projection: Projection;
}

export type ImpactCount = ImpactReport['counts'][number];

export interface Subgraph {
  readonly nodes: readonly string[];
  readonly relationships: readonly { readonly from: string; readonly type: string; readonly to: string }[];
}

/** Counts per kind and state, in metamodel order, leaving out zeros. */
export function countByKindAndState(
  affected: readonly Pick<AffectedNode, 'kind' | 'state'>[],
): ImpactCount[] {
  const tally = new Map<string, number>();
  for (const a of affected) tally.set(`${a.kind}|${a.state}`, (tally.get(`${a.kind}|${a.state}`) ?? 0) + 1);
  return NODE_KINDS.flatMap((kind) =>
    IMPACT_STATES.slice(1).flatMap((state) => {
      const count = tally.get(`${kind}|${state}`) ?? 0;
      return count ? [{ kind, state, count }] : [];
    }),
  );
}

export function analyseImpact(p: Projection, events: readonly ImpactEvent[]): ImpactReport {
  const run = propagate(p, seedsFor(p, events));
  const affected: AffectedNode[] = run.reached.map((n) => ({
    id: p.ids[n]!,
    kind: kindOf(p, n),
    state: IMPACT_STATES[run.state[n]!]!,
    ...(run.state[n] === DOWN ? { downHours: run.downHours[n]! } : {}),
  }));

  const breaches: Breach[] = [];
  for (const n of run.reached) {
    const rto = p.rtoHours[n]!;
    if (run.state[n] === DOWN && !Number.isNaN(rto) && run.downHours[n]! > rto) {
      breaches.push({ id: p.ids[n]!, rtoHours: rto, downHours: run.downHours[n]! });
    }
  }

  return {
    graphVersion: p.version,
    events,
    affected,
    counts: countByKindAndState(affected),
    breaches,
    explain: (id) => {
      const n = p.index.get(id);
      return n === undefined || run.state[n] === UNAFFECTED ? [] : explain(p, run, n);
    },
    subgraph: () => {
      const relationships = [];
      for (const dependant of run.reached) {
        for (let j = p.providers.offsets[dependant]!; j < p.providers.offsets[dependant + 1]!; j++) {
          const e = p.providers.items[j]!;
          if (run.state[p.edgeProvider[e]!] !== UNAFFECTED) relationships.push(edgeEnds(p, e));
        }
      }
      return { nodes: affected.map((a) => a.id), relationships };
    },
    run,
    projection: p,
  };
}

/** Up to `count` explanations of one affected node, shortest first; [] when it is unaffected. */
export function alternativesFor(report: ImpactReport, id: string, count: number): Explanation[] {
  const node = report.projection.index.get(id);
  if (node === undefined || report.run.state[node] === UNAFFECTED) return [];
  return explainAll(report.projection, report.run, node, count);
}

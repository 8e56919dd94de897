// The answer to "what if?": every affected node with its state and explanation, counts per
// kind and state, breached recovery objectives, and the affected subgraph for drawing.
import { impactModelOf, type ImpactModel } from './impact-model.js';
import { AffectedList, type AffectedFilter, type AffectedNode, type AffectedPage } from './affected-list.js';
import type { ImpactEvent } from './events.js';
import { explain, explainAll, type Explanation } from './explain.js';
import { edgeEnds, type Projection } from './projection.js';
import { propagate, type Propagation } from './propagate.js';
import { defaultAsAt, seedsFor, type Seed } from './seeds.js';
import { dayNumber } from '../time/live.js';
import { DEGRADED, DOWN, EXPOSED, IMPACT_STATES, UNAFFECTED, type ImpactState } from './state.js';

export type { AffectedFilter, AffectedNode, AffectedPage } from './affected-list.js';

export interface Breach {
  readonly id: string;
  readonly rtoHours: number;
  readonly downHours: number;
}

export interface ImpactReport {
  readonly graphVersion: number;
  readonly events: readonly ImpactEvent[];
  /** The day the run was as at (YYYY-MM-DD); null when it ignored lifecycles. */
  readonly asAt: string | null;
  readonly totalAffected: number;
  /** Affected nodes, events' nodes first, then in the order the failure reached them. Built in
   *  full on first use: prefer `page` and `affectedNode`, which build only what they return. */
  readonly affected: readonly AffectedNode[];
  /** Up to `first` affected nodes matching the filter, after the first `offset` matches, in the
   *  order of `affected`; with how many match in all. */
  page(offset: number, first: number, filter?: AffectedFilter): AffectedPage;
  /** One node's entry; undefined when it is unknown or unaffected. */
  affectedNode(id: string): AffectedNode | undefined;
  /** One node's state; undefined when it is unknown or unaffected. */
  stateOf(id: string): ImpactState | undefined;
  /** The headline: services (everything but plans) down, degraded and exposed; plans at risk. */
  readonly headline: Headline;
  readonly counts: readonly {
    /** A kind of the projection's metamodel. */
    readonly kind: string;
    readonly state: ImpactState;
    readonly count: number;
  }[];
  /** Down nodes that stay down longer than their recovery objective (worked out when asked). */
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

/** Services are counted apart from plans (strategies, themes, projects), which are at risk. */
export interface Headline {
  readonly servicesDown: number;
  readonly servicesDegraded: number;
  readonly servicesExposed: number;
  readonly plansAtRisk: number;
}

/** The headline from a tally indexed `kind * states + state` (kinds numbered as in the model). */
export function headlineOf(tally: Uint32Array, model: ImpactModel): Headline {
  let servicesDown = 0;
  let servicesDegraded = 0;
  let servicesExposed = 0;
  let plansAtRisk = 0;
  model.kinds.forEach((_, k) => {
    const at = (s: number) => tally[k * IMPACT_STATES.length + s]!;
    if (model.strategicKind[k]) {
      for (let s = 1; s < IMPACT_STATES.length; s++) plansAtRisk += at(s);
      return;
    }
    servicesDown += at(DOWN);
    servicesDegraded += at(DEGRADED);
    servicesExposed += at(EXPOSED);
  });
  return { servicesDown, servicesDegraded, servicesExposed, plansAtRisk };
}

export interface Subgraph {
  readonly nodes: readonly string[];
  readonly relationships: readonly {
    readonly id: string;
    readonly from: string;
    readonly type: string;
    readonly to: string;
  }[];
}

/** Counts per kind and state, in metamodel order (the council's unless told), leaving out zeros. */
export function countByKindAndState(
  affected: readonly Pick<AffectedNode, 'kind' | 'state'>[],
  model: ImpactModel = impactModelOf(),
): ImpactCount[] {
  const tally = new Uint32Array(model.kinds.length * IMPACT_STATES.length);
  for (const a of affected) {
    tally[model.kindIndex.get(a.kind)! * IMPACT_STATES.length + IMPACT_STATES.indexOf(a.state)]!++;
  }
  return countsFromTally(tally, model);
}

/** Counts per kind and state from a tally indexed `kind * states + state` (as AffectedList keeps). */
function countsFromTally(tally: Uint32Array, model: ImpactModel): ImpactCount[] {
  const counts: ImpactCount[] = [];
  model.kinds.forEach((kind, k) => {
    for (let s = 1; s < IMPACT_STATES.length; s++) {
      const count = tally[k * IMPACT_STATES.length + s]!;
      if (count) counts.push({ kind, state: IMPACT_STATES[s]!, count });
    }
  });
  return counts;
}

function breachesOf(p: Projection, run: Propagation): Breach[] {
  const { order, state } = run;
  // Most runs reach no node with a recovery objective: then there is no need for durations.
  const candidates: number[] = [];
  for (let i = 0; i < order.length; i++) {
    const n = order[i]!;
    if (state[n] === DOWN && !Number.isNaN(p.rtoHours[n]!)) candidates.push(n);
  }
  const breaches: Breach[] = [];
  if (!candidates.length) return breaches;
  const hours = run.downHours;
  for (const n of candidates) {
    const rto = p.rtoHours[n]!;
    if (hours[n]! > rto) breaches.push({ id: p.ids[n]!, rtoHours: rto, downHours: hours[n]! });
  }
  return breaches;
}

export interface AnalyseOptions {
  /** The day (YYYY-MM-DD) the run is as at: only what is live then carries impact. */
  readonly asAt?: string | undefined;
  /** Today (YYYY-MM-DD), the as-at day when none is given and no event implies one (see
   *  `defaultAsAt`). Absent then: the run ignores lifecycles (every date at once). */
  readonly today?: string | undefined;
}

/** A run before its walk: where it starts and the day it is as at, checked against the projection. */
export interface PlannedRun {
  readonly seeds: readonly Seed[];
  /** YYYY-MM-DD, or null when the run ignores lifecycles. */
  readonly asAt: string | null;
  /** The day number of `asAt`; NaN when null. */
  readonly day: number;
}

/** Checks the events (bad input names them) and settles the run's day. */
export function planRun(
  p: Projection,
  events: readonly ImpactEvent[],
  options: AnalyseOptions = {},
): PlannedRun {
  const seeds = seedsFor(p, events);
  const asAt = options.asAt ?? defaultAsAt(p, events, options.today ?? null);
  return { seeds, asAt, day: asAt === null ? Number.NaN : dayNumber(asAt) };
}

export function analyseImpact(
  p: Projection,
  events: readonly ImpactEvent[],
  options: AnalyseOptions = {},
): ImpactReport {
  const plan = planRun(p, events, options);
  return reportOf(p, events, plan, propagate(p, plan.seeds, plan.day));
}

/** The report of a run that has walked (here, or in a worker thread: see propagate.ts `walk`). */
export function reportOf(
  p: Projection,
  events: readonly ImpactEvent[],
  plan: PlannedRun,
  run: Propagation,
): ImpactReport {
  const { asAt } = plan;
  const list = new AffectedList(p, run);
  let breaches: Breach[] | undefined;

  return {
    graphVersion: p.version,
    events,
    asAt,
    totalAffected: list.length,
    get affected() {
      return list.toArray();
    },
    page: (offset, first, filter) => list.page(offset, first, filter),
    affectedNode: (id) => list.byId(id),
    stateOf: (id) => list.stateOf(id),
    headline: headlineOf(list.tally, p.model),
    counts: countsFromTally(list.tally, p.model),
    get breaches() {
      return (breaches ??= breachesOf(p, run));
    },
    explain: (id) => {
      const n = p.index.get(id);
      return n === undefined || run.state[n] === UNAFFECTED ? [] : explain(p, run, n);
    },
    subgraph: () => {
      const relationships = [];
      const nodes: string[] = [];
      for (const dependant of run.order) {
        nodes.push(p.ids[dependant]!);
        for (let j = p.providers.offsets[dependant]!; j < p.providers.offsets[dependant + 1]!; j++) {
          const e = p.providers.items[j]!;
          if (run.state[p.edgeProvider[e]!] !== UNAFFECTED) relationships.push(edgeEnds(p, e));
        }
      }
      return { nodes, relationships };
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

// Explanations: the chain of relationships from an event to an affected node, with the reason
// at each step. The first chain follows the causes recorded during propagation (a shortest
// one); alternatives are other chains through affected providers, shortest first.
import { edgeEnds, edgeLive, kindOf, type Projection } from './projection.js';
import type { Cause, Propagation } from './propagate.js';
import { AT_RISK, DOWN, IMPACT_STATES, UNAFFECTED, type CauseCode, type ImpactState } from './state.js';

export interface ExplanationStep {
  readonly node: string;
  readonly state: ImpactState;
  /** The relationship this step came along (absent for the event's own node). */
  readonly relationship?: {
    readonly id: string;
    readonly from: string;
    /** A relationship type of the projection's metamodel. */
    readonly type: string;
    readonly to: string;
  };
  readonly code: CauseCode;
  /** The reason with ids; `describeStep` words it with names. */
  readonly reason: string;
  readonly fallback?: string;
  /** The node the failure came from along the relationship, and its state. */
  readonly provider?: string;
  readonly providerState?: ImpactState;
  /** For a redundancy group: every member lost (so every cause is named), how many of the
   *  group's members hold, of how many, and how many it needs. */
  readonly lost?: readonly string[];
  /** The kind of the group's members (the lost ones'), for "1 of 2 sites left". */
  readonly memberKind?: string;
  readonly held?: number;
  readonly size?: number;
  readonly k?: number;
  /** For the event's own node: the event in words ("fails", "lapses at its end (2015-02)"). */
  readonly event?: string;
}

export type Explanation = readonly ExplanationStep[];

const MAX_CHAIN = 64;

function reasonText(p: Projection, run: Propagation, node: number, c: Cause): string {
  const provider = c.edge >= 0 ? p.ids[p.edgeProvider[c.edge]!]! : '';
  const fallback = c.fallback !== undefined ? p.ids[c.fallback] : '';
  switch (c.code) {
    case 'EVENT':
      return run.seeds[c.seed!]!.reason;
    case 'DEPENDENCY_DOWN':
      return `needs ${provider}, which is down`;
    case 'DEPENDENCY_DEGRADED':
      return `needs ${provider}, which is degraded`;
    case 'REDUNDANCY_LOST':
      return `redundancy lost: ${c.held} of ${c.size} left, needs ${c.k}`;
    case 'DEPENDENCY_EXPOSED':
      return `needs ${provider}, which is exposed`;
    case 'REDUNDANCY_REDUCED':
      return `redundancy reduced: ${c.held} of ${c.size} left (needs ${c.k})`;
    case 'FALLBACK':
      return `${provider} is down; falls back to ${fallback}`;
    case 'FALLBACK_LOST':
      return `${provider} is down and its fallback ${fallback} is down too`;
    case 'STRATEGIC_RISK':
      return `relies on ${provider}, which is ${IMPACT_STATES[run.state[p.edgeProvider[c.edge]!]!]!.toLowerCase().replace('_', ' ')}`;
  }
  return String(node);
}

/** Every member of the edge's redundancy group that is down, along relationships live on the
 *  run's day, by id (the same order on every store). */
function lostMembers(p: Projection, run: Propagation, edge: number): string[] {
  const group = p.edgeGroup[edge]!;
  const dependant = p.edgeDependant[edge]!;
  const lost: string[] = [];
  for (let j = p.providers.offsets[dependant]!; j < p.providers.offsets[dependant + 1]!; j++) {
    const e = p.providers.items[j]!;
    if (p.edgeGroup[e] !== group || !edgeLive(p, e, run.day)) continue;
    if (run.state[p.edgeProvider[e]!] === DOWN) lost.push(p.ids[p.edgeProvider[e]!]!);
  }
  return lost.sort();
}

function step(p: Projection, run: Propagation, node: number, c: Cause, edge: number): ExplanationStep {
  const provider = edge >= 0 ? p.edgeProvider[edge]! : -1;
  const redundancy = c.code === 'REDUNDANCY_LOST' || c.code === 'REDUNDANCY_REDUCED';
  const lost = redundancy ? lostMembers(p, run, edge) : [];
  return {
    node: p.ids[node]!,
    state: IMPACT_STATES[run.state[node]!]!,
    ...(edge >= 0 ? { relationship: edgeEnds(p, edge) } : {}),
    code: c.code,
    reason: reasonText(p, run, node, c),
    ...(c.fallback !== undefined ? { fallback: p.ids[c.fallback]! } : {}),
    ...(provider >= 0
      ? { provider: p.ids[provider]!, providerState: IMPACT_STATES[run.state[provider]!]! }
      : {}),
    // Held now, not when first reached: later losses in the group count too.
    ...(redundancy
      ? { lost, memberKind: kindOf(p, provider), held: c.size! - lost.length, size: c.size!, k: c.k! }
      : {}),
    ...(c.code === 'EVENT' ? { event: run.seeds[c.seed!]!.reason } : {}),
  };
}

/** The recorded chain from an event to the node, event first. */
export function explain(p: Projection, run: Propagation, node: number): Explanation {
  const steps: ExplanationStep[] = [];
  const seen = new Set<number>();
  for (let n = node; !seen.has(n) && steps.length < MAX_CHAIN;) {
    seen.add(n);
    const c = run.causeOf(n);
    if (!c) break;
    steps.push(step(p, run, n, c, c.edge));
    if (c.edge < 0) break;
    n = p.edgeProvider[c.edge]!;
  }
  return steps.reverse();
}

/**
 * Up to `count` chains to the node, shortest first: breadth-first back through the affected
 * providers to the events. The first is the recorded one; the rest differ in at least one edge.
 */
export function explainAll(p: Projection, run: Propagation, node: number, count: number): Explanation[] {
  const first = explain(p, run, node);
  if (count <= 1) return [first];
  const out: Explanation[] = [first];
  const key = (e: Explanation) => e.map((s) => s.relationship?.id ?? '').join('>');
  const known = new Set([key(first)]);
  // Each path is the list of edges from the node back towards an event.
  const queue: { at: number; edges: number[] }[] = [{ at: node, edges: [] }];
  for (let head = 0; head < queue.length && out.length < count && head < 10_000; head++) {
    const { at, edges } = queue[head]!;
    const c = run.causeOf(at);
    if (c?.code === 'EVENT') {
      const chain = pathExplanation(p, run, [...edges].reverse(), at);
      if (!known.has(key(chain))) {
        known.add(key(chain));
        out.push(chain);
      }
      continue;
    }
    if (edges.length >= MAX_CHAIN) continue;
    for (let j = p.providers.offsets[at]!; j < p.providers.offsets[at + 1]!; j++) {
      const edge = p.providers.items[j]!;
      const provider = p.edgeProvider[edge]!;
      if (!edgeLive(p, edge, run.day)) continue;
      if (run.state[provider] === UNAFFECTED || edges.some((e) => p.edgeProvider[e] === provider)) continue;
      if (!p.strategic[at] && run.state[provider]! === AT_RISK) continue; // at-risk does not hurt systems
      queue.push({ at: provider, edges: [...edges, edge] });
    }
  }
  return out;
}

function pathExplanation(p: Projection, run: Propagation, edges: number[], event: number): Explanation {
  const steps: ExplanationStep[] = [step(p, run, event, run.causeOf(event)!, -1)];
  for (const edge of edges) {
    const node = p.edgeDependant[edge]!;
    const recorded = run.causeOf(node)!;
    // Along an alternative the recorded cause may name another edge: say what this edge does.
    const c: Cause = recorded.edge === edge ? recorded : { ...recorded, edge };
    steps.push(step(p, run, node, c, edge));
  }
  return steps;
}

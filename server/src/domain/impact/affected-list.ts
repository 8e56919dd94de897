// The affected nodes of a run, read by position, page or id without building them all: a run
// from a hub reaches most of the graph, and a page shows fifty. Backed by the run's typed arrays
// (the order nodes were reached in, their states) and a tally by kind and state made in one pass.
import type { Projection } from './projection.js';
import type { Propagation } from './propagate.js';
import { DOWN, IMPACT_STATES, UNAFFECTED, type ImpactState } from './state.js';

export interface AffectedNode {
  readonly id: string;
  /** A kind of the projection's metamodel. */
  readonly kind: string;
  readonly state: ImpactState;
  /** Hours it stays down (down nodes only; Infinity when it does not come back). Worked out on
   *  first read, for the whole run at once. */
  readonly downHours?: number;
}

/** Which affected nodes a page shows; an absent or empty list does not filter. */
export interface AffectedFilter {
  readonly kinds?: readonly string[] | undefined;
  readonly states?: readonly string[] | undefined;
}

export interface AffectedPage {
  readonly items: readonly AffectedNode[];
  /** How many affected nodes match the filter in all. */
  readonly totalCount: number;
}

const STATE_COUNT = IMPACT_STATES.length;

export class AffectedList {
  /** Affected nodes per kind and state, at `kind * STATE_COUNT + state`. */
  readonly tally: Uint32Array;
  private all: readonly AffectedNode[] | undefined;

  constructor(
    private readonly p: Projection,
    private readonly run: Propagation,
  ) {
    this.tally = new Uint32Array(p.model.kinds.length * STATE_COUNT);
    const { order, state } = run;
    const kind = p.kind;
    for (let i = 0; i < order.length; i++) {
      const n = order[i]!;
      this.tally[kind[n]! * STATE_COUNT + state[n]!]!++;
    }
  }

  get length(): number {
    return this.run.order.length;
  }

  /** The node at a position in the order of the run (events' nodes first). */
  at(position: number): AffectedNode {
    return this.entry(this.run.order[position]!);
  }

  /** The entry of a node by id; undefined when it is unknown or unaffected. */
  byId(id: string): AffectedNode | undefined {
    const n = this.p.index.get(id);
    return n === undefined || this.run.state[n] === UNAFFECTED ? undefined : this.entry(n);
  }

  stateOf(id: string): ImpactState | undefined {
    const n = this.p.index.get(id);
    return n === undefined || this.run.state[n] === UNAFFECTED
      ? undefined
      : IMPACT_STATES[this.run.state[n]!];
  }

  /** Up to `first` nodes matching the filter, skipping the first `offset` matches. */
  page(offset: number, first: number, filter: AffectedFilter = {}): AffectedPage {
    const order = this.run.order;
    const kinds = mask(this.p.model.kinds, filter.kinds);
    const states = mask(IMPACT_STATES, filter.states);
    if (!kinds && !states) {
      const items: AffectedNode[] = [];
      for (let i = offset; i < Math.min(order.length, offset + first); i++) items.push(this.at(i));
      return { items, totalCount: order.length };
    }
    // The tally gives the total; the scan stops once the page is full.
    let totalCount = 0;
    for (let k = 0; k < this.p.model.kinds.length; k++) {
      for (let s = 1; s < STATE_COUNT; s++) {
        if ((!kinds || kinds[k]) && (!states || states[s])) totalCount += this.tally[k * STATE_COUNT + s]!;
      }
    }
    const items: AffectedNode[] = [];
    const { kind } = this.p;
    const { state } = this.run;
    for (let i = 0, matched = 0; i < order.length && items.length < first; i++) {
      const n = order[i]!;
      if ((kinds && !kinds[kind[n]!]) || (states && !states[state[n]!])) continue;
      if (matched++ >= offset) items.push(this.entry(n));
    }
    return { items, totalCount };
  }

  /** Every entry, in order: for callers that truly need them all. Built once, with the
   *  durations read up front (an accessor per entry costs more than working them out). */
  toArray(): readonly AffectedNode[] {
    if (!this.all) {
      const { order, state } = this.run;
      const all: AffectedNode[] = new Array<AffectedNode>(order.length);
      let hours: Float64Array | undefined;
      for (let i = 0; i < order.length; i++) {
        const n = order[i]!;
        if (state[n] !== DOWN) all[i] = this.plain(n);
        else {
          hours ??= this.run.downHours;
          const { id, kind } = this.plain(n);
          all[i] = { id, kind, state: 'DOWN', downHours: hours[n]! };
        }
      }
      this.all = all;
    }
    return this.all;
  }

  private plain(n: number): { id: string; kind: string; state: ImpactState } {
    return {
      id: this.p.ids[n]!,
      kind: this.p.model.kinds[this.p.kind[n]!]!,
      state: IMPACT_STATES[this.run.state[n]!]!,
    };
  }

  /** One entry; a down node's hours are read when asked (the first read works out the
   *  durations of the whole run, which a page showing states and explanations never needs). */
  private entry(n: number): AffectedNode {
    const entry = this.plain(n);
    if (this.run.state[n] !== DOWN) return entry;
    const run = this.run;
    return {
      ...entry,
      get downHours() {
        return run.downHours[n]!;
      },
    };
  }
}

/** 1 for each listed name's index, or null when the list is absent or empty (no filter). */
function mask(names: readonly string[], wanted: readonly string[] | undefined): Uint8Array | null {
  if (!wanted?.length) return null;
  const out = new Uint8Array(names.length);
  for (const w of wanted) {
    const i = names.indexOf(w);
    if (i >= 0) out[i] = 1;
  }
  return out;
}

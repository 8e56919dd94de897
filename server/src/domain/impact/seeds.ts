// Turns events into the nodes a run starts from, checked against the projection: an event that
// names an unknown node, a node of the wrong kind or a contract with no end date is bad input.
// A contract (a kind whose impact role is `contract`) lapses at its end unless a contract that
// takes over from it (a relationship type whose horizon role is `successor`: the council's
// REPLACES) is live the day after (a planned successor with no start is not: see domain/time/live.ts).
import { BadInputError, type InputIssue } from '../errors.js';
import { parsePartialDate, type PartialDate } from '../metamodel/partial-date.js';
import { dayNumber } from '../time/live.js';
import type { ImpactEvent } from './events.js';
import { kindOf, nodeLive, type Projection } from './projection.js';

export interface Seed {
  readonly node: number;
  /** Hours it stays down; Infinity when it does not come back. */
  readonly hours: number;
  /** The event, in words: "fails for 6 h", "lapses at its end (2015-02)". */
  readonly reason: string;
  readonly event: number;
}

/** The day after a contract's end (YYYY-MM-DD), or null when it has no end. */
export function lapseDay(p: Projection, contract: number): string | null {
  const end = p.nodes[contract]!.end;
  return end ? (parsePartialDate(end)?.after ?? null) : null;
}

/** Contracts that take over from the contract (the council's REPLACES) and are live, by a live
 *  relationship, on the day after its end: while there is one, the contract does not lapse. */
export function liveSuccessors(p: Projection, contract: number): number[] {
  const after = lapseDay(p, contract);
  if (after === null) return [];
  const day = dayNumber(after);
  const { successorTypes, contractKinds } = p.model;
  if (successorTypes.size === 0) return [];
  return p.links
    .filter(
      (l) =>
        successorTypes.has(l.type) &&
        l.to === contract &&
        contractKinds.has(kindOf(p, l.from)) &&
        l.liveFrom <= day &&
        day < l.liveUntil &&
        nodeLive(p, l.from, day),
    )
    .map((l) => l.from);
}

export function seedsFor(p: Projection, events: readonly ImpactEvent[]): Seed[] {
  const contractKinds = p.model.contractKinds;
  const issues: InputIssue[] = [];
  const seeds: Seed[] = [];
  events.forEach((event, i) => {
    const at = `events.${i}`;
    if (event.type === 'CONTRACTS_ENDED_BY') {
      const by = parsePartialDate(event.date);
      if (!by) return issues.push({ path: `${at}.date`, message: `"${event.date}" is not a real date` });
      for (const c of endedContracts(p, by)) {
        const end = p.nodes[c]!.end!;
        seeds.push({
          node: c,
          hours: Infinity,
          reason: `ended ${end}, by ${event.date}, with no successor`,
          event: i,
        });
      }
      return;
    }
    const node = p.index.get(event.id);
    if (node === undefined) return issues.push({ path: `${at}.id`, message: `no node "${event.id}"` });
    if (event.type === 'NODE_FAILS') {
      const hours = event.hours ?? Infinity;
      seeds.push({ node, hours, reason: event.hours ? `outage of ${event.hours} h` : 'fails', event: i });
      return;
    }
    if (!contractKinds.has(kindOf(p, node))) {
      return issues.push({
        path: `${at}.id`,
        message: contractKinds.size
          ? `"${event.id}" is a ${kindOf(p, node)}, not a ${[...contractKinds].join(' or ')}`
          : `"${event.id}" is a ${kindOf(p, node)}; the ${p.model.metamodel.name} metamodel has no kind that lapses`,
      });
    }
    const end = p.nodes[node]!.end;
    if (!end) return issues.push({ path: `${at}.id`, message: `contract "${event.id}" has no end date` });
    // A live successor takes over: nothing lapses.
    if (liveSuccessors(p, node).length) return;
    seeds.push({ node, hours: Infinity, reason: `lapses at its end (${end})`, event: i });
  });
  if (issues.length) throw new BadInputError('domain/impact', issues);
  return seeds;
}

/** Contracts whose end falls on or before the end of `by`, with no successor live the day after. */
export function endedContracts(p: Projection, by: PartialDate): number[] {
  const out: number[] = [];
  const contractKinds = p.model.contractKinds;
  for (let n = 0; n < p.size; n++) {
    if (!contractKinds.has(kindOf(p, n))) continue;
    const after = lapseDay(p, n);
    if (after !== null && after <= by.after && liveSuccessors(p, n).length === 0) out.push(n);
  }
  return out;
}

/**
 * The day a run is as at, when none is asked for: a contract's lapse is seen the day after its
 * end (the latest, for several), contracts ended by a date the day after that date's period;
 * anything else as at `today` (null: every date at once). The contract horizon asks the same way, so its counts agree.
 */
export function defaultAsAt(
  p: Projection,
  events: readonly ImpactEvent[],
  today: string | null,
): string | null {
  let latest: string | null = null;
  for (const event of events) {
    let day: string | null = null;
    if (event.type === 'CONTRACT_LAPSES') {
      const n = p.index.get(event.id);
      day = n === undefined ? null : lapseDay(p, n);
    } else if (event.type === 'CONTRACTS_ENDED_BY') {
      day = parsePartialDate(event.date)?.after ?? null;
    }
    if (day !== null && (latest === null || day > latest)) latest = day;
  }
  return latest ?? today;
}

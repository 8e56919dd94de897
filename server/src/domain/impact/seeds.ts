// Turns events into the nodes a run starts from, checked against the projection: an event that
// names an unknown node, a node of the wrong kind or a contract with no end date is bad input.
import { BadInputError, type InputIssue } from '../errors.js';
import { parsePartialDate, type PartialDate } from '../metamodel/partial-date.js';
import type { ImpactEvent } from './events.js';
import { kindOf, type Projection } from './projection.js';

export interface Seed {
  readonly node: number;
  /** Hours it stays down; Infinity when it does not come back. */
  readonly hours: number;
  /** The event, in words: "fails for 6 h", "lapses at its end (2015-02)". */
  readonly reason: string;
  readonly event: number;
}

export function seedsFor(p: Projection, events: readonly ImpactEvent[]): Seed[] {
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
    if (kindOf(p, node) !== 'Contract') {
      return issues.push({
        path: `${at}.id`,
        message: `"${event.id}" is a ${kindOf(p, node)}, not a Contract`,
      });
    }
    const end = p.nodes[node]!.end;
    if (!end) return issues.push({ path: `${at}.id`, message: `contract "${event.id}" has no end date` });
    seeds.push({ node, hours: Infinity, reason: `lapses at its end (${end})`, event: i });
  });
  if (issues.length) throw new BadInputError('domain/impact', issues);
  return seeds;
}

/** Contracts whose end falls on or before the end of `by`, and that no live contract replaces. */
export function endedContracts(p: Projection, by: PartialDate): number[] {
  const ended = (node: number) => {
    const end = p.nodes[node]!.end;
    const parsed = end ? parsePartialDate(end) : null;
    return parsed !== null && parsed.after <= by.after;
  };
  const replaced = new Set<number>();
  for (const link of p.links) {
    if (link.type === 'REPLACES' && kindOf(p, link.from) === 'Contract' && !ended(link.from))
      replaced.add(link.to);
  }
  const out: number[] = [];
  for (let n = 0; n < p.size; n++) {
    if (kindOf(p, n) === 'Contract' && ended(n) && !replaced.has(n)) out.push(n);
  }
  return out;
}

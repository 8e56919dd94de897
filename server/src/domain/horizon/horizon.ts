// The contract horizon: which contracts end in a window, when notice must be given, what their
// lapse would put at risk, and whether a project addresses them; and, for any date, which
// contracts are live and which systems then run with no live contract. "Contract", "system",
// "partner", "addresses" and "replaces" are roles in the projection's metamodel (impact roles of
// kinds, horizon roles of relationship types), whatever the kinds and types are called there.
import { parsePartialDate, type PartialDate } from '../metamodel/partial-date.js';
import { analyseImpact, type Headline, type ImpactCount, type ImpactReport } from '../impact/report.js';
import { kindOf, nodeLive, type Projection } from '../impact/projection.js';
import { liveSuccessors } from '../impact/seeds.js';
import { noticeDeadline } from '../time/calendar.js';
import { dayNumber } from '../time/live.js';

export interface HorizonEntry {
  readonly id: string;
  readonly end: string;
  readonly noticeMonths?: number;
  /** Last day to give notice: the end of the contract's period less the notice, as YYYY-MM-DD. */
  readonly noticeDeadline?: string;
  readonly impact: {
    /** What the lapse affects, the contract itself included: exactly the what-if of the
     *  contract's lapse (CONTRACT_LAPSES, as at the day after its end), so the counts agree. */
    readonly counts: readonly ImpactCount[];
    readonly headline: Headline;
    /** The day the lapse is seen: the day after the contract's end. */
    readonly asAt: string | null;
    /** Affected systems marked CRITICAL or HIGH. */
    readonly criticalSystems: readonly string[];
    readonly partners: readonly string[];
    readonly totalAffected: number;
  };
  /** Projects that ADDRESS the contract (re-procurement, extension, exit). */
  readonly addressedBy: readonly string[];
  /** Contracts that REPLACE it. */
  readonly replacedBy: readonly string[];
  /** Those of them live the day after its end: while there is one, it does not lapse. */
  readonly liveSuccessors: readonly string[];
}

const endOf = (p: Projection, n: number) => {
  const end = p.nodes[n]!.end;
  return end ? parsePartialDate(end) : null;
};

function linked(p: Projection, types: ReadonlySet<string>, to: number): string[] {
  if (types.size === 0) return [];
  return p.links.filter((l) => types.has(l.type) && l.to === to).map((l) => p.ids[l.from]!);
}

export interface HorizonOptions {
  /** The day (YYYY-MM-DD) the horizon is seen from: only contracts begun by then are listed,
   *  those in force and those since ended; one that starts later, or is planned with no start,
   *  is not there yet. Absent: every contract. */
  readonly asAt?: string;
  /** Today, for the what-if of a lapse that has no end day to be seen at. */
  readonly today?: string;
}

/** Contracts whose end falls in [from, to] (by overlap of periods), soonest first. */
export function contractHorizon(
  p: Projection,
  from: PartialDate,
  to: PartialDate,
  { asAt, today }: HorizonOptions = {},
): HorizonEntry[] {
  const seenFrom = asAt === undefined ? Infinity : dayNumber(asAt);
  const entries: { end: PartialDate; entry: HorizonEntry }[] = [];
  const { contractKinds, remedyTypes, successorTypes } = p.model;
  for (let n = 0; n < p.size; n++) {
    if (!contractKinds.has(kindOf(p, n))) continue;
    // Begun by the day: the first day of its live span (domain/time/live.ts) is not after it.
    if (p.nodeFrom[n]! > seenFrom) continue;
    const end = endOf(p, n);
    if (!end || end.after <= from.first || end.first >= to.after) continue;
    const id = p.ids[n]!;
    const notice = p.nodes[n]!.noticeMonths;
    entries.push({
      end,
      entry: {
        id,
        end: end.text,
        ...(notice !== undefined
          ? { noticeMonths: notice, noticeDeadline: noticeDeadline(end.text, notice) }
          : {}),
        impact: summarise(p, analyseImpact(p, [{ type: 'CONTRACT_LAPSES', id }], { today })),
        addressedBy: linked(p, remedyTypes, n),
        replacedBy: linked(p, successorTypes, n),
        liveSuccessors: liveSuccessors(p, n).map((c) => p.ids[c]!),
      },
    });
  }
  return entries
    .sort((a, b) =>
      a.end.first === b.end.first ? (a.entry.id < b.entry.id ? -1 : 1) : a.end.first < b.end.first ? -1 : 1,
    )
    .map((e) => e.entry);
}

function summarise(p: Projection, report: ImpactReport): HorizonEntry['impact'] {
  const others = report.affected;
  const { serviceKinds, partyKinds } = p.model;
  return {
    counts: report.counts,
    headline: report.headline,
    asAt: report.asAt,
    criticalSystems: others
      .filter(
        (a) =>
          serviceKinds.has(a.kind) &&
          ['CRITICAL', 'HIGH'].includes(p.nodes[p.index.get(a.id)!]!.criticality ?? ''),
      )
      .map((a) => a.id),
    partners: others.filter((a) => partyKinds.has(a.kind)).map((a) => a.id),
    totalAffected: report.totalAffected,
  };
}

export interface AsAtView {
  readonly date: string;
  readonly liveContracts: readonly string[];
  readonly endedContracts: readonly string[];
  /** Systems supplied under contracts, none of which is live on the date. */
  readonly systemsWithoutLiveContract: readonly {
    readonly id: string;
    readonly contracts: readonly string[];
  }[];
}

/** Which contracts are live on a day, and which contracted systems then have none. */
export function asAt(p: Projection, date: PartialDate): AsAtView {
  const day = date.first;
  const dayNo = dayNumber(day);
  const live = new Set<number>();
  const ended: string[] = [];
  const { contractKinds, serviceKinds } = p.model;
  for (let n = 0; n < p.size; n++) {
    if (!contractKinds.has(kindOf(p, n))) continue;
    const end = endOf(p, n);
    if (end && end.after <= day) ended.push(p.ids[n]!);
    else if (nodeLive(p, n, dayNo)) live.add(n);
  }
  const systems: { id: string; contracts: string[] }[] = [];
  for (let n = 0; n < p.size; n++) {
    if (!serviceKinds.has(kindOf(p, n)) || !nodeLive(p, n, dayNo)) continue;
    const contracts: number[] = [];
    for (let j = p.providers.offsets[n]!; j < p.providers.offsets[n + 1]!; j++) {
      const provider = p.edgeProvider[p.providers.items[j]!]!;
      if (contractKinds.has(kindOf(p, provider))) contracts.push(provider);
    }
    if (contracts.length && !contracts.some((c) => live.has(c))) {
      systems.push({ id: p.ids[n]!, contracts: contracts.map((c) => p.ids[c]!) });
    }
  }
  return {
    date: date.text,
    liveContracts: [...live].map((n) => p.ids[n]!).sort(),
    endedContracts: ended.sort(),
    systemsWithoutLiveContract: systems,
  };
}

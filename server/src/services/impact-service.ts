// What-if answers over the store: keeps the impact projection current with the store's graph
// version, and runs the domain's impact, explanation, horizon and comparison on it.
import { BadInputError, NotFoundError } from '../domain/errors.js';
import { asAt, contractHorizon, type AsAtView, type HorizonEntry } from '../domain/horizon/horizon.js';
import {
  analyseImpact,
  buildProjection,
  compareRuns,
  explainAll,
  impactEventsSchema,
  propagate,
  seedsFor,
  UNAFFECTED,
  type Explanation,
  type ImpactEvent,
  type ImpactReport,
  type Projection,
  type RunComparison,
} from '../domain/impact/index.js';
import { parsePartialDate, zodIssues, type PartialDate } from '../domain/metamodel/index.js';
import { dayNumber, today } from '../domain/time/live.js';
import type { GraphStore } from '../store/port.js';

const MODULE = 'services/impact';
const REPORT_CACHE = 16;

export class ImpactService {
  private cached: Projection | null = null;
  private building: Promise<Projection> | null = null;

  constructor(private readonly store: GraphStore) {}

  /** The projection at the store's current graph version, rebuilt only when the version moved. */
  async projection(): Promise<Projection> {
    const version = await this.store.graphVersion();
    if (this.cached?.version === version) return this.cached;
    this.building ??= this.store
      .exportTopology()
      .then(buildProjection)
      .finally(() => (this.building = null));
    const built = await this.building;
    if (!this.cached || built.version >= this.cached.version) this.cached = built;
    return built;
  }

  /** Recent reports by graph version and events: paging through a result, or several people
   *  looking at the same what-if, runs it once. */
  private readonly reports = new Map<string, ImpactReport>();

  /** A what-if run as at a day (YYYY-MM-DD); with none, as at the day its events imply (a
   *  contract's lapse: the day after its end) or else today. */
  async impact(events: unknown, asAt?: string): Promise<ImpactReport> {
    const parsed = parseEvents(events);
    const p = await this.projection();
    const now = today();
    const key = `${p.version}:${asAt ?? `default:${now}`}:${JSON.stringify(parsed)}`;
    const cached = this.reports.get(key);
    if (cached) {
      // Refresh its place: the map's order is the eviction order.
      this.reports.delete(key);
      this.reports.set(key, cached);
      return cached;
    }
    const report = analyseImpact(p, parsed, { asAt, today: now });
    this.reports.set(key, report);
    if (this.reports.size > REPORT_CACHE) this.reports.delete(this.reports.keys().next().value!);
    return report;
  }

  /** Chains by which the failure of `from` reaches `to`, shortest first. */
  async paths(from: string, to: string, count: number, asAt: string = today()): Promise<Explanation[]> {
    const p = await this.projection();
    const missing = [from, to].filter((id) => !p.index.has(id));
    if (missing.length) throw new NotFoundError(MODULE, missing);
    const run = propagate(p, seedsFor(p, [{ type: 'NODE_FAILS', id: from }]), dayNumber(asAt));
    const target = p.index.get(to)!;
    if (run.state[target] === UNAFFECTED) return [];
    return explainAll(p, run, target, count);
  }

  /** Contracts ending in [from, to] that have begun by `asAt` (YYYY-MM-DD); each one's lapse is
   *  the what-if `impact` gives for it. */
  async horizon(from: string, to: string, asAt: string = today()): Promise<HorizonEntry[]> {
    const [start, end] = [parseDate(from, 'from'), parseDate(to, 'to')];
    if (end.after <= start.first) {
      throw new BadInputError(MODULE, [{ path: 'to', message: `${to} is before ${from}` }]);
    }
    return contractHorizon(await this.projection(), start, end, { asAt, today: today() });
  }

  async asAt(date: string): Promise<AsAtView> {
    return asAt(await this.projection(), parseDate(date, 'date'));
  }

  async compare(a: unknown, b: unknown, asAt?: string): Promise<RunComparison> {
    const p = await this.projection();
    const options = { asAt, today: today() };
    return compareRuns(
      analyseImpact(p, parseEvents(a, 'a'), options),
      analyseImpact(p, parseEvents(b, 'b'), options),
    );
  }
}

export function parseEvents(events: unknown, path = 'events'): ImpactEvent[] {
  const parsed = impactEventsSchema.safeParse(events);
  if (!parsed.success) throw new BadInputError(MODULE, zodIssues(parsed.error, path));
  return parsed.data;
}

function parseDate(text: string, path: string): PartialDate {
  const date = parsePartialDate(text);
  if (!date)
    throw new BadInputError(MODULE, [
      { path, message: `"${text}" is not a date as YYYY, YYYY-MM or YYYY-MM-DD` },
    ]);
  return date;
}

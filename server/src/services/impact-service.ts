// What-if answers over the store: keeps the impact projection current with the store's graph
// version, and runs the domain's impact, explanation, horizon and comparison on it. Behind the
// read cache, the version is the cache's (no round trip per what-if), changes that touch only
// nodes' fields are patched into the projection as the cache applies them, and any other change
// rebuilds it from the cache's memory, never from a second read of the store.
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
import type { CachedGraphStore } from '../store/read-cache/cached-store.js';
import { patchNodeFields } from './projection-patch.js';

const MODULE = 'services/impact';
const REPORT_CACHE = 16;

export class ImpactService {
  private cached: Projection | null = null;
  private building: Promise<Projection> | null = null;

  private readonly cache: CachedGraphStore | null;
  /** Patches and rebuilds, for /readyz and the tests that drive them. */
  private counts = { patches: 0, builds: 0 };

  constructor(private readonly store: GraphStore) {
    this.cache = 'onApplied' in store ? (store as CachedGraphStore) : null;
    this.cache?.onApplied((changes, from, to) => {
      const cached = this.cached;
      if (!changes || !cached || cached.version !== from) return;
      const patched = patchNodeFields(cached, changes, to);
      if (patched) {
        this.cached = patched;
        this.counts.patches++;
      }
    });
  }

  stats(): { readonly version: number | null; readonly patches: number; readonly builds: number } {
    return { version: this.cached?.version ?? null, ...this.counts };
  }

  /** The projection at the current graph version, rebuilt only when the version moved. */
  async projection(): Promise<Projection> {
    const version = await (this.cache ? this.cache.readVersion() : this.store.graphVersion());
    if (this.cached?.version === version) return this.cached;
    this.building ??= this.store
      .exportTopology()
      .then((topology) => {
        this.counts.builds++;
        return buildProjection(topology);
      })
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

  /** Contracts ending in [from, to]; each one's lapse is the what-if `impact` gives for it. */
  async horizon(from: string, to: string): Promise<HorizonEntry[]> {
    const [start, end] = [parseDate(from, 'from'), parseDate(to, 'to')];
    if (end.after <= start.first) {
      throw new BadInputError(MODULE, [{ path: 'to', message: `${to} is before ${from}` }]);
    }
    return contractHorizon(await this.projection(), start, end, today());
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

// What-if answers over the store: keeps the impact projection current with the store's graph
// version, and runs the domain's impact, explanation, horizon and comparison on it. Behind the
// read cache, the version is the cache's (no round trip per what-if), changes to nodes' fields
// and to relationships outside redundancy groups are patched into the projection as the cache
// applies them, and any other change rebuilds it from the cache's memory, never from a second
// read of the store.
import { BadInputError, NotFoundError } from '../domain/errors.js';
import { asAt, contractHorizon, type AsAtView, type HorizonEntry } from '../domain/horizon/horizon.js';
import {
  buildProjection,
  compareRuns,
  explainAll,
  impactEventsSchema,
  impactEventsSchemaFor,
  planRun,
  propagate,
  propagationOf,
  reportOf,
  seedsFor,
  UNAFFECTED,
  type Explanation,
  type ImpactEvent,
  type ImpactReport,
  type Projection,
  type Propagation,
  type RunComparison,
  type Seed,
} from '../domain/impact/index.js';
import {
  CODE_METAMODEL,
  parsePartialDate,
  schemasFor,
  zodIssues,
  type Metamodel,
  type PartialDate,
} from '../domain/metamodel/index.js';
import { dayNumber, today } from '../domain/time/live.js';
import type { GraphStore } from '../store/port.js';
import type { ImpactPool } from './impact-pool/impact-pool.js';
import { shareProjection } from './impact-pool/shared-projection.js';
import type { CachedGraphStore } from '../store/read-cache/cached-store.js';
import { patchProjection } from './projection-patch.js';
import { NeighbourhoodService } from './neighbourhood-service.js';

const MODULE = 'services/impact';
const REPORT_CACHE = 16;

export class ImpactService {
  private cached: Projection | null = null;
  private building: Promise<Projection> | null = null;

  private readonly cache: CachedGraphStore | null;
  /** Patches and rebuilds, for /readyz and the tests that drive them. */
  private counts = { patches: 0, builds: 0 };
  /** Neighbourhoods, walked in the same pool over arrays built from the same topology reads. */
  readonly neighbourhoods: NeighbourhoodService;

  /** With a pool, runs walk in its worker threads over a projection in shared memory; without
   *  one, on the event loop. */
  constructor(
    private readonly store: GraphStore,
    private readonly pool: ImpactPool | null = null,
  ) {
    this.cache = 'onApplied' in store ? (store as CachedGraphStore) : null;
    this.neighbourhoods = new NeighbourhoodService(store, pool);
    this.cache?.onApplied((changes, from, to) => {
      const cached = this.cached;
      if (!changes || !cached || cached.version !== from) return;
      const patched = patchProjection(cached, changes, to);
      if (patched) {
        // New arrays (a field moved, an edge came or went) go into shared memory too when a pool reads them.
        const fresh = patched.rtoHours !== cached.rtoHours || patched.edgeProvider !== cached.edgeProvider;
        this.cached = this.pool && fresh ? shareProjection(patched) : patched;
        this.counts.patches++;
      }
    });
  }

  stats(): { readonly version: number | null; readonly patches: number; readonly builds: number } {
    return { version: this.cached?.version ?? null, ...this.counts };
  }

  /** The pool's queue waits and run times per lane (impact-pool/lane-timings.ts), for /readyz;
   *  null without a pool. */
  poolStats(since?: number): ReturnType<ImpactPool['stats']> | null {
    return this.pool?.stats(since) ?? null;
  }

  /** The projection at the current graph version over the store's metamodel (its kinds' impact
   *  roles, its types' directions of impact), rebuilt only when either moved. */
  async projection(): Promise<Projection> {
    const version = await (this.cache ? this.cache.readVersion() : this.store.graphVersion());
    const metamodel = this.store.metamodel;
    if (this.cached?.version === version && this.cached.model.metamodel === metamodel) return this.cached;
    this.building ??= this.store
      .exportTopology()
      .then((topology) => {
        this.counts.builds++;
        const built = buildProjection(topology, metamodel);
        this.neighbourhoods.adopt(topology, built);
        return this.pool ? shareProjection(built) : built;
      })
      .finally(() => (this.building = null));
    const built = await this.building;
    if (!this.cached || built.version >= this.cached.version) this.cached = built;
    return built;
  }

  /** Recent reports by graph version and events: paging through a result, or several people
   *  looking at the same what-if, runs it once (a run still walking is shared too). */
  private readonly reports = new Map<string, Promise<ImpactReport>>();

  /** A what-if run as at a day (YYYY-MM-DD); with none, as at the day its events imply (a
   *  contract's lapse: the day after its end) or else today. */
  async impact(events: unknown, asAt?: string): Promise<ImpactReport> {
    const parsed = parseEvents(events, 'events', this.store.metamodel);
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
    const report = this.analyse(p, parsed, asAt, now);
    this.reports.set(key, report);
    // A run that failed (bad input) is not kept.
    report.catch(() => {
      if (this.reports.get(key) === report) this.reports.delete(key);
    });
    if (this.reports.size > REPORT_CACHE) this.reports.delete(this.reports.keys().next().value!);
    return report;
  }

  /** Chains by which the failure of `from` reaches `to`, shortest first. */
  async paths(from: string, to: string, count: number, asAt: string = today()): Promise<Explanation[]> {
    const p = await this.projection();
    const missing = [from, to].filter((id) => !p.index.has(id));
    if (missing.length) throw new NotFoundError(MODULE, missing);
    const run = await this.run(p, seedsFor(p, [{ type: 'NODE_FAILS', id: from }]), dayNumber(asAt));
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
    const now = today();
    const [first, second] = await Promise.all([
      this.analyse(p, parseEvents(a, 'a', this.store.metamodel), asAt, now),
      this.analyse(p, parseEvents(b, 'b', this.store.metamodel), asAt, now),
    ]);
    return compareRuns(first, second);
  }

  private async analyse(
    p: Projection,
    events: readonly ImpactEvent[],
    asAt: string | undefined,
    now: string,
  ): Promise<ImpactReport> {
    const plan = planRun(p, events, { asAt, today: now });
    return reportOf(p, events, plan, await this.run(p, plan.seeds, plan.day));
  }

  /** The walk, in the pool when there is one. */
  private async run(p: Projection, seeds: readonly Seed[], day: number): Promise<Propagation> {
    if (!this.pool) return propagate(p, seeds, day);
    return propagationOf(p, seeds, day, await this.pool.walk(p, seeds, day));
  }
}

/** Events checked with ids of the metamodel's kinds (the council's unless told). */
export function parseEvents(
  events: unknown,
  path = 'events',
  metamodel: Metamodel = CODE_METAMODEL,
): ImpactEvent[] {
  const schema = metamodel === CODE_METAMODEL ? impactEventsSchema : eventsSchemaOf(metamodel);
  const parsed = schema.safeParse(events);
  if (!parsed.success) throw new BadInputError(MODULE, zodIssues(parsed.error, path));
  return parsed.data;
}

const eventSchemas = new WeakMap<Metamodel, typeof impactEventsSchema>();
function eventsSchemaOf(metamodel: Metamodel): typeof impactEventsSchema {
  let schema = eventSchemas.get(metamodel);
  if (!schema) eventSchemas.set(metamodel, (schema = impactEventsSchemaFor(schemasFor(metamodel).nodeId)));
  return schema;
}

function parseDate(text: string, path: string): PartialDate {
  const date = parsePartialDate(text);
  if (!date)
    throw new BadInputError(MODULE, [
      { path, message: `"${text}" is not a date as YYYY, YYYY-MM or YYYY-MM-DD` },
    ]);
  return date;
}

// Resolvers for what-if: they parse arguments, call the impact service or the store, and turn
// the domain's answers into the schema's shapes (ids become nodes through the loader).
import { z } from 'zod';
import { BadInputError, NotFoundError } from '../domain/errors.js';
import type { GraphNode, RelationshipType } from '../domain/metamodel/index.js';
import {
  alternativesFor,
  describeStep,
  idsNamedBy,
  relationshipSentence,
  relationshipWords,
  type Breach,
  type ExplanationStep,
  type ImpactEvent,
  type ImpactReport,
} from '../domain/impact/index.js';
import { scenarioInputShapeSchema, type Scenario } from '../domain/scenarios/scenario.js';
import { parseEvents } from '../services/impact-service.js';
import type { ApiContext } from './context.js';
import { asAtSchema } from './arguments.js';
import { connection, encodeOffsetCursor, offsetAfter } from './connection.js';
import type { Resolvers } from './generated/resolvers-types.js';
import { parseInput, withoutNulls } from './input.js';
import type { AffectedItem, RelationshipRefModel } from './models.js';

/** An as-at argument as its first day; undefined when absent (the run then takes the day its
 *  events imply, or today: see domain/impact/seeds.ts defaultAsAt). */
function optionalAsAt(value: string | null | undefined): string | undefined {
  return value == null
    ? undefined
    : parseInput(z.object({ asAt: asAtSchema }), { asAt: value }, 'api/impact').asAt;
}

type HopRef = RelationshipRefModel;
/** A hop's type is one of the store's metamodel's, as the relationships the loader reads are. */
const lookup = (h: HopRef) => ({ id: h.id, from: h.from, type: h.type as RelationshipType });

const finite = (hours: number | undefined) => (hours !== undefined && Number.isFinite(hours) ? hours : null);

const affectedArgs = z.object({
  first: z.number().int().min(1).max(500),
  after: z.string().max(200).nullish(),
  kinds: z.array(z.string()).optional(),
  states: z.array(z.string()).optional(),
});

async function scenarioById(ctx: ApiContext, id: string): Promise<Scenario> {
  const [scenario] = await ctx.store.getScenarios([id]);
  if (!scenario) throw new NotFoundError('api/scenario', [id], 'scenario');
  return scenario;
}

/** A resolver for the node whose id is the parent's `field`, through the request's loader. */
const node =
  <K extends string>(field: K) =>
  (parent: Readonly<Record<K, string>>, _: unknown, ctx: ApiContext) =>
    ctx.nodes.load(parent[field]);
/** A resolver for the nodes whose ids are the parent's `field`, in order. */
const nodes =
  <K extends string>(field: K) =>
  (parent: Readonly<Record<K, readonly string[]>>, _: unknown, ctx: ApiContext) =>
    loadAll(ctx, parent[field]);

/** Nodes by id, in order; the first that cannot be read fails the field (as an Error in a list
 *  of non-null nodes would). */
async function loadAll(ctx: ApiContext, ids: readonly string[]): Promise<GraphNode[]> {
  const found = await ctx.nodes.loadMany(ids);
  for (const n of found) if (n instanceof Error) throw n;
  return found as GraphNode[];
}

export const impactResolvers = {
  Query: {
    impact: async (
      _: unknown,
      args: { events?: unknown; scenario?: string | null; asAt?: string | null },
      ctx: ApiContext,
    ) => {
      if ((args.events == null) === (args.scenario == null)) {
        throw new BadInputError('api/impact', [
          { path: 'events', message: 'give either events or a scenario id' },
        ]);
      }
      const events = args.scenario
        ? (await scenarioById(ctx, args.scenario)).events
        : withoutNulls(args.events);
      return ctx.impact.impact(events, optionalAsAt(args.asAt));
    },
    explainPath: async (
      _: unknown,
      args: { from: string; to: string; count: number; asAt?: string | null },
      ctx: ApiContext,
    ) => {
      const { count, asAt } = parseInput(
        z.object({ count: z.number().int().min(1).max(10), asAt: asAtSchema }),
        { count: args.count, asAt: args.asAt },
        'api/explainPath',
      );
      return ctx.impact.paths(args.from, args.to, count, asAt);
    },
    contractHorizon: (
      _: unknown,
      args: { from: string; to: string; asAt?: string | null },
      ctx: ApiContext,
    ) => {
      const { asAt } = parseInput(z.object({ asAt: asAtSchema }), { asAt: args.asAt }, 'api/contractHorizon');
      return ctx.impact.horizon(args.from, args.to, asAt);
    },
    asAt: (_: unknown, args: { date: string }, ctx: ApiContext) => ctx.impact.asAt(args.date),
    scenarios: (_: unknown, __: unknown, ctx: ApiContext) => ctx.store.getScenarios(),
    scenario: (_: unknown, args: { id: string }, ctx: ApiContext) => scenarioById(ctx, args.id),
    compareScenarios: async (
      _: unknown,
      args: { a: string; b: string; asAt?: string | null },
      ctx: ApiContext,
    ) => {
      const [a, b] = await Promise.all([scenarioById(ctx, args.a), scenarioById(ctx, args.b)]);
      return ctx.impact.compare(a.events, b.events, optionalAsAt(args.asAt));
    },
  },
  Mutation: {
    saveScenario: async (_: unknown, args: { input: unknown }, ctx: ApiContext) => {
      const shape = parseInput(scenarioInputShapeSchema, args.input, 'api/saveScenario', 'input');
      const input = { ...shape, events: parseEvents(shape.events, 'input.events', ctx.store.metamodel) };
      await ctx.impact.impact(input.events); // names unknown nodes and bad dates before saving
      return ctx.store.saveScenario(input);
    },
    deleteScenario: async (_: unknown, args: { id: string }, ctx: ApiContext) => {
      await ctx.store.deleteScenario(args.id);
      return args.id;
    },
  },
  ImpactReport: {
    totalAffected: (r: ImpactReport) => r.totalAffected,
    asAt: (r: ImpactReport) => r.asAt,
    breaches: (r: ImpactReport) => r.breaches,
    affected: (r: ImpactReport, args: unknown) => {
      const { first, after, kinds, states } = parseInput(affectedArgs, args, 'api/affected');
      const offset = offsetAfter(after, 'api/affected');
      // Only the page is built: a run from a hub affects most of the graph.
      const page = r.page(offset, first, { kinds, states });
      return connection({
        items: page.items.map((entry): AffectedItem => ({ entry, report: r })),
        cursors: page.items.map((_, i) => encodeOffsetCursor(offset + i)),
        hasNextPage: offset + page.items.length < page.totalCount,
        hasPreviousPage: offset > 0,
        totalCount: page.totalCount,
      });
    },
    affectedNode: (r: ImpactReport, args: { id: string }) => {
      const entry = r.affectedNode(args.id);
      return entry ? { entry, report: r } : null;
    },
    graph: (r: ImpactReport) => {
      const subgraph = r.subgraph();
      return {
        // The subgraph's nodes are the run's affected nodes: each has a state.
        nodes: subgraph.nodes.flatMap((id) => {
          const state = r.stateOf(id);
          return state ? [{ id, state }] : [];
        }),
        // The schema's RelationshipType is built from the loaded metamodel's types.
        relationships: subgraph.relationships.map((rel) => ({ ...rel, type: rel.type as RelationshipType })),
      };
    },
  },
  ImpactEvent: {
    id: (e: ImpactEvent) => ('id' in e ? e.id : null),
    hours: (e: ImpactEvent) => ('hours' in e ? (e.hours ?? null) : null),
    date: (e: ImpactEvent) => ('date' in e ? e.date : null),
  },
  AffectedNode: {
    node: (a: AffectedItem, _: unknown, ctx: ApiContext) => ctx.nodes.load(a.entry.id),
    state: (a: AffectedItem) => a.entry.state,
    downHours: (a: AffectedItem) => finite(a.entry.downHours),
    indefinitelyDown: (a: AffectedItem) => a.entry.downHours === Infinity,
    explanation: (a: AffectedItem) => a.report.explain(a.entry.id),
    alternatives: (a: AffectedItem, args: { count: number }) => {
      const { count } = parseInput(
        z.object({ count: z.number().int().min(1).max(10) }),
        args,
        'api/alternatives',
      );
      return alternativesFor(a.report, a.entry.id, count);
    },
  },
  Breach: {
    node: node('id'),
    downHours: (b: Breach) => finite(b.downHours),
  },
  ExplanationStep: {
    node: node('node'),
    reason: async (s: ExplanationStep, _: unknown, ctx: ApiContext) => {
      const ids = idsNamedBy(s);
      const found = await ctx.nodes.loadMany(ids);
      const names = new Map(
        ids.map((id, i) => [id, found[i] instanceof Error ? id : (found[i] as GraphNode).name]),
      );
      return describeStep(s, (id) => names.get(id) ?? id, ctx.store.metamodel);
    },
    hop: (s: ExplanationStep) => s.relationship ?? null,
    lost: (s: ExplanationStep, _: unknown, ctx: ApiContext) => loadAll(ctx, s.lost ?? []),
    held: (s: ExplanationStep) => s.held ?? null,
    size: (s: ExplanationStep) => s.size ?? null,
    k: (s: ExplanationStep) => s.k ?? null,
    fallback: (s: ExplanationStep, _: unknown, ctx: ApiContext) =>
      s.fallback ? ctx.nodes.load(s.fallback) : null,
  },
  Hop: {
    from: node('from'),
    to: node('to'),
    words: (h: HopRef) => relationshipWords(h.type),
    text: async (h: HopRef, _: unknown, ctx: ApiContext) => {
      const [from, to] = await ctx.nodes.loadMany([h.from, h.to]);
      const nameOf = (n: unknown, id: string) => (n instanceof Error || !n ? id : (n as GraphNode).name);
      const names = new Map([
        [h.from, nameOf(from, h.from)],
        [h.to, nameOf(to, h.to)],
      ]);
      return relationshipSentence(h, (id) => names.get(id) ?? id, ctx.store.metamodel);
    },
    provenance: async (h: HopRef, _: unknown, ctx: ApiContext) =>
      (await ctx.relationships.load(lookup(h)))?.provenance ?? [],
    inferred: async (h: HopRef, _: unknown, ctx: ApiContext) =>
      ((await ctx.relationships.load(lookup(h)))?.provenance ?? []).some(
        (source) => source.inferred === true,
      ),
    note: async (h: HopRef, _: unknown, ctx: ApiContext) =>
      (await ctx.relationships.load(lookup(h)))?.note ?? null,
  },
  HorizonEntry: {
    contract: node('id'),
    addressedBy: nodes('addressedBy'),
    replacedBy: nodes('replacedBy'),
    liveSuccessors: nodes('liveSuccessors'),
  },
  HorizonImpact: {
    criticalSystems: nodes('criticalSystems'),
    partners: nodes('partners'),
  },
  AsAtView: {
    liveContracts: nodes('liveContracts'),
    endedContracts: nodes('endedContracts'),
  },
  SystemWithoutContract: {
    system: node('id'),
    contracts: nodes('contracts'),
  },
  Scenario: {
    impact: (s: Scenario, args: { asAt?: string | null }, ctx: ApiContext) =>
      ctx.impact.impact(s.events, optionalAsAt(args.asAt)),
  },
  NodeState: { node: node('id') },
  StateChange: { node: node('id') },
} satisfies Resolvers;

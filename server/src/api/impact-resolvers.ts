// Resolvers for what-if: they parse arguments, call the impact service or the store, and turn
// the domain's answers into the schema's shapes (ids become nodes through the loader).
import { z } from 'zod';
import { BadInputError, NotFoundError } from '../domain/errors.js';
import type { HorizonEntry } from '../domain/horizon/horizon.js';
import {
  alternativesFor,
  type AffectedNode,
  type Breach,
  type ExplanationStep,
  type ImpactEvent,
  type ImpactReport,
} from '../domain/impact/index.js';
import { scenarioInputSchema, type Scenario } from '../domain/scenarios/scenario.js';
import type { ApiContext } from './context.js';
import { parseInput, withoutNulls } from './input.js';

const finite = (hours: number | undefined) => (hours !== undefined && Number.isFinite(hours) ? hours : null);

const affectedArgs = z.object({
  first: z.number().int().min(1).max(500),
  offset: z.number().int().min(0),
  kinds: z.array(z.string()).optional(),
  states: z.array(z.string()).optional(),
});

async function scenarioById(ctx: ApiContext, id: string): Promise<Scenario> {
  const [scenario] = await ctx.store.getScenarios([id]);
  if (!scenario) throw new NotFoundError('api/scenario', [id], 'scenario');
  return scenario;
}

const node = (field: string) => (parent: Record<string, unknown>, _: unknown, ctx: ApiContext) =>
  parent[field] ? ctx.nodes.load(String(parent[field])) : null;
const nodes = (field: string) => (parent: Record<string, unknown>, _: unknown, ctx: ApiContext) =>
  ctx.nodes.loadMany(parent[field] as string[]);

export const impactResolvers = {
  Query: {
    impact: async (_: unknown, args: { events?: unknown; scenario?: string | null }, ctx: ApiContext) => {
      if ((args.events == null) === (args.scenario == null)) {
        throw new BadInputError('api/impact', [
          { path: 'events', message: 'give either events or a scenario id' },
        ]);
      }
      const events = args.scenario
        ? (await scenarioById(ctx, args.scenario)).events
        : withoutNulls(args.events);
      return ctx.impact.impact(events);
    },
    explainPath: async (_: unknown, args: { from: string; to: string; count: number }, ctx: ApiContext) => {
      const { count } = parseInput(
        z.object({ count: z.number().int().min(1).max(10) }),
        { count: args.count },
        'api/explainPath',
      );
      return ctx.impact.paths(args.from, args.to, count);
    },
    contractHorizon: (_: unknown, args: { from: string; to: string }, ctx: ApiContext) =>
      ctx.impact.horizon(args.from, args.to),
    asAt: (_: unknown, args: { date: string }, ctx: ApiContext) => ctx.impact.asAt(args.date),
    scenarios: (_: unknown, __: unknown, ctx: ApiContext) => ctx.store.getScenarios(),
    scenario: (_: unknown, args: { id: string }, ctx: ApiContext) => scenarioById(ctx, args.id),
    compareScenarios: async (_: unknown, args: { a: string; b: string }, ctx: ApiContext) => {
      const [a, b] = await Promise.all([scenarioById(ctx, args.a), scenarioById(ctx, args.b)]);
      return ctx.impact.compare(a.events, b.events);
    },
  },
  Mutation: {
    saveScenario: async (_: unknown, args: { input: unknown }, ctx: ApiContext) => {
      const input = parseInput(scenarioInputSchema, args.input, 'api/saveScenario', 'input');
      await ctx.impact.impact(input.events); // names unknown nodes and bad dates before saving
      return ctx.store.saveScenario(input);
    },
    deleteScenario: async (_: unknown, args: { id: string }, ctx: ApiContext) => {
      await ctx.store.deleteScenario(args.id);
      return args.id;
    },
  },
  ImpactReport: {
    totalAffected: (r: ImpactReport) => r.affected.length,
    breaches: (r: ImpactReport) => r.breaches,
    affected: (r: ImpactReport, args: unknown) => {
      const { first, offset, kinds, states } = parseInput(affectedArgs, args, 'api/affected');
      const matching = r.affected.filter(
        (a) => (!kinds?.length || kinds.includes(a.kind)) && (!states?.length || states.includes(a.state)),
      );
      const items = matching.slice(offset, offset + first).map((a) => ({ ...a, report: r }));
      const hasNextPage = offset + first < matching.length;
      return {
        items,
        totalCount: matching.length,
        hasNextPage,
        nextOffset: hasNextPage ? offset + first : null,
      };
    },
    affectedNode: (r: ImpactReport, args: { id: string }) => {
      const found = r.affected.find((a) => a.id === args.id);
      return found ? { ...found, report: r } : null;
    },
    elements: async (r: ImpactReport, _: unknown, ctx: ApiContext) => {
      const subgraph = r.subgraph();
      const named = await ctx.nodes.loadMany(subgraph.nodes);
      const state = new Map(r.affected.map((a) => [a.id, a.state]));
      return [
        ...subgraph.nodes.map((id, i) => {
          const n = named[i];
          return {
            group: 'nodes',
            data: {
              id,
              label: n instanceof Error || !n ? id : n.name,
              kind: n instanceof Error ? null : n?.kind,
              state: state.get(id),
            },
          };
        }),
        ...subgraph.relationships.map((rel) => ({
          group: 'edges',
          data: { id: `${rel.from}|${rel.type}|${rel.to}`, source: rel.from, target: rel.to, type: rel.type },
        })),
      ];
    },
  },
  ImpactEvent: {
    id: (e: ImpactEvent) => ('id' in e ? e.id : null),
    hours: (e: ImpactEvent) => ('hours' in e ? e.hours : null),
    date: (e: ImpactEvent) => ('date' in e ? e.date : null),
  },
  AffectedNode: {
    node: node('id'),
    downHours: (a: AffectedNode) => finite(a.downHours),
    indefinitelyDown: (a: AffectedNode) => a.downHours === Infinity,
    explanation: (a: AffectedNode & { report: ImpactReport }) => a.report.explain(a.id),
    alternatives: (a: AffectedNode & { report: ImpactReport }, args: { count: number }) => {
      const { count } = parseInput(
        z.object({ count: z.number().int().min(1).max(10) }),
        args,
        'api/alternatives',
      );
      return alternativesFor(a.report, a.id, count);
    },
  },
  Breach: {
    node: node('id'),
    downHours: (b: Breach) => finite(b.downHours),
  },
  ExplanationStep: {
    node: node('node'),
    fallback: (s: ExplanationStep, _: unknown, ctx: ApiContext) =>
      s.fallback ? ctx.nodes.load(s.fallback) : null,
  },
  HorizonEntry: {
    contract: node('id'),
    addressedBy: nodes('addressedBy'),
    replacedBy: nodes('replacedBy'),
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
    impact: (s: Scenario, _: unknown, ctx: ApiContext) => ctx.impact.impact(s.events),
  },
  NodeState: { node: node('id') },
  StateChange: { node: node('id') },
};

export type { HorizonEntry };

// A worker thread walks a projection of any metamodel: what it needs of the metamodel (which
// nodes are put at risk, which end of each edge suffers) travels in the projection's shared
// arrays, so a pool's answer on an ArchiMate graph is the event loop's.
import { afterAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import {
  analyseImpact,
  buildProjection,
  planRun,
  propagationOf,
  reportOf,
  type ImpactEvent,
  type Topology,
} from '../../domain/impact/index.js';
import { compileMetamodel, parseMetamodelText } from '../../domain/metamodel/index.js';
import { ImpactPool } from './impact-pool.js';
import { shareProjection } from './shared-projection.js';

const file = new URL('../../../../metamodels/archimate.yaml', import.meta.url);
const archimate = compileMetamodel(parseMetamodelText(readFileSync(file, 'utf8'), 'archimate.yaml'));

/** A node assigned to software serving a component, which realizes a goal. */
const topology: Topology = {
  version: 3,
  nodes: [
    { id: 'technologynode:srv', kind: 'TechnologyNode' },
    { id: 'systemsoftware:db', kind: 'SystemSoftware' },
    { id: 'applicationcomponent:crm', kind: 'ApplicationComponent' },
    { id: 'dataobject:data', kind: 'DataObject' },
    { id: 'goal:goal', kind: 'Goal' },
  ],
  edges: [
    { from: 'technologynode:srv', type: 'ASSIGNMENT', to: 'systemsoftware:db' },
    { from: 'systemsoftware:db', type: 'SERVING', to: 'applicationcomponent:crm' },
    { from: 'applicationcomponent:crm', type: 'ACCESS', to: 'dataobject:data' },
    { from: 'applicationcomponent:crm', type: 'REALIZATION', to: 'goal:goal' },
  ],
};

describe('the impact pool over a projection of the ArchiMate profile', () => {
  const pool = new ImpactPool(1);
  afterAll(() => pool.close());

  it('gives the states and explanations the event loop gives', async () => {
    const p = shareProjection(buildProjection(topology, archimate));
    const events: ImpactEvent[] = [{ type: 'NODE_FAILS', id: 'technologynode:srv' }];
    const plan = planRun(p, events);
    const pooled = reportOf(
      p,
      events,
      plan,
      propagationOf(p, plan.seeds, plan.day, await pool.walk(p, plan.seeds, plan.day)),
    );
    const local = analyseImpact(p, events);
    const states = (r: typeof local) => r.affected.map((a) => [a.id, a.state]);
    expect(states(pooled)).toEqual([
      ['technologynode:srv', 'DOWN'],
      ['systemsoftware:db', 'DOWN'],
      ['applicationcomponent:crm', 'DOWN'],
      ['goal:goal', 'AT_RISK'],
    ]);
    expect(states(pooled)).toEqual(states(local));
    expect(pooled.explain('goal:goal')).toEqual(local.explain('goal:goal'));
    expect(pooled.headline).toEqual({
      servicesDown: 3,
      servicesDegraded: 0,
      servicesExposed: 0,
      plansAtRisk: 1,
    });
  });
});

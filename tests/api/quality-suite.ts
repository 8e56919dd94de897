// The data-quality query through GraphQL over HTTP on each store: a small named graph with one
// gap of each sort, and `first` bounded with the field named when out of range.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../server/src/app/http-server.js';
import {
  defaultRelationshipId,
  parseBatch,
  type GraphBatchInput,
} from '../../server/src/domain/metamodel/index.js';
import type { GraphStore } from '../../server/src/store/port.js';
import { graphqlClient, startTestServer } from '../fixtures/test-server.js';

const cited = [{ document: 'ict.txt', section: '4' }];
const gaps = {
  nodes: [
    { kind: 'Site', id: 'site:dc', name: 'Data centre', provenance: cited },
    {
      kind: 'System',
      id: 'system:email',
      name: 'Email',
      criticality: 'CRITICAL',
      rtoHours: 4,
      provenance: cited,
    },
    { kind: 'System', id: 'system:payroll', name: 'Payroll', criticality: 'HIGH', provenance: cited },
    { kind: 'Contract', id: 'contract:mail', name: 'Mail contract', end: '2016', provenance: cited },
    { kind: 'Contract', id: 'contract:open', name: 'Open contract', noticeMonths: 3 },
  ],
  relationships: [
    { from: 'system:email', type: 'HOSTED_AT', to: 'site:dc', provenance: cited },
    {
      from: 'system:payroll',
      type: 'DEPENDS_ON',
      to: 'system:email',
      provenance: [{ document: 'ict.txt', section: '5', inferred: true }],
    },
  ],
} satisfies GraphBatchInput;

const QUERY = `query($first: Int!) { dataQuality(first: $first) {
  contractsWithoutEnd { totalCount items { id } }
  contractsWithoutNotice { totalCount items { id } }
  systemsWithoutRecoveryObjective { totalCount items { id } }
  criticalSystemsWithoutHost { totalCount items { id name } }
  nodesWithoutSource { totalCount items { id } }
  inferredLinks { totalCount items { relationship { id } from { name } to { name } } } } }`;

export function qualitySuite(
  label: string,
  open: () => Promise<{ store: GraphStore; close(): Promise<void> }>,
) {
  describe(`data quality over HTTP: ${label}`, () => {
    let server: RunningServer;
    let opened: { store: GraphStore; close(): Promise<void> };

    beforeAll(async () => {
      opened = await open();
      await opened.store.clear();
      await opened.store.applyBatch(parseBatch(gaps));
      server = await startTestServer(opened.store);
    });
    afterAll(async () => {
      await server?.close();
      await opened?.close();
    });

    it('lists one gap of each sort', async () => {
      const answer = await graphqlClient(server.graphqlUrl)(QUERY, { first: 10 });
      expect(answer.errors).toBeUndefined();
      const ids = (gap: { items: { id: string }[] }) => gap.items.map((n) => n.id);
      const q = answer.data!.dataQuality as Record<string, { totalCount: number; items: { id: string }[] }>;
      expect(ids(q.contractsWithoutEnd!)).toEqual(['contract:open']);
      expect(ids(q.contractsWithoutNotice!)).toEqual(['contract:mail']);
      expect(ids(q.systemsWithoutRecoveryObjective!)).toEqual(['system:payroll']);
      expect(q.criticalSystemsWithoutHost!.items).toEqual([{ id: 'system:payroll', name: 'Payroll' }]);
      expect(ids(q.nodesWithoutSource!)).toEqual(['contract:open']);
      expect(q.inferredLinks).toEqual({
        totalCount: 1,
        items: [
          {
            relationship: { id: defaultRelationshipId('system:payroll', 'DEPENDS_ON', 'system:email') },
            from: { name: 'Payroll' },
            to: { name: 'Email' },
          },
        ],
      });
    });

    it('keeps the counts when first cuts the lists, and refuses a first out of range', async () => {
      const cut = await graphqlClient(server.graphqlUrl)(QUERY, { first: 0 });
      const q = cut.data!.dataQuality as Record<string, { totalCount: number; items: unknown[] }>;
      expect([
        q.systemsWithoutRecoveryObjective!.totalCount,
        q.systemsWithoutRecoveryObjective!.items,
      ]).toEqual([1, []]);
      const bad = await graphqlClient(server.graphqlUrl)(QUERY, { first: 501 });
      expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(bad.errors?.[0]?.message).toContain('first: must be a whole number from 0 to 500');
    });
  });
}

import { describe, expect, it } from 'vitest';
import type { GraphNode, GraphRelationship } from '../metamodel/index.js';
import { dataQuality } from './data-quality.js';

const source = [{ document: 'strategy.pdf', section: '3.1' }];
const implied = [{ document: 'strategy.pdf', section: '3.2', inferred: true }];
const node = (fields: Partial<GraphNode> & Pick<GraphNode, 'id' | 'kind' | 'name'>): GraphNode =>
  ({ aliases: [], provenance: source, version: 1, ...fields }) as GraphNode;

describe('dataQuality', () => {
  // A contract with everything, one with no end, one with no notice period; a critical system
  // hosted, one not; a low one not hosted; a site with no source.
  const nodes = [
    node({ id: 'contract:full', kind: 'Contract', name: 'Full', end: '2015-02', noticeMonths: 6 }),
    node({ id: 'contract:open', kind: 'Contract', name: 'Open-ended', noticeMonths: 3 }),
    node({ id: 'contract:silent', kind: 'Contract', name: 'Silent', end: '2016' }),
    node({ id: 'system:email', kind: 'System', name: 'Email', criticality: 'CRITICAL', rtoHours: 4 }),
    node({ id: 'system:payroll', kind: 'System', name: 'Payroll', criticality: 'HIGH' }),
    node({ id: 'system:intranet', kind: 'System', name: 'Intranet', criticality: 'LOW', rtoHours: 72 }),
    node({ id: 'site:dc', kind: 'Site', name: 'Data centre', provenance: [] }),
  ];
  const relationships: GraphRelationship[] = [
    { id: 'rel:email-dc', from: 'system:email', type: 'HOSTED_AT', to: 'site:dc', provenance: source },
    {
      id: 'rel:payroll-email',
      from: 'system:payroll',
      type: 'DEPENDS_ON',
      to: 'system:email',
      provenance: implied,
    },
    {
      id: 'rel:intranet-email',
      from: 'system:intranet',
      type: 'DEPENDS_ON',
      to: 'system:email',
      provenance: [...source, ...implied],
    },
  ];
  const report = dataQuality(nodes, relationships);
  const ids = (list: readonly { id: string }[]) => list.map((n) => n.id);

  it('lists contracts with no end and with no notice period', () => {
    expect(ids(report.contractsWithoutEnd)).toEqual(['contract:open']);
    expect(ids(report.contractsWithoutNotice)).toEqual(['contract:silent']);
  });

  it('lists systems with no recovery objective, and critical ones with no host', () => {
    expect(ids(report.systemsWithoutRecoveryObjective)).toEqual(['system:payroll']);
    expect(ids(report.criticalSystemsWithoutHost)).toEqual(['system:payroll']);
  });

  it('lists links only implied by every source, and nodes citing none', () => {
    expect(report.inferredLinks.map((r) => `${r.from} ${r.to}`)).toEqual(['system:payroll system:email']);
    expect(ids(report.nodesWithoutSource)).toEqual(['site:dc']);
  });
});

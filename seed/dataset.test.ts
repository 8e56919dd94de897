import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { BadInputError } from '../server/src/domain/errors.js';
import type { GraphBatch, NodeInput, RelationshipInput } from '../server/src/domain/metamodel/index.js';
import {
  normaliseWhitespace,
  readDataset,
  readDatasetFiles,
  SEED_DIR,
  SOURCE_DOCUMENTS,
  SOURCES_DIR,
} from './dataset.js';
import { citation, SOURCE_REGISTER } from './source-register.js';

let batch: GraphBatch;
let byId: Map<string, NodeInput>;
const rels = (filter: Partial<Pick<RelationshipInput, 'from' | 'type' | 'to'>>): RelationshipInput[] =>
  batch.relationships.filter(
    (r) =>
      (filter.from === undefined || r.from === filter.from) &&
      (filter.type === undefined || r.type === filter.type) &&
      (filter.to === undefined || r.to === filter.to),
  );
const has = (from: string, type: RelationshipInput['type'], to: string): boolean =>
  rels({ from, type, to }).length === 1;
const node = (id: string): Record<string, unknown> => {
  const n = byId.get(id);
  if (!n) throw new Error(`no node ${id}`);
  return n as Record<string, unknown>;
};

beforeAll(async () => {
  batch = await readDataset();
  byId = new Map(batch.nodes.map((n) => [n.id, n]));
});

describe('seed dataset: inferred links', () => {
  it('marks in its provenance every relationship whose note says it is inferred, and only those', () => {
    const saysInferred = (r: RelationshipInput) => /^inferred/i.test(r.note?.trim() ?? '');
    const marked = (r: RelationshipInput) =>
      r.provenance.length > 0 && r.provenance.every((p) => p.inferred === true);
    expect(batch.relationships.filter(saysInferred).length).toBeGreaterThan(50);
    for (const r of batch.relationships)
      expect(marked(r), `${r.from} ${r.type} ${r.to}`).toBe(saysInferred(r));
  });

  it('says why in its description wherever a node rests on an inferred citation, and only there', () => {
    const inferredNodes = batch.nodes.filter((n) => n.provenance.some((p) => p.inferred === true));
    expect(inferredNodes.map((n) => n.id)).toContain('contract:sims-capita');
    for (const n of batch.nodes) {
      expect(/\bInferred\b/.test(n.description ?? ''), n.id).toBe(inferredNodes.includes(n));
    }
  });
});

describe('seed dataset: validity', () => {
  it('reads, validates and checks every YAML file as one batch', () => {
    expect(batch.nodes.length).toBeGreaterThan(300);
    expect(batch.relationships.length).toBeGreaterThan(450);
    expect(batch.deleteNodes).toEqual([]);
    expect(batch.deleteRelationships).toEqual([]);
  });

  it('declares each node once, across all files', async () => {
    const files = await readDatasetFiles();
    const ids = files.flatMap((f) => f.nodes.map((n) => n.id));
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('cites one of the five source documents, with a quote, on every node and relationship', () => {
    for (const item of [...batch.nodes, ...batch.relationships]) {
      expect(item.provenance.length).toBeGreaterThan(0);
      for (const p of item.provenance) {
        expect(SOURCE_DOCUMENTS).toContain(p.document);
        expect(p.quote?.trim()).toBeTruthy();
      }
    }
  });

  // Never skipped: the documents are kept in the repository so that every clone checks the claim.
  it('finds every quote verbatim in its cited document', () => {
    const absent = SOURCE_DOCUMENTS.filter((d) => !existsSync(path.join(SOURCES_DIR, d)));
    if (absent.length > 0) {
      throw new Error(
        `source documents missing: ${absent.join(', ')} are expected in ${SOURCES_DIR} (seed/sources/ in the repository)`,
      );
    }
    const texts = new Map(
      SOURCE_DOCUMENTS.map((d) => [d, normaliseWhitespace(readFileSync(path.join(SOURCES_DIR, d), 'utf8'))]),
    );
    const missing: string[] = [];
    const items: [string, { provenance: { document: string; quote?: string | undefined }[] }][] = [
      ...batch.nodes.map((n) => [n.id, n] as [string, NodeInput]),
      ...batch.relationships.map((r) => [`${r.from} ${r.type} ${r.to}`, r] as [string, RelationshipInput]),
    ];
    for (const [where, item] of items) {
      for (const p of item.provenance) {
        if (!texts.get(p.document)?.includes(normaliseWhitespace(p.quote ?? ''))) {
          missing.push(`${where}: [${p.document}] "${p.quote}"`);
        }
      }
    }
    expect(missing).toEqual([]);
  });

  it('registers exactly the documents kept in seed/sources, each with a title, publisher and date', () => {
    const kept = readdirSync(SOURCES_DIR)
      .filter((f) => f.endsWith('.txt'))
      .sort();
    expect(kept).toEqual(SOURCE_DOCUMENTS);
    for (const d of SOURCE_DOCUMENTS) {
      const s = SOURCE_REGISTER[d]!;
      expect(s.title && s.publisher, d).toBeTruthy();
      expect(s.date, d).toMatch(/^\d{4}(-\d{2}(-\d{2})?)?$/);
    }
    expect(citation({ document: '001_76edc5f6bd1b76ff.txt', section: 'Section E' })).toBe(
      'KCC ICT Divisional Business Plan 2013-14, Section E',
    );
  });

  it('says why, in a note, wherever a relationship is inferred rather than stated', () => {
    // Hosting on the data centres is never stated system by system, except for the data centre itself.
    for (const r of rels({ type: 'HOSTED_AT' })) {
      if (r.redundancy && r.from !== 'system:regional-data-centre') expect(r.note).toMatch(/Inferred/);
    }
    for (const r of batch.relationships.filter((x) => x.fallback)) expect(r.note).toBeTruthy();
  });

  it('leaves unlinked only the nodes METAMODEL-NOTES.md lists (the metamodel cannot link them)', () => {
    const linked = new Set(
      batch.relationships.flatMap((r) => [r.from, r.to, ...(r.fallback ? [r.fallback] : [])]),
    );
    const unlinked = batch.nodes.filter((n) => !linked.has(n.id)).map((n) => n.id);
    const notes = readFileSync(path.join(SEED_DIR, 'METAMODEL-NOTES.md'), 'utf8');
    for (const id of unlinked) expect(notes).toContain(`\`${id}\``);
  });
});

describe('seed dataset: coverage of the sources', () => {
  it('has the strategies', () => {
    for (const id of [
      'strategy:bold-steps-for-kent',
      'strategy:kcc-ict-strategy-2012',
      'strategy:customer-service-strategy',
      'strategy:kcc-ict-business-plan-2013-14',
      'strategy:kcc-technology-strategy-2016-2020',
      'strategy:kcc-technology-strategy-2020-2023',
      'strategy:uk-ict-strategy-2010',
      'strategy:uk-government-ict-strategy-2011',
      'strategy:maidstone-information-strategy-2011-14',
      'strategy:county-corporate-ict-strategy-2007',
    ]) {
      expect(byId.get(id)?.kind, id).toBe('Strategy');
    }
    expect(has('strategy:kcc-ict-strategy-2012', 'ALIGNS_WITH', 'strategy:bold-steps-for-kent')).toBe(true);
    expect(
      has(
        'strategy:kcc-technology-strategy-2020-2023',
        'ALIGNS_WITH',
        'strategy:kcc-technology-strategy-2016-2020',
      ),
    ).toBe(true);
    expect(
      has('strategy:uk-government-ict-strategy-2011', 'ALIGNS_WITH', 'strategy:uk-ict-strategy-2010'),
    ).toBe(true);
    expect(node('strategy:kcc-technology-strategy-2020-2023')).toMatchObject({ start: '2020', end: '2023' });
  });

  it('has the themes, each PART_OF its strategy', () => {
    const partOf = (strategy: string) =>
      rels({ type: 'PART_OF', to: strategy })
        .map((r) => r.from)
        .sort();
    expect(partOf('strategy:kcc-technology-strategy-2020-2023')).toEqual(
      [
        'theme:agile-and-flexible-digital-service-model',
        'theme:governance-risk-security-and-compliance',
        'theme:information-for-business-and-customer-insight',
        'theme:modern-ict-infrastructure',
      ].sort(),
    );
    const priorities = partOf('strategy:kcc-ict-business-plan-2013-14');
    expect(priorities).toHaveLength(5);
    expect(priorities.map((id) => node(id).code).sort()).toEqual([1, 2, 3, 4, 5].map((n) => `Priority ${n}`));
    for (const t of [
      'business-improvement',
      'flexible-working',
      'partnership-working',
      'information-management',
      'access-channel-migration',
      'infrastructure-and-technology-upgrades',
      'skills-and-resources',
      'green-ict',
    ]) {
      expect(
        has(`theme:maidstone-${t}`, 'PART_OF', 'strategy:maidstone-information-strategy-2011-14'),
        t,
      ).toBe(true);
    }
    expect(partOf('strategy:uk-ict-strategy-2010')).toHaveLength(3 + 14);
    for (const id of batch.nodes.filter((n) => n.kind === 'Theme').map((n) => n.id)) {
      expect(rels({ from: id, type: 'PART_OF' }).length, id).toBeGreaterThan(0);
    }
  });

  it('ties local themes to national ones where the sources do', () => {
    expect(
      has(
        'theme:shared-public-service-infrastructure',
        'ALIGNS_WITH',
        'theme:uk-ict-strand-public-sector-network',
      ),
    ).toBe(true);
    expect(
      has('theme:maidstone-green-ict', 'ALIGNS_WITH', 'theme:uk-ict-strand-greening-government-ict'),
    ).toBe(true);
    expect(has('theme:channel-shift', 'ALIGNS_WITH', 'strategy:digital-by-default')).toBe(true);
    expect(
      has(
        'theme:ict-2013-14-priority-3-broadband-not-spots-and-regeneration',
        'ALIGNS_WITH',
        'theme:bold-steps-priority-seven',
      ),
    ).toBe(true);
  });

  // [id, code, priority] for every numbered action of the 2013-14 business plan.
  const ACTIONS_2013_14: [string, string, number][] = [
    ['business-and-partnership-development', '1', 1],
    ['ict-solutions-for-smes', '1.1', 1],
    ['strategic-partnership-with-private-sector-provider', '1.2', 1],
    ['shared-service-unit-cost-reduction', '1.3', 1],
    ['ict-business-operating-model', '1.4', 1],
    ['ict-security', '2', 1],
    ['security-compliance-updates', '2.1', 1],
    ['iso27001-accreditation-plan', '2.2', 1],
    ['unified-communications', '3', 1],
    ['unified-communications-contact-centre-integration', '3.1', 1],
    ['continuous-improvement', '4', 1],
    ['external-benchmarking', '4.1', 1],
    ['itil-framework-progression', '4.2', 1],
    ['influencing-national-policy', '5', 1],
    ['lobbying-to-reduce-technical-duplication', '5.1', 1],
    ['customer-services-strategy-ict-delivery', '6', 1],
    ['crm-microsoft-dynamics-delivery', '6.1', 1],
    ['customer-services-system-analysis', '6.2', 1],
    ['sharepoint-templates', '6.3', 1],
    ['sharepoint-migration', '6.4', 1],
    ['kent-gov-uk-website-platform-refresh', '6.5', 1],
    ['improving-employment-outcomes', '7', 1],
    ['ict-apprenticeships-for-looked-after-children', '7.1', 1],
    ['ict-staff-competencies-and-skills', '8', 1],
    ['kent-manager-for-ict-staff', '8.1', 1],
    ['ict-staff-training-and-up-skilling', '8.2', 1],
    ['protocol-implementation-for-fsc', '7', 2],
    ['protocol-support-for-inspection-changes', '7.1', 2],
    ['erp-implementation', '8', 2],
    ['oracle-infrastructure-rationalisation', '8.1', 2],
    ['erp-phase-2-obi-and-e-invoicing', '8.2', 2],
    ['new-work-spaces', '9', 2],
    ['new-work-spaces-user-profiles', '9.1', 2],
    ['new-work-spaces-demonstration-sites', '9.2', 2],
    ['new-work-spaces-wireless', '9.3', 2],
    ['tablets-as-core-devices', '9.4', 2],
    ['smart-phones-as-core-devices', '9.5', 2],
    ['byod-secure-infrastructure', '9.6', 2],
    ['ict-solution-for-members', '9.7', 2],
    ['partnerships-2013-14', '10', 2],
    ['psn-connections-kent-east-sussex-surrey', '10.1', 2],
    ['shared-projects-with-health-informatics-service', '10.2', 2],
    ['improve-broadband-provision', '11', 3],
    ['bduk-procurement-technical-input', '11.1', 3],
    ['broadband-opportunities-research', '11.2', 3],
    ['support-and-maintenance-contracts', '12', 4],
    ['annual-contract-end-date-review', '12.1', 4],
    ['kpsn-replacement', '13', 4],
    ['kpsn-tender-preparation', '13.1', 4],
    ['user-devices', '14', 4],
    ['desktop-laptop-refresh-windows-7', '14.1', 4],
    ['thin-client-delivery-model', '14.2', 4],
    ['managed-print-service', '15', 4],
    ['managed-print-contract-implementation', '15.1', 4],
    ['schools-service-development', '16', 5],
    ['sims-upgrade-installations', '16.1', 5],
    ['edukent-service-promotion', '16.2', 5],
    ['apple-support-and-lightspeed-mdm', '16.3', 5],
    ['bsf-schools-managed-service', '16.4', 5],
    ['curriculum-support-and-sims-hosting-take-up', '16.5', 5],
    ['klz-and-schools-broadband-retention', '16.6', 5],
    ['eisnet-roadmap-and-pricing', '16.7', 5],
    ['teacher-cpd-training-programme', '16.8', 5],
    ['schools-services-break-even', '16.9', 5],
  ];

  it('has every numbered action of the 2013-14 plan, with its code, delivering its priority', () => {
    const priority = (n: number) =>
      rels({ type: 'PART_OF', to: 'strategy:kcc-ict-business-plan-2013-14' })
        .map((r) => r.from)
        .find((id) => node(id).code === `Priority ${n}`);
    for (const [slug, code, p] of ACTIONS_2013_14) {
      const id = `project:${slug}`;
      expect(node(id), id).toMatchObject({ kind: 'Project', code });
      expect(has(id, 'DELIVERS', priority(p)!), `${id} DELIVERS priority ${p}`).toBe(true);
    }
    expect(new Set(ACTIONS_2013_14.map(([s]) => s)).size).toBe(ACTIONS_2013_14.length);
  });

  it("keeps the plan's owners and dates", () => {
    expect(node('project:ict-solutions-for-smes')).toMatchObject({ start: '2013-04', end: '2014-03' });
    expect(node('project:kent-manager-for-ict-staff')).toMatchObject({ start: '2012-03', end: '2014-03' });
    expect(node('project:crm-microsoft-dynamics-delivery')).toMatchObject({
      owner: 'Lee Morson',
      start: '2013-04',
      end: '2013-09',
    });
    expect(node('project:kpsn-replacement')).toMatchObject({ owner: 'Jacky Scobell', end: '2015-02' });
    expect(node('project:kpsn-tender-preparation')).toMatchObject({ start: '2013-04', end: '2014-03' });
    expect(node('project:managed-print-contract-implementation')).toMatchObject({
      start: '2013-02',
      end: '2014-03',
    });
    expect(node('project:security-compliance-updates')).toMatchObject({ status: 'ACTIVE' });
    expect(has('project:kpsn-replacement', 'DEPENDS_ON', 'project:kpsn-tender-preparation')).toBe(true);
    expect(has('project:kpsn-tender-preparation', 'ADDRESSES', 'contract:kpsn-unisys')).toBe(true);
    expect(
      has('project:managed-print-contract-implementation', 'ADDRESSES', 'contract:managed-print-service'),
    ).toBe(true);
    expect(
      has('project:bduk-procurement-technical-input', 'ADDRESSES', 'contract:kent-and-medway-bduk-call-off'),
    ).toBe(true);
  });

  it('has the 2020-2023 activity list, each delivering a 2020-2023 theme', () => {
    const themes = new Set(
      rels({ type: 'PART_OF', to: 'strategy:kcc-technology-strategy-2020-2023' }).map((r) => r.from),
    );
    for (const [slug, system] of [
      ['corporate-onedrive', 'system:onedrive'],
      ['sessions-house-san-replacement', 'system:sessions-house-san'],
      ['skype-to-teams-telephony-migration', 'system:microsoft-teams'],
      ['video-conferencing-deployment', 'system:video-conferencing'],
      ['kent-and-medway-care-record-integration', 'system:kent-and-medway-care-record'],
      ['cloud-data-platform', 'system:cloud-data-platform'],
      ['microsoft-defender-rollout', 'system:microsoft-defender'],
      ['microsoft-managed-desktop-rollout', 'system:microsoft-managed-desktop'],
      ['microsoft-intune-rollout', 'system:microsoft-intune'],
      ['ransomware-protection', 'system:advanced-backup'],
      ['psn-code-of-compliance', null],
      ['iot-robotics-and-automation-pilots', null],
    ] as const) {
      const id = `project:${slug}`;
      expect(
        rels({ from: id, type: 'DELIVERS' }).some((r) => themes.has(r.to)),
        id,
      ).toBe(true);
      if (system) expect(has(id, 'CHANGES', system), `${id} CHANGES ${system}`).toBe(true);
    }
    expect(has('project:maidstone-edrms-rollout', 'CHANGES', 'system:maidstone-edrms')).toBe(true);
    expect(has('project:mkip-shared-ict-service', 'DELIVERS', 'theme:maidstone-partnership-working')).toBe(
      true,
    );
  });

  it('has the systems, with the business-continuity objectives', () => {
    expect(node('system:kpsn')).toMatchObject({ rtoHours: 4, category: 'NETWORK', criticality: 'CRITICAL' });
    // "the core minimum service level is 99.99%": the core's, not the whole network's.
    expect(node('system:kpsn').minServiceLevel).toBeUndefined();
    expect(node('system:kpsn-core')).toMatchObject({ minServiceLevel: 99.99 });
    expect(has('system:kpsn', 'DEPENDS_ON', 'system:kpsn-core')).toBe(true);
    expect(node('system:ict-service-desk')).toMatchObject({ rtoHours: 1 });
    expect(node('system:regional-data-centre')).toMatchObject({ rtoHours: 8 });
    expect(node('system:file-shares')).toMatchObject({ rtoHours: 8 });
    expect(node('system:sharepoint')).toMatchObject({ rtoHours: 8 });
    expect(node('system:klz')).toMatchObject({ rtoHours: 8 });
    for (const id of [
      'system:supportworks',
      'system:email-on-premises',
      'system:hipath-telephony',
      'system:crm-microsoft-dynamics',
      'system:oracle-erp',
      'system:oracle-business-intelligence',
      'system:sims',
      'system:eisnet',
      'system:kent-gov-uk-website',
      'system:microsoft-azure',
      'system:microsoft-365',
      'system:microsoft-teams',
      'system:remote-access',
      'system:lightspeed-mdm',
      'system:schools-broadband',
    ]) {
      expect(byId.get(id)?.kind, id).toBe('System');
    }
  });

  it('dates what the documents date: financial years April to March, the successor only planned', () => {
    expect(node('strategy:kcc-ict-business-plan-2013-14')).toMatchObject({
      start: '2013-04',
      end: '2014-03',
    });
    expect(node('theme:ict-2013-14-priority-4-sustaining-the-infrastructure')).toMatchObject({
      start: '2013-04',
      end: '2014-03',
    });
    expect(node('strategy:maidstone-information-strategy-2011-14')).toMatchObject({
      start: '2011-04',
      end: '2014-03',
    });
    expect(node('project:total-refresh-programme')).toMatchObject({ start: '2017-04', end: '2018-03' });
    // "Prepare for tendering process leading to the award of a new contract": a tender, not a contract.
    expect(node('contract:kpsn-successor')).toMatchObject({ planned: true });
    expect(node('contract:kpsn-successor').start).toBeUndefined();
    // "Signing of Kent and Medway BDUK call off contract Apr 2013".
    expect(node('contract:kent-and-medway-bduk-call-off')).toMatchObject({ start: '2013-04' });
    // "Skype for Business and MS Teams in 2018/19"; Microsoft 365 under the 2016-2020 strategy.
    expect(node('system:microsoft-teams')).toMatchObject({ start: '2018-04' });
    expect(node('system:microsoft-365')).toMatchObject({ start: '2016' });
    expect(node('system:digital-business-technology-platform')).toMatchObject({ planned: true });
    // Every 2020-2023 activity starts with its plan.
    for (const r of rels({ type: 'DELIVERS' }).filter((x) => x.to === 'theme:modern-ict-infrastructure'))
      expect(String(node(r.from).start ?? ''), r.from).toMatch(/^20(1[6-9]|2\d)/);
  });

  it('has the KPSN contract with Unisys, ending February 2015', () => {
    expect(node('contract:kpsn-unisys')).toMatchObject({
      kind: 'Contract',
      supplier: 'Unisys',
      end: '2015-02',
    });
    expect(has('contract:kpsn-unisys', 'WITH', 'partner:unisys')).toBe(true);
    expect(has('system:kpsn', 'SUPPLIED_UNDER', 'contract:kpsn-unisys')).toBe(true);
    expect(has('contract:kpsn-successor', 'REPLACES', 'contract:kpsn-unisys')).toBe(true);
    expect(node('contract:schools-broadband-subscriptions')).toMatchObject({ end: '2015-02' });
  });

  it('holds every contract that names a supplier WITH a partner', () => {
    for (const [contract, partner] of [
      ['contract:sims-capita', 'partner:capita'],
      ['contract:lightspeed-mdm', 'partner:lightspeed'],
      ['contract:microsoft-e5-licensing', 'partner:microsoft'],
      ['contract:deloitte-ict-service-review', 'partner:deloitte'],
      ['contract:property-asset-management-shared-service', 'partner:hampshire-county-council'],
    ]) {
      expect(has(contract!, 'WITH', partner!), `${contract} WITH ${partner}`).toBe(true);
    }
    // Parties that are not suppliers carry no impact onto the contract.
    for (const [partner, contract] of [
      ['partner:surrey-county-council', 'contract:managed-print-service'],
      ['partner:medway-council', 'contract:kent-and-medway-bduk-call-off'],
      ['partner:kent-schools', 'contract:schools-broadband-subscriptions'],
      // BDUK runs the procurement; the plan names no supplier for the call-off.
      ['partner:bduk', 'contract:kent-and-medway-bduk-call-off'],
    ]) {
      expect(has(partner!, 'PARTY_TO', contract!), `${partner} PARTY_TO ${contract}`).toBe(true);
      expect(has(contract!, 'WITH', partner!), `${contract} WITH ${partner}`).toBe(false);
    }
    for (const c of batch.nodes.filter((n) => n.kind === 'Contract' && 'supplier' in n && n.supplier)) {
      expect(rels({ from: c.id, type: 'WITH' }).length, c.id).toBeGreaterThan(0);
    }
    expect(has('system:sims', 'SUPPLIED_UNDER', 'contract:sims-capita')).toBe(true);
  });

  it('hosts systems in the Regional Data Centre, whose two sites are a 1-of-2 group', () => {
    expect(node('site:gun-wharf')).toMatchObject({ siteKind: 'DATA_CENTRE', location: 'Chatham' });
    expect(node('site:sessions-house')).toMatchObject({ siteKind: 'DATA_CENTRE', location: 'Maidstone' });
    const grouped = rels({ type: 'HOSTED_AT' }).filter((r) => r.redundancy);
    expect(grouped.map((r) => [r.from, r.to, r.redundancy])).toEqual([
      ['system:regional-data-centre', 'site:gun-wharf', { group: 'data-centre', k: 1 }],
      ['system:regional-data-centre', 'site:sessions-house', { group: 'data-centre', k: 1 }],
    ]);
    for (const id of [
      'system:email-on-premises',
      'system:sharepoint',
      'system:file-shares',
      'system:oracle-infrastructure',
      'system:nhs-hosted-servers',
    ]) {
      expect(has(id, 'DEPENDS_ON', 'system:regional-data-centre'), id).toBe(true);
      expect(rels({ from: id, type: 'HOSTED_AT' }), id).toEqual([]);
    }
    expect(has('system:sessions-house-san', 'HOSTED_AT', 'site:sessions-house')).toBe(true);
    // "basis for the development of other shared ICT solutions" is history, not a runtime need.
    expect(rels({ from: 'system:regional-data-centre', type: 'DEPENDS_ON' })).toEqual([]);
    for (const s of ['site:gun-wharf', 'site:sessions-house'])
      expect(rels({ from: s, type: 'CONNECTED_VIA' }), s).toEqual([]);
  });

  it('connects the cloud estate: Azure, Microsoft 365 and its services, the E5 licence, Microsoft', () => {
    expect(has('system:kcc-cloud-infrastructure', 'DEPENDS_ON', 'system:microsoft-azure')).toBe(true);
    expect(has('system:cloud-data-platform', 'DEPENDS_ON', 'system:kcc-cloud-infrastructure')).toBe(true);
    for (const id of ['system:microsoft-teams', 'system:onedrive', 'system:email-microsoft-365'])
      expect(has(id, 'DEPENDS_ON', 'system:microsoft-365'), id).toBe(true);
    for (const id of [
      'system:microsoft-365',
      'system:microsoft-defender',
      'system:microsoft-intune',
      'system:microsoft-managed-desktop',
    ])
      expect(has(id, 'SUPPLIED_UNDER', 'contract:microsoft-e5-licensing'), id).toBe(true);
    expect(has('contract:microsoft-e5-licensing', 'WITH', 'partner:microsoft')).toBe(true);
    // The report does not say Teams, OneDrive or the Power Platform run in the cloud.
    for (const id of ['system:microsoft-teams', 'system:onedrive', 'system:microsoft-power-platform'])
      expect(node(id).hosting, id).toBeUndefined();
  });

  it('has the systems users look for: GCSx, NHS N3/N4, the national PSN, DR, the DBTP', () => {
    for (const id of [
      'system:gcsx',
      'system:nhs-n3-n4',
      'system:public-services-network',
      'system:third-party-disaster-recovery',
      'system:county-ict-resilience-and-disaster-recovery-facilities',
      'system:digital-business-technology-platform',
    ])
      expect(byId.get(id)?.kind, id).toBe('System');
    expect(has('project:psn-code-of-compliance', 'DEPENDS_ON', 'system:public-services-network')).toBe(true);
  });

  it("has the risk table's fallbacks", () => {
    const fallback = (to: string) => rels({ to }).find((r) => r.fallback)?.fallback;
    expect(fallback('system:hipath-telephony')).toBe('system:mobile-phones');
    expect(fallback('system:supportworks')).toBe('system:manual-records');
    expect(fallback('system:email-on-premises')).toBe('system:alternative-communications');
    for (const id of ['system:mobile-phones', 'system:manual-records', 'system:alternative-communications']) {
      expect(byId.get(id)?.provenance.length, id).toBeGreaterThan(0);
    }
  });

  it('puts the public services on KPSN', () => {
    for (const p of [
      'partner:kent-district-councils',
      'partner:maidstone-borough-council',
      'partner:kent-police',
      'partner:kent-fire-and-rescue',
      'partner:kent-schools',
      'partner:nhs',
    ]) {
      expect(has(p, 'USES', 'system:kpsn'), p).toBe(true);
    }
    for (const s of ['site:kcc-sites', 'site:kent-schools', 'site:nhs-sites']) {
      expect(has(s, 'CONNECTED_VIA', 'system:kpsn'), s).toBe(true);
    }
    for (const s of ['system:hipath-telephony', 'system:schools-broadband', 'system:klz']) {
      expect(has(s, 'DEPENDS_ON', 'system:kpsn'), s).toBe(true);
    }
  });

  it('has the partners', () => {
    for (const id of [
      'unisys',
      'capita',
      'microsoft',
      'lightspeed',
      'deloitte',
      'se7',
      'kent-connects',
      'mkip',
      'medway-council',
      'surrey-county-council',
      'east-sussex-county-council',
      'west-sussex-county-council',
      'brighton-and-hove-city-council',
      'hampshire-county-council',
      'bduk',
      'cabinet-office',
    ]) {
      expect(byId.get(`partner:${id}`)?.kind, id).toBe('Partner');
    }
  });
});

describe('readDataset', () => {
  it('names the file and the item in its issues', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'seed-'));
    try {
      const prov = `provenance: [{ document: ${SOURCE_DOCUMENTS[0]}, section: x, quote: y }]`;
      await writeFile(
        path.join(dir, 'a.yaml'),
        `nodes:\n  - { id: "system:a", kind: System, name: A, ${prov} }\n  - { id: "system:b", kind: System, name: B }\nrelationships: []\n`,
      );
      await writeFile(
        path.join(dir, 'b.yaml'),
        `nodes:\n  - { id: "system:a", kind: System, name: A again, ${prov} }\nrelationships:\n  - { from: "system:a", type: DEPENDS_ON, to: "system:c", ${prov} }\n`,
      );
      const error = await readDataset(dir).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(BadInputError);
      const paths = (error as BadInputError).issues.map((i) => i.path).join('\n');
      expect(paths).toContain('a.yaml: nodes.1 (system:b)');
      expect(paths).toContain('b.yaml: nodes.0 (system:a).id');
      expect(paths).toContain('b.yaml: relationships.0 (system:a DEPENDS_ON system:c).to');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('rejects a document that is not a source', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'seed-'));
    try {
      await writeFile(
        path.join(dir, 'a.yaml'),
        'nodes:\n  - { id: "system:a", kind: System, name: A, provenance: [{ document: elsewhere.txt, section: x, quote: y }] }\n',
      );
      await expect(readDataset(dir)).rejects.toThrow(/elsewhere.txt" is not a source document/);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

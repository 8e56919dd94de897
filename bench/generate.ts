// Seeded, deterministic synthetic architecture graphs for benchmarks: every kind in sensible
// proportions, about five relationships per node along the kind pairs the metamodel allows, and
// heavy-tailed fan-in on infrastructure (a few networks, platforms and data centres that very
// many things depend on), designed for failure as a council designs it (hub links in 1-of-2
// pairs, hosting split over data centres, fallbacks on infrastructure), so that a hub's failure
// takes down a part of the graph rather than all of it; contracts ending 2014–2030.
import type { Topology } from '../server/src/domain/impact/projection.js';
import { seededRandom } from '../client/src/graph/seeded-random.js';
import {
  KIND_FIELDS,
  RELATIONSHIP_RULES,
  graphBatchSchema,
  relationshipKey,
  type GraphBatch,
  type NodeInput,
  type NodeKind,
  type Redundancy,
  type RelationshipInput,
  type RelationshipType,
} from '../server/src/domain/metamodel/index.js';

type NodeOf<K extends NodeKind> = Extract<NodeInput, { kind: K }>;

/** Slug prefixes: `system:s-000123`, `site:site-000004`, … (none contains another's "s-"). */
const PREFIX: Record<NodeKind, string> = {
  Strategy: 'str',
  Theme: 'thm',
  Project: 'prj',
  System: 's',
  Contract: 'con',
  Partner: 'par',
  Site: 'site',
};

export const idOf = (kind: NodeKind, i: number): string =>
  `${kind.toLowerCase()}:${PREFIX[kind]}-${String(i).padStart(6, '0')}`;

/** Node counts per kind for a graph of `nodes` nodes (systems take what the others leave). */
export function kindCounts(nodes: number): Record<NodeKind, number> {
  if (!Number.isInteger(nodes) || nodes < 50)
    throw new Error(`generateGraph: need at least 50 nodes, not ${nodes}`);
  const at = (share: number, min: number) => Math.max(min, Math.round(nodes * share));
  const counts = {
    Strategy: at(0.002, 1),
    Theme: at(0.01, 2),
    Project: at(0.08, 2),
    System: 0,
    Contract: at(0.1, 2),
    Partner: at(0.1, 2),
    Site: at(0.15, 3),
  };
  counts.System = nodes - Object.values(counts).reduce((a, b) => a + b, 0);
  return counts;
}

const WORDS = {
  system: [
    'Payroll',
    'Case',
    'Finance',
    'Library',
    'Highways',
    'Planning',
    'Social Care',
    'Schools',
    'Waste',
    'Licensing',
    'Records',
    'Identity',
    'Email',
    'Telephony',
    'Parking',
    'Benefits',
    'Pensions',
    'Archive',
  ],
  systemNoun: ['Portal', 'Service', 'Platform', 'Hub', 'Gateway', 'Register', 'Manager', 'Tracker', 'Store'],
  network: [
    'Public Services Network',
    'Wide Area Network',
    'Core Switching',
    'Firewall',
    'DNS',
    'Internet Gateway',
  ],
  platform: [
    'Virtual Server Farm',
    'Storage Array',
    'Directory',
    'Database Cluster',
    'Backup',
    'Integration Bus',
  ],
  supplier: [
    'Unisys',
    'BT',
    'Capita',
    'Agilisys',
    'Microsoft',
    'Oracle',
    'Civica',
    'Northgate',
    'Vodafone',
    'Atos',
  ],
  town: [
    'Maidstone',
    'Canterbury',
    'Ashford',
    'Dover',
    'Folkestone',
    'Margate',
    'Tonbridge',
    'Sevenoaks',
    'Dartford',
  ],
  theme: [
    'Cloud first',
    'Digital by default',
    'Shared services',
    'Resilience',
    'Data sharing',
    'Connectivity',
  ],
  strategy: ['Bold Steps', 'Digital Kent', 'Connected Communities', 'Smarter Working', 'Technology Roadmap'],
};

const CRITICALITY_RTO = { CRITICAL: 4, HIGH: 24, MEDIUM: 72, LOW: 168 } as const;

/**
 * A graph of `nodes` nodes and about five relationships per node, the same for the same seed.
 * Hubs sit at low indices: system 0 is the main network, site 0 the main data centre.
 */
export function generateGraph(nodes: number, seed = 42): GraphBatch {
  const rnd = seededRandom(seed);
  const below = (n: number) => Math.floor(rnd() * n);
  const pick = <T>(xs: readonly T[]): T => xs[below(xs.length)]!;
  /** Heavy-tailed index in [0, n): most picks land near 0 (the `rnd() ** 3 * i` trick). */
  const skewed = (n: number, power = 3) => Math.min(n - 1, Math.floor(rnd() ** power * n));
  const chance = (p: number) => rnd() < p;

  const count = kindCounts(nodes);
  const S = count.System;
  const networks = Math.max(2, Math.round(Math.sqrt(S) / 10));
  const platforms = Math.max(3, Math.round(S * 0.01));
  const infrastructure = Math.round(S * 0.03);
  const infraEnd = networks + platforms + infrastructure;
  const dataCentres = Math.min(24, Math.max(2, Math.round(Math.sqrt(nodes) / 20)));

  const out: NodeInput[] = [];
  const rels: RelationshipInput[] = [];
  const keys = new Set<string>();
  const prov = (i: number) =>
    i % 20 === 0 ? [{ document: 'synthetic.txt', section: `§${(i % 97) + 1}` }] : [];

  /** Adds the relationship unless it would be a self-loop or a second one of its type. */
  const relate = (
    from: string,
    type: RelationshipType,
    to: string,
    extra: { redundancy?: Redundancy; fallback?: string } = {},
  ): boolean => {
    const key = relationshipKey(from, type, to);
    if (from === to || keys.has(key)) return false;
    keys.add(key);
    rels.push({ from, type, to, ...extra, provenance: [] });
    return true;
  };

  // Strategies and themes.
  for (let i = 0; i < count.Strategy; i++) {
    const start = 2010 + below(12);
    const node: NodeOf<'Strategy'> = {
      kind: 'Strategy',
      id: idOf('Strategy', i),
      name: `${pick(WORDS.strategy)} ${PREFIX.Strategy}-${i}`,
      aliases: [],
      provenance: prov(i),
      owner: i === 0 ? 'Central Government' : 'Kent County Council',
      start: String(start),
      end: String(start + 3 + below(6)),
    };
    out.push(node);
  }
  for (let i = 0; i < count.Theme; i++) {
    const node: NodeOf<'Theme'> = {
      kind: 'Theme',
      id: idOf('Theme', i),
      name: `${pick(WORDS.theme)} ${PREFIX.Theme}-${i}`,
      aliases: [],
      provenance: prov(i),
      code: `Priority ${(i % 9) + 1}`,
    };
    out.push(node);
  }

  // Projects.
  const STATUSES = ['PROPOSED', 'PLANNED', 'ACTIVE', 'ACTIVE', 'COMPLETED', 'CANCELLED'] as const;
  for (let i = 0; i < count.Project; i++) {
    const start = 2016 + below(12);
    const node: NodeOf<'Project'> = {
      kind: 'Project',
      id: idOf('Project', i),
      name: `${pick(WORDS.system)} ${pick(['migration', 'replacement', 'upgrade', 'rollout'])} ${PREFIX.Project}-${i}`,
      aliases: [],
      provenance: prov(i),
      code: `${(i % 12) + 1}.${(i % 7) + 1}`,
      status: pick(STATUSES),
      start: `${start}-${String(1 + below(12)).padStart(2, '0')}`,
      end: String(start + 1 + below(4)),
      owner: pick(['Head of Infrastructure', 'Chief Digital Officer', 'Head of Applications']),
    };
    out.push(node);
  }

  // Systems: networks first, then platforms and infrastructure, then applications and services.
  for (let i = 0; i < S; i++) {
    const category =
      i < networks
        ? 'NETWORK'
        : i < networks + platforms
          ? 'PLATFORM'
          : i < infraEnd
            ? 'INFRASTRUCTURE'
            : chance(0.7)
              ? 'APPLICATION'
              : 'SERVICE';
    const infra = i < infraEnd;
    const criticality = infra
      ? pick(['CRITICAL', 'CRITICAL', 'HIGH'] as const)
      : pick(['LOW', 'MEDIUM', 'MEDIUM', 'HIGH', 'HIGH', 'CRITICAL'] as const);
    const base =
      category === 'NETWORK'
        ? pick(WORDS.network)
        : category === 'PLATFORM' || category === 'INFRASTRUCTURE'
          ? pick(WORDS.platform)
          : `${pick(WORDS.system)} ${pick(WORDS.systemNoun)}`;
    const slug = `${PREFIX.System}-${String(i).padStart(6, '0')}`;
    const node: NodeOf<'System'> = {
      kind: 'System',
      id: idOf('System', i),
      name: `${base} ${slug}`,
      aliases: chance(0.1) ? [`${base.replace(/[^A-Z]/g, '') || 'SYS'} ${i}`] : [],
      provenance: prov(i),
      category,
      hosting:
        category === 'NETWORK'
          ? pick(['ON_PREMISES', 'PARTNER'] as const)
          : pick(['ON_PREMISES', 'ON_PREMISES', 'CLOUD', 'PARTNER', 'HYBRID'] as const),
      criticality,
      rtoHours: Math.round(CRITICALITY_RTO[criticality] * (0.5 + rnd()) * 10) / 10,
      minServiceLevel: Math.round((95 + rnd() * 4.99) * 100) / 100,
    };
    if (i % 50 === 0) node.description = `Synthetic ${category.toLowerCase()} system number ${i}.`;
    out.push(node);
  }

  // Contracts: ends spread over 2014–2030, to the month or to the day; most with a notice period.
  for (let i = 0; i < count.Contract; i++) {
    const endYear = 2014 + below(17);
    const month = 1 + below(12);
    const mm = String(month).padStart(2, '0');
    const end = chance(0.55)
      ? `${endYear}-${mm}`
      : `${endYear}-${mm}-${String(1 + below(28)).padStart(2, '0')}`;
    const node: NodeOf<'Contract'> = {
      kind: 'Contract',
      id: idOf('Contract', i),
      name: `${pick(WORDS.system)} support ${PREFIX.Contract}-${i}`,
      aliases: [],
      provenance: prov(i),
      supplier: pick(WORDS.supplier),
      start: `${endYear - 1 - below(8)}-${String(1 + below(12)).padStart(2, '0')}`,
      end,
    };
    if (chance(0.8)) node.noticeMonths = pick([1, 3, 3, 6, 6, 12, 18, 24]);
    if (chance(0.7)) node.valueGbp = Math.round(rnd() ** 2 * 5_000_000 * 100) / 100;
    out.push(node);
  }

  // Partners: suppliers first (they hold most contracts), then customers of the network.
  const SECTORS = KIND_FIELDS.Partner.sector.schema.options.filter((s) => s !== 'PRIVATE');
  const suppliers = Math.max(1, Math.round(count.Partner * 0.3));
  for (let i = 0; i < count.Partner; i++) {
    const supplier = i < suppliers;
    const node: NodeOf<'Partner'> = {
      kind: 'Partner',
      id: idOf('Partner', i),
      name: `${supplier ? pick(WORDS.supplier) : pick(WORDS.town)} ${supplier ? 'Ltd' : 'partner'} ${PREFIX.Partner}-${i}`,
      aliases: [],
      provenance: prov(i),
      sector: supplier ? 'PRIVATE' : pick(SECTORS),
      role: supplier ? 'supplier' : pick(['network customer', 'service user', 'shared service partner']),
    };
    out.push(node);
  }

  // Sites: data centres first.
  const SITE_KINDS = [
    'OFFICE',
    'OFFICE',
    'SCHOOL',
    'SCHOOL',
    'SCHOOL',
    'LIBRARY',
    'HEALTH',
    'EMERGENCY_SERVICES',
    'OTHER',
  ] as const;
  for (let i = 0; i < count.Site; i++) {
    const node: NodeOf<'Site'> = {
      kind: 'Site',
      id: idOf('Site', i),
      name: `${pick(WORDS.town)} ${i < dataCentres ? 'data centre' : 'site'} ${PREFIX.Site}-${i}`,
      aliases: [],
      provenance: prov(i),
      siteKind: i < dataCentres ? 'DATA_CENTRE' : pick(SITE_KINDS),
      location: pick(WORDS.town),
    };
    out.push(node);
  }

  const sys = (i: number) => idOf('System', i);
  const site = (i: number) => idOf('Site', i);
  /** `n` distinct picks from `draw`, giving up after a few collisions. */
  const distinct = (n: number, draw: () => number): number[] => {
    const got = new Set<number>();
    for (let tries = 0; got.size < n && tries < n * 8; tries++) got.add(draw());
    return [...got];
  };

  // Strategic layer: themes are part of strategies, projects deliver themes.
  for (let s = 1; s < count.Strategy; s++) relate(idOf('Strategy', s), 'ALIGNS_WITH', idOf('Strategy', 0));
  for (let t = 0; t < count.Theme; t++) {
    const theme = idOf('Theme', t);
    relate(theme, 'PART_OF', idOf('Strategy', t % count.Strategy));
    if (chance(0.2)) relate(theme, 'PART_OF', idOf('Strategy', below(count.Strategy)));
    if (chance(0.1)) relate(theme, 'ALIGNS_WITH', idOf('Theme', below(count.Theme)));
  }
  for (let p = 0; p < count.Project; p++) {
    const project = idOf('Project', p);
    for (const t of distinct(1 + below(2), () => below(count.Theme)))
      relate(project, 'DELIVERS', idOf('Theme', t));
    for (const s of distinct(1 + below(4), () => infraEnd + below(S - infraEnd)))
      relate(project, 'CHANGES', sys(s));
    for (const s of distinct(1 + below(4), () => skewed(S, 2))) relate(project, 'DEPENDS_ON', sys(s));
    if (p > 0 && chance(0.2)) relate(project, 'DEPENDS_ON', idOf('Project', below(p)));
    if (chance(0.3)) relate(project, 'ADDRESSES', idOf('Contract', below(count.Contract)));
  }

  // Systems: what they need (heavy-tailed towards infrastructure), where they run, what supplies
  // them. A council designs its hubs for failure: most links to a network or a platform come in
  // 1-of-2 pairs (the hub and a twin of its kind), many links to infrastructure have a fallback,
  // and most hosting is split over data centres. So a hub's failure leaves most of the graph
  // exposed (one failure from down) or degraded, and takes down what has no spare.
  const hubEnd = networks + platforms;
  /** Another hub of the same kind as hub `j` (networks with networks, platforms with platforms). */
  const twinOf = (j: number) =>
    j < networks
      ? (j + 1 + below(networks - 1)) % networks
      : networks + ((j - networks + 1 + below(platforms - 1)) % platforms);
  for (let i = 0; i < S; i++) {
    const from = sys(i);
    // Networks are peers: none needs another, or a pair of them would fail as one.
    if (i >= networks) {
      const needs = i < infraEnd ? 1 + below(3) : 1 + below(5);
      for (const j of distinct(needs, () => skewed(i))) {
        const twin = twinOf(j);
        if (i >= networks && j < hubEnd && twin !== j && twin !== i && chance(0.8)) {
          const group = { redundancy: { group: `pair-${j < networks ? 'network' : 'platform'}-${j}`, k: 1 } };
          if (relate(from, 'DEPENDS_ON', sys(j), group)) relate(from, 'DEPENDS_ON', sys(twin), group);
          continue;
        }
        let fallback: string | undefined;
        if (i >= infraEnd && chance(j < infraEnd ? 0.5 : 0.15)) {
          const f = skewed(infraEnd, 2);
          if (f !== j && f !== i) fallback = sys(f);
        }
        relate(from, 'DEPENDS_ON', sys(j), fallback ? { fallback } : {});
      }
    }
    // Infrastructure is always split over data centres; applications mostly.
    const hosting = i < infraEnd ? rnd() * 0.48 : rnd();
    if (hosting < 0.4) {
      for (const d of distinct(2, () => skewed(dataCentres, 2)))
        relate(from, 'HOSTED_AT', site(d), { redundancy: { group: 'data-centre', k: 1 } });
    } else if (hosting < 0.48 && dataCentres >= 3) {
      for (const d of distinct(3, () => skewed(dataCentres, 2)))
        relate(from, 'HOSTED_AT', site(d), { redundancy: { group: 'data-centre', k: 2 } });
    } else if (hosting < 0.85) {
      relate(from, 'HOSTED_AT', site(skewed(dataCentres, 2)));
    } else if (hosting < 0.93) {
      relate(from, 'HOSTED_AT', site(dataCentres + below(count.Site - dataCentres)));
    } // else: in the cloud, no site
    if (chance(0.8)) relate(from, 'SUPPLIED_UNDER', idOf('Contract', skewed(count.Contract, 2)));
    if (chance(0.25)) relate(from, 'SUPPLIED_UNDER', idOf('Contract', below(count.Contract)));
    if (i >= infraEnd && chance(0.03)) relate(from, 'REPLACES', sys(infraEnd + below(S - infraEnd)));
  }

  // Contracts are held with suppliers; successors replace earlier contracts.
  for (let c = 0; c < count.Contract; c++) {
    const contract = idOf('Contract', c);
    relate(contract, 'WITH', idOf('Partner', skewed(suppliers, 2)));
    if (chance(0.05)) relate(contract, 'WITH', idOf('Partner', below(suppliers)));
    if (c > 0 && chance(0.1)) relate(contract, 'REPLACES', idOf('Contract', below(c)));
  }

  // Customers use systems (the network above all); suppliers hold contracts and use none, so a
  // system's failure does not travel back through its own suppliers' contracts to every system
  // they supply. Data centres connect through two networks, either will do; half the other
  // sites too.
  for (let p = suppliers; p < count.Partner; p++) {
    for (const s of distinct(2 + below(14), () => skewed(S))) relate(idOf('Partner', p), 'USES', sys(s));
  }
  for (let s = 0; s < count.Site; s++) {
    const links = networks >= 2 && (s < dataCentres || chance(0.5)) ? 2 : 1;
    const via = distinct(links, () => skewed(networks, 2));
    for (const n of via)
      relate(
        site(s),
        'CONNECTED_VIA',
        sys(n),
        via.length > 1 ? { redundancy: { group: 'network', k: 1 } } : {},
      );
  }

  // The schema's defaults for everything else (deletes, expected versions, …).
  return { ...graphBatchSchema.parse({}), nodes: out, relationships: rels };
}

/** Direct impact dependants of every node: how many impact edges have it as provider. */
export function fanIn(batch: GraphBatch): Map<string, number> {
  const counts = new Map<string, number>();
  for (const r of batch.relationships) {
    const impact = RELATIONSHIP_RULES[r.type].impact;
    if (impact === 'NONE') continue;
    const provider = impact === 'SOURCE' ? r.to : r.from;
    counts.set(provider, (counts.get(provider) ?? 0) + 1);
  }
  return counts;
}

/** The node with the most direct impact dependants (first in node order on a tie). */
export function highestFanIn(batch: GraphBatch): string {
  const counts = fanIn(batch);
  let best = batch.nodes[0]?.id ?? '';
  for (const n of batch.nodes) if ((counts.get(n.id) ?? 0) > (counts.get(best) ?? 0)) best = n.id;
  return best;
}

/** The topology the impact projection is built from, as a store would export it. */
export function topologyOf(batch: GraphBatch, version = 1): Topology {
  return {
    version,
    nodes: batch.nodes.map((n) => ({
      id: n.id,
      kind: n.kind,
      ...('rtoHours' in n && n.rtoHours !== undefined ? { rtoHours: n.rtoHours } : {}),
      ...('criticality' in n && n.criticality !== undefined ? { criticality: n.criticality } : {}),
      ...('start' in n && n.start !== undefined ? { start: n.start } : {}),
      ...('end' in n && n.end !== undefined ? { end: n.end } : {}),
      ...('noticeMonths' in n && n.noticeMonths !== undefined ? { noticeMonths: n.noticeMonths } : {}),
    })),
    edges: batch.relationships.map((r) => ({
      from: r.from,
      type: r.type,
      to: r.to,
      ...(r.redundancy ? { redundancy: r.redundancy } : {}),
      ...(r.fallback ? { fallback: r.fallback } : {}),
    })),
  };
}

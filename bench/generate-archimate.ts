// The ArchiMate benchmark graph: an enterprise's layers as the profile holds them (technology
// serving applications, applications realising services and reading and writing data, services
// serving processes, roles assigned to processes, processes realising capabilities), about two
// relationships per element, some Access relationships in parallel pairs (a read and a write),
// deterministic for a seed.
/** Share of the elements each kind takes, layer by layer. */
const SHARES = [
  ['TechnologyNode', 0.05],
  ['SystemSoftware', 0.05],
  ['ApplicationComponent', 0.15],
  ['ApplicationService', 0.15],
  ['DataObject', 0.15],
  ['BusinessProcess', 0.2],
  ['BusinessRole', 0.1],
  ['BusinessActor', 0.05],
  ['Capability', 0.1],
] as const;
type Kind = (typeof SHARES)[number][0];

/** [from kind, type, to kind]: each element of the first kind gets one such relationship. */
const LINKS: readonly (readonly [Kind, string, Kind])[] = [
  ['TechnologyNode', 'COMPOSITION', 'SystemSoftware'],
  ['SystemSoftware', 'SERVING', 'ApplicationComponent'],
  ['ApplicationComponent', 'REALIZATION', 'ApplicationService'],
  ['ApplicationComponent', 'ACCESS', 'DataObject'],
  ['ApplicationService', 'SERVING', 'BusinessProcess'],
  ['BusinessRole', 'ASSIGNMENT', 'BusinessProcess'],
  ['BusinessActor', 'ASSIGNMENT', 'BusinessRole'],
  ['BusinessProcess', 'REALIZATION', 'Capability'],
  ['DataObject', 'ASSOCIATION', 'BusinessProcess'],
  ['BusinessProcess', 'TRIGGERING', 'BusinessProcess'],
];

function seededRandom(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function generateArchimateGraph(elements: number, seed = 42) {
  const rnd = seededRandom(seed);
  const ids = new Map<Kind, string[]>();
  const nodes: Record<string, unknown>[] = [];
  for (const [kind, share] of SHARES) {
    const list: string[] = [];
    const count = Math.max(1, Math.round(elements * share));
    for (let i = 0; i < count && nodes.length < elements; i++) {
      const id = `${kind.toLowerCase()}:e-${nodes.length}`;
      list.push(id);
      nodes.push({
        kind,
        id,
        name: `${kind} ${i}`,
        identifier: `id-${nodes.length}`,
        ...(i % 10 === 0 ? { properties: [{ name: 'Owner', value: `Team ${i % 7}` }] } : {}),
      });
    }
    ids.set(kind, list);
  }
  const relationships: Record<string, unknown>[] = [];
  const add = (from: string, type: string, to: string, extra: Record<string, unknown> = {}) =>
    relationships.push({ id: `rel-${relationships.length}`, from, type, to, ...extra });
  for (const [fromKind, type, toKind] of LINKS) {
    const targets = ids.get(toKind) ?? [];
    for (const from of ids.get(fromKind) ?? []) {
      // Most links land on the first few targets: shared platforms and core processes are hubs.
      const to = targets[Math.min(targets.length - 1, Math.floor(rnd() ** 2 * targets.length))];
      if (!to || to === from) continue;
      if (type === 'ACCESS') {
        add(from, type, to, { accessType: 'READ' });
        if (rnd() < 0.3) add(from, type, to, { accessType: 'WRITE' });
      } else add(from, type, to);
    }
  }
  // Raw items, as a file would give them: parseBatch(…, archimate) types them.
  return { nodes, relationships };
}

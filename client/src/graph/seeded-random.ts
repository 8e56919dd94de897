// The same view gives the same picture on every load. The force layout (fcose) starts from
// random positions drawn from Math.random and has no seed option, so while a layout computes,
// Math.random is a generator seeded from the view (its key and its node ids) and then put back.

/** A 32-bit hash of a string (FNV-1a). */
export function hashText(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** mulberry32: small, fast, and the same sequence on every platform (Math.random is not
 *  seedable): it scatters the layout's starting positions and draws the benchmarks' graphs. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Runs `work` with Math.random seeded; the layout computes synchronously inside it. */
export function withSeededRandom<T>(seed: string, work: () => T): T {
  const original = Math.random;
  Math.random = seededRandom(hashText(seed));
  try {
    return work();
  } finally {
    Math.random = original;
  }
}

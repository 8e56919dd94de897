// Loads the built-in Kent dataset into a store in one transaction. Idempotent: unchanged
// nodes and relationships are left alone, so a second load changes nothing.
import { readDataset } from '../../../seed/dataset.js';
import type { BatchResult, GraphStore } from '../store/port.js';

export async function loadSeed(store: GraphStore, options: { wipe?: boolean } = {}): Promise<BatchResult> {
  const batch = await readDataset();
  if (options.wipe) await store.clear();
  return store.applyBatch(batch);
}

/**
 * Whether the store was never written: graph version 0, which every write moves on in the
 * transaction that writes it. An empty store at a later version was emptied, by its users or by
 * a loss, and seeding it would cover that up: `SEED_ON_EMPTY` seeds only the never-written one.
 */
export async function neverWritten(store: GraphStore): Promise<boolean> {
  if ((await store.graphVersion()) !== 0) return false;
  const counts = await store.countByKind();
  return Object.values(counts).every((n) => n === 0);
}

/** Seeds the Kent dataset into a store that was never written; null when it was. */
export async function seedIfNeverWritten(store: GraphStore): Promise<BatchResult | null> {
  return (await neverWritten(store)) ? loadSeed(store) : null;
}

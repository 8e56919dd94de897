// Loads the built-in Kent dataset into a store in one transaction. Idempotent: unchanged
// nodes and relationships are left alone, so a second load changes nothing.
import { readDataset } from '../../../seed/dataset.js';
import type { BatchResult, GraphStore } from '../store/port.js';

export async function loadSeed(store: GraphStore, options: { wipe?: boolean } = {}): Promise<BatchResult> {
  const batch = await readDataset();
  if (options.wipe) await store.clear();
  return store.applyBatch(batch);
}

export async function isEmpty(store: GraphStore): Promise<boolean> {
  const counts = await store.countByKind();
  return Object.values(counts).every((n) => n === 0);
}

// A counter bumped after every edit the page makes. urql's cache forgets results an edit may have
// changed (see use-graph-mutation.ts), but hooks that fetch once rather than subscribe (several
// neighbourhoods merged) only read again when something they depend on changes: this is it.
import { useSyncExternalStore } from 'react';

let revision = 0;
const listeners = new Set<() => void>();

export function graphChanged(): void {
  revision += 1;
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useGraphRevision(): number {
  return useSyncExternalStore(subscribe, () => revision);
}

// The graph a view draws, with its fan-outs grouped, and the groups the reader opened (held by the
// view while it stays mounted: opening a group changes the picture, not what the view shows).
import { useCallback, useMemo, useState } from 'react';
import { groupFanOuts, isGroupId, type FanOutGroup } from './fan-out.js';
import type { GraphData } from './graph-data.js';

export interface FanOuts {
  readonly graph: GraphData;
  readonly groups: ReadonlyMap<string, FanOutGroup>;
  readonly isGroup: (id: string) => boolean;
  /** Opens a closed group, closes an open one. */
  readonly toggle: (id: string) => void;
}

export function useFanOuts(
  graph: GraphData,
  keep: readonly (string | null | undefined)[],
  threshold?: number,
): FanOuts {
  const [open, setOpen] = useState<ReadonlySet<string>>(new Set());
  const keepKey = keep.filter(Boolean).join('\n');
  const result = useMemo(
    () => groupFanOuts(graph, { keep: new Set(keepKey.split('\n')), open, threshold }),
    [graph, keepKey, open, threshold],
  );
  const toggle = useCallback((id: string) => {
    setOpen((was) => {
      const next = new Set(was);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  }, []);
  const { groups } = result;
  const isGroup = useCallback((id: string) => isGroupId(id) && groups.has(id), [groups]);
  return useMemo(() => ({ graph: result.graph, groups, isGroup, toggle }), [result, groups, isGroup, toggle]);
}

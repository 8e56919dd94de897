// Names for node ids (events name nodes by id). Falls back to the id when a node is unknown,
// so a scenario that names a deleted node still reads.
import { useMemo } from 'react';
import { useQuery } from 'urql';
import { NodeNamesQuery } from '../api/graph-queries.js';

export function useNodeNames(ids: readonly string[]): (id: string) => string {
  const unique = useMemo(() => [...new Set(ids)].sort(), [ids]);
  const [{ data }] = useQuery({
    query: NodeNamesQuery,
    variables: { ids: unique },
    pause: unique.length === 0,
  });
  return useMemo(() => {
    const names = new Map(data?.nodes.map((n) => [n.id, n.name]) ?? []);
    return (id: string) => names.get(id) ?? id;
  }, [data]);
}

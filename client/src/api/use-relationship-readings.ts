// How each relationship type reads from either end, from the server's metamodel: "depends on"
// from the source, "dependency of" from the target. Falls back to the type name until loaded.
import { useMemo } from 'react';
import { useQuery } from 'urql';
import type { RelationshipType } from '../generated/graphql.js';
import { typeLabel } from '../graph/kinds.js';
import { MetamodelQuery } from './graph-queries.js';

export interface Readings {
  outgoing(type: RelationshipType): string;
  incoming(type: RelationshipType): string;
  doc(type: RelationshipType): string;
}

export const humanise = (name: string): string => name.toLowerCase().replace(/_/g, ' ');

export function useRelationshipReadings(): Readings {
  const [{ data }] = useQuery({ query: MetamodelQuery });
  return useMemo(() => {
    const rules = new Map(data?.metamodel.relationshipTypes.map((r) => [r.type, r]) ?? []);
    return {
      outgoing: (type) => typeLabel(type),
      incoming: (type) => humanise(rules.get(type)?.inverse ?? `${type} (incoming)`),
      doc: (type) => rules.get(type)?.doc ?? '',
    };
  }, [data]);
}

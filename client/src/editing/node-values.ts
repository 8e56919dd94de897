// A node's current values for the edit form, every field its kind has. The detail panel's query
// names each kind's fields, so it would miss a field the metamodel gains; this one is built from
// the metamodel at run time (the one query here not written out for codegen), so the form reads
// and re-sends every field and an update never clears one it did not know about.
import { useCallback, useEffect, useMemo, useState } from 'react';
import { gql, useClient, type CombinedError, type TypedDocumentNode } from 'urql';
import type { KindInfo } from './metamodel.js';

const NAME = /^[_A-Za-z][_0-9A-Za-z]*$/;

/** The query's text: common fields, then an inline fragment per kind with its own fields. */
export function nodeValuesQuery(kinds: readonly KindInfo[]): string {
  const fragments = kinds
    .filter((k) => NAME.test(k.kind) && k.fields.length > 0)
    .map((k) => {
      const names = k.fields.map((f) => f.name).filter((n) => NAME.test(n));
      return `    ... on ${k.kind} {\n${names.map((n) => `      ${n}\n`).join('')}    }\n`;
    })
    .join('');
  return (
    'query NodeValues($id: ID!) {\n  node(id: $id) {\n' +
    '    id\n    kind\n    name\n    aliases\n    description\n    version\n' +
    '    provenance {\n      document\n      section\n      quote\n      inferred\n    }\n' +
    fragments +
    '  }\n}\n'
  );
}

export type NodeValues = Readonly<Record<string, unknown>> & { readonly version: number };

type Document = TypedDocumentNode<{ node: NodeValues }, { id: string }>;

export interface LoadedValues {
  readonly node: NodeValues | null;
  readonly error: CombinedError | null;
  readonly fetching: boolean;
  /** Reads the node again (after a conflict): the form then starts from what is stored. */
  readonly reload: () => void;
}

/**
 * The node as stored when the form opened, read once and never from the cache. Not a live query:
 * the form must keep the version it loaded (so a save after someone else's is a CONFLICT) until
 * the person chooses to reload, even when an edit elsewhere makes urql read other queries again.
 */
export function useNodeValues(id: string | null, kinds: readonly KindInfo[] | null): LoadedValues {
  const client = useClient();
  const [generation, setGeneration] = useState(0);
  const [state, setState] = useState<Omit<LoadedValues, 'reload'>>(IDLE);
  const query = useMemo(() => (kinds ? (gql(nodeValuesQuery(kinds)) as Document) : null), [kinds]);

  useEffect(() => {
    if (!query || !id) return;
    let current = true;
    setState((s) => ({ ...s, fetching: true }));
    void client
      .query(query, { id }, { requestPolicy: 'network-only' })
      .toPromise()
      .then((result) => {
        if (current) {
          setState({ node: result.data?.node ?? null, error: result.error ?? null, fetching: false });
        }
      });
    return () => {
      current = false;
    };
  }, [client, query, id, generation]);

  const reload = useCallback(() => setGeneration((g) => g + 1), []);
  return { ...state, reload };
}

const IDLE = { node: null, error: null, fetching: false };

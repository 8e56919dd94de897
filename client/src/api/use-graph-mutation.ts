// An editing mutation: urql's useMutation, telling the document cache that any result holding
// graph data may now be stale (urql only knows the typenames a mutation returns, and deleteNode
// returns a bare id), and bumping the graph revision on success so one-shot readers fetch again.
import { useCallback } from 'react';
import { useMutation, type AnyVariables, type OperationResult, type TypedDocumentNode } from 'urql';
import { graphChanged } from './graph-revision.js';

/** Every object type whose content an edit can change: nodes, relationships, history, views. */
export const GRAPH_TYPENAMES = [
  'Strategy',
  'Theme',
  'Project',
  'System',
  'Contract',
  'Partner',
  'Site',
  'Relationship',
  'Subgraph',
  'NodeConnection',
  'Counts',
  'Change',
  'ChangeConnection',
  'ImpactReport',
  'AffectedConnection',
  'ImpactGraph',
  'HorizonEntry',
  'AsAtView',
  'Scenario',
  'RunComparison',
];

const CONTEXT = { additionalTypenames: GRAPH_TYPENAMES };

export function useGraphMutation<Data, Variables extends AnyVariables>(
  document: TypedDocumentNode<Data, Variables>,
): [{ fetching: boolean }, (variables: Variables) => Promise<OperationResult<Data, Variables>>] {
  const [state, execute] = useMutation(document);
  const run = useCallback(
    async (variables: Variables) => {
      const result = await execute(variables, CONTEXT);
      if (!result.error) graphChanged();
      return result;
    },
    [execute],
  );
  return [{ fetching: state.fetching }, run];
}

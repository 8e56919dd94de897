// Who the server takes us for, and what we may do: edit controls show only when canEdit, and the
// header says so plainly when the server runs in development mode (no sign-in, everyone edits).
import { useQuery, type CombinedError } from 'urql';
import { graphql } from '../generated/gql.js';
import type { MeQuery as Result } from '../generated/graphql.js';

export const MeQuery = graphql(`
  query Me {
    me {
      name
      role
      development
      canEdit
      canImport
    }
  }
`);

export interface Access {
  readonly me: Result['me'] | null;
  readonly canEdit: boolean;
  readonly error: CombinedError | null;
}

export function useMe(): Access {
  const [{ data, error }] = useQuery({ query: MeQuery });
  return { me: data?.me ?? null, canEdit: data?.me.canEdit ?? false, error: error ?? null };
}

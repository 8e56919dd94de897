// What the CSV needs beyond the run: each affected system's recovery objective.
import { graphql } from '../generated/gql.js';

export const RecoveryObjectivesQuery = graphql(`
  query RecoveryObjectives($ids: [ID!]!) {
    nodes(ids: $ids) {
      id
      ... on System {
        rtoHours
      }
    }
  }
`);

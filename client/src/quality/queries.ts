// The data-quality view's one query.
import { graphql } from '../generated/gql.js';

export const DataQualityQuery = graphql(`
  query DataQuality($first: Int!) {
    dataQuality(first: $first) {
      contractsWithoutEnd {
        totalCount
        items {
          id
          kind
          name
        }
      }
      contractsWithoutNotice {
        totalCount
        items {
          id
          kind
          name
        }
      }
      systemsWithoutRecoveryObjective {
        totalCount
        items {
          id
          kind
          name
        }
      }
      criticalSystemsWithoutHost {
        totalCount
        items {
          id
          kind
          name
        }
      }
      nodesWithoutSource {
        totalCount
        items {
          id
          kind
          name
        }
      }
      inferredLinks {
        totalCount
        items {
          relationship {
            id
            type
            provenance {
              document
              section
            }
          }
          from {
            id
            kind
            name
          }
          to {
            id
            kind
            name
          }
        }
      }
    }
  }
`);

// The detail panel's operation: one node's fields, provenance and every relationship it has.
import { graphql } from '../generated/gql.js';

export const NodeDetailQuery = graphql(`
  query NodeDetail($id: ID!, $asAt: PartialDate) {
    node(id: $id, asAt: $asAt) {
      id
      kind
      name
      live
      start
      end
      planned
      aliases
      description
      version
      provenance {
        document
        title
        section
        quote
      }
      ... on Strategy {
        owner
        start
        end
      }
      ... on Theme {
        code
      }
      ... on Project {
        code
        status
        start
        end
        owner
      }
      ... on System {
        category
        hosting
        criticality
        rtoHours
        minServiceLevel
      }
      ... on Contract {
        supplier
        start
        end
        noticeMonths
        valueGbp
      }
      ... on Partner {
        sector
        role
      }
      ... on Site {
        siteKind
        location
      }
    }
    neighbourhood(id: $id, depth: 1, limit: 2000, asAt: $asAt) {
      truncated
      nodes {
        id
        kind
        name
      }
      relationships {
        id
        type
        from
        to
        impact
        note
        fallback
        redundancy {
          group
          k
        }
        provenance {
          document
          section
          quote
        }
      }
    }
  }
`);

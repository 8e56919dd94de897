// The read operations every view shares: search, neighbourhoods, node names and the metamodel.
import { graphql } from '../generated/gql.js';

export const SearchQuery = graphql(`
  query Search($text: String!, $kinds: [NodeKind!], $first: Int!, $asAt: PartialDate, $everyDate: Boolean) {
    search(text: $text, kinds: $kinds, first: $first, asAt: $asAt, everyDate: $everyDate) {
      totalCount
      edges {
        node {
          id
          kind
          name
          aliases
        }
      }
    }
  }
`);

export const NeighbourhoodQuery = graphql(`
  query Neighbourhood(
    $id: ID!
    $depth: Int!
    $limit: Int!
    $kinds: [NodeKind!]
    $types: [RelationshipType!]
    $direction: Direction
    $asAt: PartialDate
  ) {
    neighbourhood(
      id: $id
      depth: $depth
      limit: $limit
      kinds: $kinds
      types: $types
      direction: $direction
      asAt: $asAt
    ) {
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
      }
    }
  }
`);

export const NodeNamesQuery = graphql(`
  query NodeNames($ids: [ID!]!) {
    nodes(ids: $ids) {
      id
      kind
      name
    }
  }
`);

// The kinds' own fields come from here, not from the generated types, so a field added to the
// server's metamodel shows in the edit form without a client change.
export const MetamodelQuery = graphql(`
  query Metamodel {
    metamodel {
      kinds {
        kind
        idPrefix
        fields {
          name
          type
          enumValues
          doc
        }
      }
      relationshipTypes {
        type
        from
        to
        inverse
        impact
        doc
      }
    }
  }
`);

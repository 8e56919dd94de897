// Editing operations: create, update and delete a node, save and delete a relationship, and the
// node's change history. Each mutation answers little: the views read again afterwards.
import { graphql } from '../generated/gql.js';

export const CreateNodeMutation = graphql(`
  mutation CreateNode($node: NodeInput!) {
    createNode(node: $node) {
      id
      name
      version
    }
  }
`);

export const UpdateNodeMutation = graphql(`
  mutation UpdateNode($node: NodeInput!) {
    updateNode(node: $node) {
      id
      name
      version
    }
  }
`);

export const DeleteNodeMutation = graphql(`
  mutation DeleteNode($id: ID!, $expectedVersion: Int) {
    deleteNode(id: $id, expectedVersion: $expectedVersion)
  }
`);

export const SaveRelationshipMutation = graphql(`
  mutation SaveRelationship($relationship: RelationshipInput!) {
    saveRelationship(relationship: $relationship) {
      id
      type
      from
      to
    }
  }
`);

export const DeleteRelationshipMutation = graphql(`
  mutation DeleteRelationship($id: ID!) {
    deleteRelationship(id: $id)
  }
`);

export const NodeHistoryQuery = graphql(`
  query NodeHistory($id: ID!, $first: Int!) {
    node(id: $id) {
      id
      history(first: $first) {
        edges {
          node {
            version
            index
            at
            actor
            action
            target
            targetId
            before
            after
          }
        }
      }
    }
  }
`);

// GraphQL for changing the metamodel: an admin submits a metamodel file and gets the same checks a
// batch gets, against the graph as it stands.
export const metamodelTypeDefs = /* GraphQL */ `
  type MetamodelChange {
    "The submitted metamodel's name."
    name: String!
    "How it differs from the metamodel being served, in what the stores and the impact engine hold."
    differences: [String!]!
    "True when the change was made; false on a dry run."
    applied: Boolean!
  }

  extend type Mutation {
    """
    Checks a metamodel file (YAML or JSON, as under metamodels/) against the graph (admin). A bad
    file is refused naming each line and reason; a file that would leave existing nodes or
    relationships invalid is refused listing every one (BAD_USER_INPUT, extensions.issues).
    Without dryRun, a file the store's metamodel already says is accepted; a different one is
    refused with NOT_SUPPORTED after passing every check: a running store keeps the metamodel it
    holds with its graph (docs/metamodel.md).
    """
    changeMetamodel(definition: String!, dryRun: Boolean = true): MetamodelChange!
  }
`;

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
    Without dryRun the change is made; this version's stores hold only the metamodel they were
    built for, so a different one is refused with NOT_SUPPORTED after passing every check.
    """
    changeMetamodel(definition: String!, dryRun: Boolean = true): MetamodelChange!
  }
`;

// GraphQL for changing the metamodel: an admin submits a metamodel file and gets the same checks a
// batch gets, against the graph as it stands; applied, the store and the served schema follow it.
export const metamodelTypeDefs = /* GraphQL */ `
  "One change of the store's metamodel: who made it, when, and from which metamodel to which."
  type MetamodelChangeRecord {
    "The graph version the change produced."
    version: Int!
    "When (ISO timestamp)."
    at: String!
    "Who (the token's name)."
    actor: String!
    fromName: String!
    "The hash of what the store's schema followed before (Metamodel.hash)."
    fromHash: String!
    toName: String!
    toHash: String!
  }

  type MetamodelChange {
    "The submitted metamodel's name."
    name: String!
    "How it differs from the metamodel being served, in what the stores and the impact engine hold."
    differences: [String!]!
    "True when the change was made; false on a dry run or when there was nothing to change."
    applied: Boolean!
    "The change as the store recorded it; null when nothing was applied."
    change: MetamodelChangeRecord
  }

  extend type Metamodel {
    "A hash of what the store's schema follows from the metamodel (kinds, fields, rules)."
    hash: String!
    "The changes made to the store's metamodel through changeMetamodel, newest first."
    changes: [MetamodelChangeRecord!]!
  }

  extend type FieldInfo {
    "The least value a number field takes."
    min: Float
    "The greatest value a number field takes."
    max: Float
    "The fewest characters a text field takes."
    minLength: Int
    "The most characters a text field takes."
    maxLength: Int
  }

  extend type Mutation {
    """
    Changes the store's metamodel (admin). The file (YAML or JSON, as under metamodels/) is checked
    as at start-up: a bad one is refused naming each line and reason. It is then checked against
    the graph as a batch would be: a file that would leave existing nodes or relationships invalid
    (a kind, field or relationship type they use removed, a value outside new limits) is refused
    listing every one (BAD_USER_INPUT, extensions.issues). With dryRun (the default) nothing more is
    done. Without it, the change is applied: the store's schema follows the new metamodel, the
    change is recorded (Metamodel.changes), and the next request is served a schema with its
    kinds, fields and enums. A failure leaves the old metamodel, schema and data in force.
    """
    changeMetamodel(definition: String!, dryRun: Boolean = true): MetamodelChange!
  }
`;

// The import page's mutation and the metamodel page's query.
import { graphql } from '../generated/gql.js';

export const ImportGraphMutation = graphql(`
  mutation ImportGraph(
    $format: ExchangeFormat!
    $files: [FileInput!]!
    $mode: ImportMode!
    $dryRun: Boolean!
  ) {
    importGraph(format: $format, files: $files, mode: $mode, dryRun: $dryRun) {
      summary {
        created
        updated
        unchanged
        deleted
        dryRun
        graphVersion
        totalChanges
        changes(first: 1000) {
          action
          target
          targetId
          before
          after
        }
      }
      unmapped {
        where
        type
        name
        reason
      }
    }
  }
`);

export const MetamodelPageQuery = graphql(`
  query MetamodelPage {
    metamodel {
      name
      hash
      changes {
        version
        at
        actor
        fromName
        fromHash
        toName
        toHash
      }
      kinds {
        kind
        idPrefix
        doc
        impactRole
        fields {
          name
          type
          required
          enumValues
          doc
          min
          max
          minLength
          maxLength
        }
      }
      relationshipTypes {
        type
        from
        to
        impact
        inverse
        doc
      }
    }
  }
`);

/* eslint-disable */
import * as types from './graphql.js';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
  '\n  query Search($text: String!, $kinds: [NodeKind!], $first: Int!, $asAt: PartialDate, $everyDate: Boolean) {\n    search(text: $text, kinds: $kinds, first: $first, asAt: $asAt, everyDate: $everyDate) {\n      totalCount\n      edges {\n        node {\n          id\n          kind\n          name\n          aliases\n        }\n      }\n    }\n  }\n': typeof types.SearchDocument;
  '\n  query Neighbourhood(\n    $id: ID!\n    $depth: Int!\n    $limit: Int!\n    $kinds: [NodeKind!]\n    $types: [RelationshipType!]\n    $direction: Direction\n    $asAt: PartialDate\n  ) {\n    neighbourhood(\n      id: $id\n      depth: $depth\n      limit: $limit\n      kinds: $kinds\n      types: $types\n      direction: $direction\n      asAt: $asAt\n    ) {\n      truncated\n      nodes {\n        id\n        kind\n        name\n      }\n      relationships {\n        id\n        type\n        from\n        to\n        impact\n      }\n    }\n  }\n': typeof types.NeighbourhoodDocument;
  '\n  query NodeNames($ids: [ID!]!) {\n    nodes(ids: $ids) {\n      id\n      kind\n      name\n    }\n  }\n': typeof types.NodeNamesDocument;
  '\n  query Metamodel {\n    metamodel {\n      kinds {\n        kind\n        idPrefix\n        fields {\n          name\n          type\n          enumValues\n          doc\n        }\n      }\n      relationshipTypes {\n        type\n        from\n        to\n        inverse\n        impact\n        doc\n      }\n    }\n  }\n': typeof types.MetamodelDocument;
  '\n  query Me {\n    me {\n      name\n      role\n      development\n      canEdit\n      canImport\n    }\n  }\n': typeof types.MeDocument;
  '\n  query ContractHorizon($from: PartialDate!, $to: PartialDate!, $asAt: PartialDate!) {\n    contractHorizon(from: $from, to: $to, asAt: $asAt) {\n      contract {\n        id\n        name\n        ... on Contract {\n          supplier\n          start\n        }\n      }\n      end\n      noticeMonths\n      noticeDeadline\n      impact {\n        totalAffected\n        counts {\n          kind\n          state\n          count\n        }\n        criticalSystems {\n          id\n          name\n        }\n        partners {\n          id\n          name\n        }\n      }\n      addressedBy {\n        id\n        name\n      }\n      replacedBy {\n        id\n        name\n      }\n    }\n    asAt(date: $asAt) {\n      date\n      liveContracts {\n        id\n        name\n        ... on Contract {\n          supplier\n          end\n        }\n      }\n      endedContracts {\n        id\n        name\n        ... on Contract {\n          supplier\n          end\n        }\n      }\n      systemsWithoutLiveContract {\n        system {\n          id\n          name\n        }\n        contracts {\n          id\n          name\n        }\n      }\n    }\n  }\n': typeof types.ContractHorizonDocument;
  '\n  mutation CreateNode($node: NodeInput!) {\n    createNode(node: $node) {\n      id\n      name\n      version\n    }\n  }\n': typeof types.CreateNodeDocument;
  '\n  mutation UpdateNode($node: NodeInput!) {\n    updateNode(node: $node) {\n      id\n      name\n      version\n    }\n  }\n': typeof types.UpdateNodeDocument;
  '\n  mutation DeleteNode($id: ID!, $expectedVersion: Int) {\n    deleteNode(id: $id, expectedVersion: $expectedVersion)\n  }\n': typeof types.DeleteNodeDocument;
  '\n  mutation SaveRelationship($relationship: RelationshipInput!) {\n    saveRelationship(relationship: $relationship) {\n      id\n      type\n      from\n      to\n    }\n  }\n': typeof types.SaveRelationshipDocument;
  '\n  mutation DeleteRelationship($id: ID!) {\n    deleteRelationship(id: $id)\n  }\n': typeof types.DeleteRelationshipDocument;
  '\n  query NodeHistory($id: ID!, $first: Int!) {\n    node(id: $id) {\n      id\n      history(first: $first) {\n        version\n        index\n        at\n        actor\n        action\n        target\n        targetId\n        before\n        after\n      }\n    }\n  }\n': typeof types.NodeHistoryDocument;
  '\n  mutation ImportGraph(\n    $format: ExchangeFormat!\n    $files: [FileInput!]!\n    $mode: ImportMode!\n    $dryRun: Boolean!\n  ) {\n    importGraph(format: $format, files: $files, mode: $mode, dryRun: $dryRun) {\n      summary {\n        created\n        updated\n        unchanged\n        deleted\n        dryRun\n        graphVersion\n        totalChanges\n        changes(first: 1000) {\n          action\n          target\n          targetId\n          before\n          after\n        }\n      }\n      unmapped {\n        where\n        type\n        name\n        reason\n      }\n    }\n  }\n': typeof types.ImportGraphDocument;
  '\n  query MetamodelPage {\n    metamodel {\n      name\n      kinds {\n        kind\n        idPrefix\n        doc\n        impactRole\n        fields {\n          name\n          type\n          required\n          enumValues\n          doc\n        }\n      }\n      relationshipTypes {\n        type\n        from\n        to\n        impact\n        inverse\n        doc\n      }\n    }\n  }\n': typeof types.MetamodelPageDocument;
  '\n  query Counts {\n    counts {\n      nodes\n      relationships\n      byKind {\n        kind\n        count\n      }\n    }\n  }\n': typeof types.CountsDocument;
  '\n  query NodeDetail($id: ID!, $asAt: PartialDate) {\n    node(id: $id, asAt: $asAt) {\n      id\n      kind\n      name\n      live\n      start\n      end\n      planned\n      aliases\n      description\n      version\n      provenance {\n        document\n        title\n        section\n        quote\n      }\n      ... on Strategy {\n        owner\n        start\n        end\n      }\n      ... on Theme {\n        code\n      }\n      ... on Project {\n        code\n        status\n        start\n        end\n        owner\n      }\n      ... on System {\n        category\n        hosting\n        criticality\n        rtoHours\n        minServiceLevel\n      }\n      ... on Contract {\n        supplier\n        start\n        end\n        noticeMonths\n        valueGbp\n      }\n      ... on Partner {\n        sector\n        role\n      }\n      ... on Site {\n        siteKind\n        location\n      }\n    }\n    neighbourhood(id: $id, depth: 1, limit: 2000, asAt: $asAt) {\n      truncated\n      nodes {\n        id\n        kind\n        name\n      }\n      relationships {\n        id\n        type\n        from\n        to\n        impact\n        note\n        fallback\n        redundancy {\n          group\n          k\n        }\n        provenance {\n          document\n          section\n          quote\n        }\n      }\n    }\n  }\n': typeof types.NodeDetailDocument;
  '\n  query DataQuality($first: Int!) {\n    dataQuality(first: $first) {\n      contractsWithoutEnd {\n        totalCount\n        items {\n          id\n          kind\n          name\n        }\n      }\n      contractsWithoutNotice {\n        totalCount\n        items {\n          id\n          kind\n          name\n        }\n      }\n      systemsWithoutRecoveryObjective {\n        totalCount\n        items {\n          id\n          kind\n          name\n        }\n      }\n      criticalSystemsWithoutHost {\n        totalCount\n        items {\n          id\n          kind\n          name\n        }\n      }\n      nodesWithoutSource {\n        totalCount\n        items {\n          id\n          kind\n          name\n        }\n      }\n      inferredLinks {\n        totalCount\n        items {\n          relationship {\n            id\n            type\n            provenance {\n              document\n              section\n            }\n          }\n          from {\n            id\n            kind\n            name\n          }\n          to {\n            id\n            kind\n            name\n          }\n        }\n      }\n    }\n  }\n': typeof types.DataQualityDocument;
  '\n  query RecoveryObjectives($ids: [ID!]!) {\n    nodes(ids: $ids) {\n      id\n      ... on System {\n        rtoHours\n      }\n    }\n  }\n': typeof types.RecoveryObjectivesDocument;
  '\n  query Impact($events: [ImpactEventInput!], $scenario: ID, $first: Int!, $asAt: PartialDate) {\n    impact(events: $events, scenario: $scenario, asAt: $asAt) {\n      graphVersion\n      asAt\n      totalAffected\n      headline {\n        servicesDown\n        servicesDegraded\n        servicesExposed\n        plansAtRisk\n      }\n      events {\n        type\n        id\n        hours\n        date\n      }\n      counts {\n        kind\n        state\n        count\n      }\n      breaches {\n        node {\n          id\n          kind\n          name\n        }\n        rtoHours\n        downHours\n      }\n      affected(first: $first) {\n        totalCount\n        hasNextPage\n        items {\n          node {\n            id\n            kind\n            name\n          }\n          state\n          downHours\n          indefinitelyDown\n          explanation {\n            node {\n              id\n              kind\n              name\n            }\n            state\n            relationship {\n              id\n              from\n              type\n              to\n            }\n            hop {\n              text\n              inferred\n              provenance {\n                document\n                title\n                section\n                quote\n              }\n            }\n            lost {\n              id\n              name\n            }\n            code\n            reason\n            fallback {\n              id\n              name\n            }\n          }\n        }\n      }\n      elements {\n        group\n        data {\n          id\n          label\n          kind\n          source\n          target\n          type\n          state\n        }\n      }\n    }\n  }\n': typeof types.ImpactDocument;
  '\n  query Scenarios {\n    scenarios {\n      id\n      name\n      description\n      version\n      updatedAt\n      events {\n        type\n        id\n        hours\n        date\n      }\n    }\n  }\n': typeof types.ScenariosDocument;
  '\n  mutation SaveScenario($input: ScenarioInput!) {\n    saveScenario(input: $input) {\n      id\n      name\n      version\n    }\n  }\n': typeof types.SaveScenarioDocument;
  '\n  query CompareScenarios($a: ID!, $b: ID!, $asAt: PartialDate) {\n    compareScenarios(a: $a, b: $b, asAt: $asAt) {\n      newlyAffected {\n        node {\n          id\n          kind\n          name\n        }\n        state\n      }\n      noLongerAffected {\n        node {\n          id\n          kind\n          name\n        }\n        state\n      }\n      stateChanges {\n        node {\n          id\n          kind\n          name\n        }\n        from\n        to\n      }\n    }\n  }\n': typeof types.CompareScenariosDocument;
};
const documents: Documents = {
  '\n  query Search($text: String!, $kinds: [NodeKind!], $first: Int!, $asAt: PartialDate, $everyDate: Boolean) {\n    search(text: $text, kinds: $kinds, first: $first, asAt: $asAt, everyDate: $everyDate) {\n      totalCount\n      edges {\n        node {\n          id\n          kind\n          name\n          aliases\n        }\n      }\n    }\n  }\n':
    types.SearchDocument,
  '\n  query Neighbourhood(\n    $id: ID!\n    $depth: Int!\n    $limit: Int!\n    $kinds: [NodeKind!]\n    $types: [RelationshipType!]\n    $direction: Direction\n    $asAt: PartialDate\n  ) {\n    neighbourhood(\n      id: $id\n      depth: $depth\n      limit: $limit\n      kinds: $kinds\n      types: $types\n      direction: $direction\n      asAt: $asAt\n    ) {\n      truncated\n      nodes {\n        id\n        kind\n        name\n      }\n      relationships {\n        id\n        type\n        from\n        to\n        impact\n      }\n    }\n  }\n':
    types.NeighbourhoodDocument,
  '\n  query NodeNames($ids: [ID!]!) {\n    nodes(ids: $ids) {\n      id\n      kind\n      name\n    }\n  }\n':
    types.NodeNamesDocument,
  '\n  query Metamodel {\n    metamodel {\n      kinds {\n        kind\n        idPrefix\n        fields {\n          name\n          type\n          enumValues\n          doc\n        }\n      }\n      relationshipTypes {\n        type\n        from\n        to\n        inverse\n        impact\n        doc\n      }\n    }\n  }\n':
    types.MetamodelDocument,
  '\n  query Me {\n    me {\n      name\n      role\n      development\n      canEdit\n      canImport\n    }\n  }\n':
    types.MeDocument,
  '\n  query ContractHorizon($from: PartialDate!, $to: PartialDate!, $asAt: PartialDate!) {\n    contractHorizon(from: $from, to: $to, asAt: $asAt) {\n      contract {\n        id\n        name\n        ... on Contract {\n          supplier\n          start\n        }\n      }\n      end\n      noticeMonths\n      noticeDeadline\n      impact {\n        totalAffected\n        counts {\n          kind\n          state\n          count\n        }\n        criticalSystems {\n          id\n          name\n        }\n        partners {\n          id\n          name\n        }\n      }\n      addressedBy {\n        id\n        name\n      }\n      replacedBy {\n        id\n        name\n      }\n    }\n    asAt(date: $asAt) {\n      date\n      liveContracts {\n        id\n        name\n        ... on Contract {\n          supplier\n          end\n        }\n      }\n      endedContracts {\n        id\n        name\n        ... on Contract {\n          supplier\n          end\n        }\n      }\n      systemsWithoutLiveContract {\n        system {\n          id\n          name\n        }\n        contracts {\n          id\n          name\n        }\n      }\n    }\n  }\n':
    types.ContractHorizonDocument,
  '\n  mutation CreateNode($node: NodeInput!) {\n    createNode(node: $node) {\n      id\n      name\n      version\n    }\n  }\n':
    types.CreateNodeDocument,
  '\n  mutation UpdateNode($node: NodeInput!) {\n    updateNode(node: $node) {\n      id\n      name\n      version\n    }\n  }\n':
    types.UpdateNodeDocument,
  '\n  mutation DeleteNode($id: ID!, $expectedVersion: Int) {\n    deleteNode(id: $id, expectedVersion: $expectedVersion)\n  }\n':
    types.DeleteNodeDocument,
  '\n  mutation SaveRelationship($relationship: RelationshipInput!) {\n    saveRelationship(relationship: $relationship) {\n      id\n      type\n      from\n      to\n    }\n  }\n':
    types.SaveRelationshipDocument,
  '\n  mutation DeleteRelationship($id: ID!) {\n    deleteRelationship(id: $id)\n  }\n':
    types.DeleteRelationshipDocument,
  '\n  query NodeHistory($id: ID!, $first: Int!) {\n    node(id: $id) {\n      id\n      history(first: $first) {\n        version\n        index\n        at\n        actor\n        action\n        target\n        targetId\n        before\n        after\n      }\n    }\n  }\n':
    types.NodeHistoryDocument,
  '\n  mutation ImportGraph(\n    $format: ExchangeFormat!\n    $files: [FileInput!]!\n    $mode: ImportMode!\n    $dryRun: Boolean!\n  ) {\n    importGraph(format: $format, files: $files, mode: $mode, dryRun: $dryRun) {\n      summary {\n        created\n        updated\n        unchanged\n        deleted\n        dryRun\n        graphVersion\n        totalChanges\n        changes(first: 1000) {\n          action\n          target\n          targetId\n          before\n          after\n        }\n      }\n      unmapped {\n        where\n        type\n        name\n        reason\n      }\n    }\n  }\n':
    types.ImportGraphDocument,
  '\n  query MetamodelPage {\n    metamodel {\n      name\n      kinds {\n        kind\n        idPrefix\n        doc\n        impactRole\n        fields {\n          name\n          type\n          required\n          enumValues\n          doc\n        }\n      }\n      relationshipTypes {\n        type\n        from\n        to\n        impact\n        inverse\n        doc\n      }\n    }\n  }\n':
    types.MetamodelPageDocument,
  '\n  query Counts {\n    counts {\n      nodes\n      relationships\n      byKind {\n        kind\n        count\n      }\n    }\n  }\n':
    types.CountsDocument,
  '\n  query NodeDetail($id: ID!, $asAt: PartialDate) {\n    node(id: $id, asAt: $asAt) {\n      id\n      kind\n      name\n      live\n      start\n      end\n      planned\n      aliases\n      description\n      version\n      provenance {\n        document\n        title\n        section\n        quote\n      }\n      ... on Strategy {\n        owner\n        start\n        end\n      }\n      ... on Theme {\n        code\n      }\n      ... on Project {\n        code\n        status\n        start\n        end\n        owner\n      }\n      ... on System {\n        category\n        hosting\n        criticality\n        rtoHours\n        minServiceLevel\n      }\n      ... on Contract {\n        supplier\n        start\n        end\n        noticeMonths\n        valueGbp\n      }\n      ... on Partner {\n        sector\n        role\n      }\n      ... on Site {\n        siteKind\n        location\n      }\n    }\n    neighbourhood(id: $id, depth: 1, limit: 2000, asAt: $asAt) {\n      truncated\n      nodes {\n        id\n        kind\n        name\n      }\n      relationships {\n        id\n        type\n        from\n        to\n        impact\n        note\n        fallback\n        redundancy {\n          group\n          k\n        }\n        provenance {\n          document\n          section\n          quote\n        }\n      }\n    }\n  }\n':
    types.NodeDetailDocument,
  '\n  query DataQuality($first: Int!) {\n    dataQuality(first: $first) {\n      contractsWithoutEnd {\n        totalCount\n        items {\n          id\n          kind\n          name\n        }\n      }\n      contractsWithoutNotice {\n        totalCount\n        items {\n          id\n          kind\n          name\n        }\n      }\n      systemsWithoutRecoveryObjective {\n        totalCount\n        items {\n          id\n          kind\n          name\n        }\n      }\n      criticalSystemsWithoutHost {\n        totalCount\n        items {\n          id\n          kind\n          name\n        }\n      }\n      nodesWithoutSource {\n        totalCount\n        items {\n          id\n          kind\n          name\n        }\n      }\n      inferredLinks {\n        totalCount\n        items {\n          relationship {\n            id\n            type\n            provenance {\n              document\n              section\n            }\n          }\n          from {\n            id\n            kind\n            name\n          }\n          to {\n            id\n            kind\n            name\n          }\n        }\n      }\n    }\n  }\n':
    types.DataQualityDocument,
  '\n  query RecoveryObjectives($ids: [ID!]!) {\n    nodes(ids: $ids) {\n      id\n      ... on System {\n        rtoHours\n      }\n    }\n  }\n':
    types.RecoveryObjectivesDocument,
  '\n  query Impact($events: [ImpactEventInput!], $scenario: ID, $first: Int!, $asAt: PartialDate) {\n    impact(events: $events, scenario: $scenario, asAt: $asAt) {\n      graphVersion\n      asAt\n      totalAffected\n      headline {\n        servicesDown\n        servicesDegraded\n        servicesExposed\n        plansAtRisk\n      }\n      events {\n        type\n        id\n        hours\n        date\n      }\n      counts {\n        kind\n        state\n        count\n      }\n      breaches {\n        node {\n          id\n          kind\n          name\n        }\n        rtoHours\n        downHours\n      }\n      affected(first: $first) {\n        totalCount\n        hasNextPage\n        items {\n          node {\n            id\n            kind\n            name\n          }\n          state\n          downHours\n          indefinitelyDown\n          explanation {\n            node {\n              id\n              kind\n              name\n            }\n            state\n            relationship {\n              id\n              from\n              type\n              to\n            }\n            hop {\n              text\n              inferred\n              provenance {\n                document\n                title\n                section\n                quote\n              }\n            }\n            lost {\n              id\n              name\n            }\n            code\n            reason\n            fallback {\n              id\n              name\n            }\n          }\n        }\n      }\n      elements {\n        group\n        data {\n          id\n          label\n          kind\n          source\n          target\n          type\n          state\n        }\n      }\n    }\n  }\n':
    types.ImpactDocument,
  '\n  query Scenarios {\n    scenarios {\n      id\n      name\n      description\n      version\n      updatedAt\n      events {\n        type\n        id\n        hours\n        date\n      }\n    }\n  }\n':
    types.ScenariosDocument,
  '\n  mutation SaveScenario($input: ScenarioInput!) {\n    saveScenario(input: $input) {\n      id\n      name\n      version\n    }\n  }\n':
    types.SaveScenarioDocument,
  '\n  query CompareScenarios($a: ID!, $b: ID!, $asAt: PartialDate) {\n    compareScenarios(a: $a, b: $b, asAt: $asAt) {\n      newlyAffected {\n        node {\n          id\n          kind\n          name\n        }\n        state\n      }\n      noLongerAffected {\n        node {\n          id\n          kind\n          name\n        }\n        state\n      }\n      stateChanges {\n        node {\n          id\n          kind\n          name\n        }\n        from\n        to\n      }\n    }\n  }\n':
    types.CompareScenariosDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Search($text: String!, $kinds: [NodeKind!], $first: Int!, $asAt: PartialDate, $everyDate: Boolean) {\n    search(text: $text, kinds: $kinds, first: $first, asAt: $asAt, everyDate: $everyDate) {\n      totalCount\n      edges {\n        node {\n          id\n          kind\n          name\n          aliases\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query Search($text: String!, $kinds: [NodeKind!], $first: Int!, $asAt: PartialDate, $everyDate: Boolean) {\n    search(text: $text, kinds: $kinds, first: $first, asAt: $asAt, everyDate: $everyDate) {\n      totalCount\n      edges {\n        node {\n          id\n          kind\n          name\n          aliases\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Neighbourhood(\n    $id: ID!\n    $depth: Int!\n    $limit: Int!\n    $kinds: [NodeKind!]\n    $types: [RelationshipType!]\n    $direction: Direction\n    $asAt: PartialDate\n  ) {\n    neighbourhood(\n      id: $id\n      depth: $depth\n      limit: $limit\n      kinds: $kinds\n      types: $types\n      direction: $direction\n      asAt: $asAt\n    ) {\n      truncated\n      nodes {\n        id\n        kind\n        name\n      }\n      relationships {\n        id\n        type\n        from\n        to\n        impact\n      }\n    }\n  }\n',
): (typeof documents)['\n  query Neighbourhood(\n    $id: ID!\n    $depth: Int!\n    $limit: Int!\n    $kinds: [NodeKind!]\n    $types: [RelationshipType!]\n    $direction: Direction\n    $asAt: PartialDate\n  ) {\n    neighbourhood(\n      id: $id\n      depth: $depth\n      limit: $limit\n      kinds: $kinds\n      types: $types\n      direction: $direction\n      asAt: $asAt\n    ) {\n      truncated\n      nodes {\n        id\n        kind\n        name\n      }\n      relationships {\n        id\n        type\n        from\n        to\n        impact\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query NodeNames($ids: [ID!]!) {\n    nodes(ids: $ids) {\n      id\n      kind\n      name\n    }\n  }\n',
): (typeof documents)['\n  query NodeNames($ids: [ID!]!) {\n    nodes(ids: $ids) {\n      id\n      kind\n      name\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Metamodel {\n    metamodel {\n      kinds {\n        kind\n        idPrefix\n        fields {\n          name\n          type\n          enumValues\n          doc\n        }\n      }\n      relationshipTypes {\n        type\n        from\n        to\n        inverse\n        impact\n        doc\n      }\n    }\n  }\n',
): (typeof documents)['\n  query Metamodel {\n    metamodel {\n      kinds {\n        kind\n        idPrefix\n        fields {\n          name\n          type\n          enumValues\n          doc\n        }\n      }\n      relationshipTypes {\n        type\n        from\n        to\n        inverse\n        impact\n        doc\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Me {\n    me {\n      name\n      role\n      development\n      canEdit\n      canImport\n    }\n  }\n',
): (typeof documents)['\n  query Me {\n    me {\n      name\n      role\n      development\n      canEdit\n      canImport\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ContractHorizon($from: PartialDate!, $to: PartialDate!, $asAt: PartialDate!) {\n    contractHorizon(from: $from, to: $to, asAt: $asAt) {\n      contract {\n        id\n        name\n        ... on Contract {\n          supplier\n          start\n        }\n      }\n      end\n      noticeMonths\n      noticeDeadline\n      impact {\n        totalAffected\n        counts {\n          kind\n          state\n          count\n        }\n        criticalSystems {\n          id\n          name\n        }\n        partners {\n          id\n          name\n        }\n      }\n      addressedBy {\n        id\n        name\n      }\n      replacedBy {\n        id\n        name\n      }\n    }\n    asAt(date: $asAt) {\n      date\n      liveContracts {\n        id\n        name\n        ... on Contract {\n          supplier\n          end\n        }\n      }\n      endedContracts {\n        id\n        name\n        ... on Contract {\n          supplier\n          end\n        }\n      }\n      systemsWithoutLiveContract {\n        system {\n          id\n          name\n        }\n        contracts {\n          id\n          name\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query ContractHorizon($from: PartialDate!, $to: PartialDate!, $asAt: PartialDate!) {\n    contractHorizon(from: $from, to: $to, asAt: $asAt) {\n      contract {\n        id\n        name\n        ... on Contract {\n          supplier\n          start\n        }\n      }\n      end\n      noticeMonths\n      noticeDeadline\n      impact {\n        totalAffected\n        counts {\n          kind\n          state\n          count\n        }\n        criticalSystems {\n          id\n          name\n        }\n        partners {\n          id\n          name\n        }\n      }\n      addressedBy {\n        id\n        name\n      }\n      replacedBy {\n        id\n        name\n      }\n    }\n    asAt(date: $asAt) {\n      date\n      liveContracts {\n        id\n        name\n        ... on Contract {\n          supplier\n          end\n        }\n      }\n      endedContracts {\n        id\n        name\n        ... on Contract {\n          supplier\n          end\n        }\n      }\n      systemsWithoutLiveContract {\n        system {\n          id\n          name\n        }\n        contracts {\n          id\n          name\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CreateNode($node: NodeInput!) {\n    createNode(node: $node) {\n      id\n      name\n      version\n    }\n  }\n',
): (typeof documents)['\n  mutation CreateNode($node: NodeInput!) {\n    createNode(node: $node) {\n      id\n      name\n      version\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UpdateNode($node: NodeInput!) {\n    updateNode(node: $node) {\n      id\n      name\n      version\n    }\n  }\n',
): (typeof documents)['\n  mutation UpdateNode($node: NodeInput!) {\n    updateNode(node: $node) {\n      id\n      name\n      version\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation DeleteNode($id: ID!, $expectedVersion: Int) {\n    deleteNode(id: $id, expectedVersion: $expectedVersion)\n  }\n',
): (typeof documents)['\n  mutation DeleteNode($id: ID!, $expectedVersion: Int) {\n    deleteNode(id: $id, expectedVersion: $expectedVersion)\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SaveRelationship($relationship: RelationshipInput!) {\n    saveRelationship(relationship: $relationship) {\n      id\n      type\n      from\n      to\n    }\n  }\n',
): (typeof documents)['\n  mutation SaveRelationship($relationship: RelationshipInput!) {\n    saveRelationship(relationship: $relationship) {\n      id\n      type\n      from\n      to\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation DeleteRelationship($id: ID!) {\n    deleteRelationship(id: $id)\n  }\n',
): (typeof documents)['\n  mutation DeleteRelationship($id: ID!) {\n    deleteRelationship(id: $id)\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query NodeHistory($id: ID!, $first: Int!) {\n    node(id: $id) {\n      id\n      history(first: $first) {\n        version\n        index\n        at\n        actor\n        action\n        target\n        targetId\n        before\n        after\n      }\n    }\n  }\n',
): (typeof documents)['\n  query NodeHistory($id: ID!, $first: Int!) {\n    node(id: $id) {\n      id\n      history(first: $first) {\n        version\n        index\n        at\n        actor\n        action\n        target\n        targetId\n        before\n        after\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ImportGraph(\n    $format: ExchangeFormat!\n    $files: [FileInput!]!\n    $mode: ImportMode!\n    $dryRun: Boolean!\n  ) {\n    importGraph(format: $format, files: $files, mode: $mode, dryRun: $dryRun) {\n      summary {\n        created\n        updated\n        unchanged\n        deleted\n        dryRun\n        graphVersion\n        totalChanges\n        changes(first: 1000) {\n          action\n          target\n          targetId\n          before\n          after\n        }\n      }\n      unmapped {\n        where\n        type\n        name\n        reason\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation ImportGraph(\n    $format: ExchangeFormat!\n    $files: [FileInput!]!\n    $mode: ImportMode!\n    $dryRun: Boolean!\n  ) {\n    importGraph(format: $format, files: $files, mode: $mode, dryRun: $dryRun) {\n      summary {\n        created\n        updated\n        unchanged\n        deleted\n        dryRun\n        graphVersion\n        totalChanges\n        changes(first: 1000) {\n          action\n          target\n          targetId\n          before\n          after\n        }\n      }\n      unmapped {\n        where\n        type\n        name\n        reason\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query MetamodelPage {\n    metamodel {\n      name\n      kinds {\n        kind\n        idPrefix\n        doc\n        impactRole\n        fields {\n          name\n          type\n          required\n          enumValues\n          doc\n        }\n      }\n      relationshipTypes {\n        type\n        from\n        to\n        impact\n        inverse\n        doc\n      }\n    }\n  }\n',
): (typeof documents)['\n  query MetamodelPage {\n    metamodel {\n      name\n      kinds {\n        kind\n        idPrefix\n        doc\n        impactRole\n        fields {\n          name\n          type\n          required\n          enumValues\n          doc\n        }\n      }\n      relationshipTypes {\n        type\n        from\n        to\n        impact\n        inverse\n        doc\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Counts {\n    counts {\n      nodes\n      relationships\n      byKind {\n        kind\n        count\n      }\n    }\n  }\n',
): (typeof documents)['\n  query Counts {\n    counts {\n      nodes\n      relationships\n      byKind {\n        kind\n        count\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query NodeDetail($id: ID!, $asAt: PartialDate) {\n    node(id: $id, asAt: $asAt) {\n      id\n      kind\n      name\n      live\n      start\n      end\n      planned\n      aliases\n      description\n      version\n      provenance {\n        document\n        title\n        section\n        quote\n      }\n      ... on Strategy {\n        owner\n        start\n        end\n      }\n      ... on Theme {\n        code\n      }\n      ... on Project {\n        code\n        status\n        start\n        end\n        owner\n      }\n      ... on System {\n        category\n        hosting\n        criticality\n        rtoHours\n        minServiceLevel\n      }\n      ... on Contract {\n        supplier\n        start\n        end\n        noticeMonths\n        valueGbp\n      }\n      ... on Partner {\n        sector\n        role\n      }\n      ... on Site {\n        siteKind\n        location\n      }\n    }\n    neighbourhood(id: $id, depth: 1, limit: 2000, asAt: $asAt) {\n      truncated\n      nodes {\n        id\n        kind\n        name\n      }\n      relationships {\n        id\n        type\n        from\n        to\n        impact\n        note\n        fallback\n        redundancy {\n          group\n          k\n        }\n        provenance {\n          document\n          section\n          quote\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query NodeDetail($id: ID!, $asAt: PartialDate) {\n    node(id: $id, asAt: $asAt) {\n      id\n      kind\n      name\n      live\n      start\n      end\n      planned\n      aliases\n      description\n      version\n      provenance {\n        document\n        title\n        section\n        quote\n      }\n      ... on Strategy {\n        owner\n        start\n        end\n      }\n      ... on Theme {\n        code\n      }\n      ... on Project {\n        code\n        status\n        start\n        end\n        owner\n      }\n      ... on System {\n        category\n        hosting\n        criticality\n        rtoHours\n        minServiceLevel\n      }\n      ... on Contract {\n        supplier\n        start\n        end\n        noticeMonths\n        valueGbp\n      }\n      ... on Partner {\n        sector\n        role\n      }\n      ... on Site {\n        siteKind\n        location\n      }\n    }\n    neighbourhood(id: $id, depth: 1, limit: 2000, asAt: $asAt) {\n      truncated\n      nodes {\n        id\n        kind\n        name\n      }\n      relationships {\n        id\n        type\n        from\n        to\n        impact\n        note\n        fallback\n        redundancy {\n          group\n          k\n        }\n        provenance {\n          document\n          section\n          quote\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query DataQuality($first: Int!) {\n    dataQuality(first: $first) {\n      contractsWithoutEnd {\n        totalCount\n        items {\n          id\n          kind\n          name\n        }\n      }\n      contractsWithoutNotice {\n        totalCount\n        items {\n          id\n          kind\n          name\n        }\n      }\n      systemsWithoutRecoveryObjective {\n        totalCount\n        items {\n          id\n          kind\n          name\n        }\n      }\n      criticalSystemsWithoutHost {\n        totalCount\n        items {\n          id\n          kind\n          name\n        }\n      }\n      nodesWithoutSource {\n        totalCount\n        items {\n          id\n          kind\n          name\n        }\n      }\n      inferredLinks {\n        totalCount\n        items {\n          relationship {\n            id\n            type\n            provenance {\n              document\n              section\n            }\n          }\n          from {\n            id\n            kind\n            name\n          }\n          to {\n            id\n            kind\n            name\n          }\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query DataQuality($first: Int!) {\n    dataQuality(first: $first) {\n      contractsWithoutEnd {\n        totalCount\n        items {\n          id\n          kind\n          name\n        }\n      }\n      contractsWithoutNotice {\n        totalCount\n        items {\n          id\n          kind\n          name\n        }\n      }\n      systemsWithoutRecoveryObjective {\n        totalCount\n        items {\n          id\n          kind\n          name\n        }\n      }\n      criticalSystemsWithoutHost {\n        totalCount\n        items {\n          id\n          kind\n          name\n        }\n      }\n      nodesWithoutSource {\n        totalCount\n        items {\n          id\n          kind\n          name\n        }\n      }\n      inferredLinks {\n        totalCount\n        items {\n          relationship {\n            id\n            type\n            provenance {\n              document\n              section\n            }\n          }\n          from {\n            id\n            kind\n            name\n          }\n          to {\n            id\n            kind\n            name\n          }\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query RecoveryObjectives($ids: [ID!]!) {\n    nodes(ids: $ids) {\n      id\n      ... on System {\n        rtoHours\n      }\n    }\n  }\n',
): (typeof documents)['\n  query RecoveryObjectives($ids: [ID!]!) {\n    nodes(ids: $ids) {\n      id\n      ... on System {\n        rtoHours\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Impact($events: [ImpactEventInput!], $scenario: ID, $first: Int!, $asAt: PartialDate) {\n    impact(events: $events, scenario: $scenario, asAt: $asAt) {\n      graphVersion\n      asAt\n      totalAffected\n      headline {\n        servicesDown\n        servicesDegraded\n        servicesExposed\n        plansAtRisk\n      }\n      events {\n        type\n        id\n        hours\n        date\n      }\n      counts {\n        kind\n        state\n        count\n      }\n      breaches {\n        node {\n          id\n          kind\n          name\n        }\n        rtoHours\n        downHours\n      }\n      affected(first: $first) {\n        totalCount\n        hasNextPage\n        items {\n          node {\n            id\n            kind\n            name\n          }\n          state\n          downHours\n          indefinitelyDown\n          explanation {\n            node {\n              id\n              kind\n              name\n            }\n            state\n            relationship {\n              id\n              from\n              type\n              to\n            }\n            hop {\n              text\n              inferred\n              provenance {\n                document\n                title\n                section\n                quote\n              }\n            }\n            lost {\n              id\n              name\n            }\n            code\n            reason\n            fallback {\n              id\n              name\n            }\n          }\n        }\n      }\n      elements {\n        group\n        data {\n          id\n          label\n          kind\n          source\n          target\n          type\n          state\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query Impact($events: [ImpactEventInput!], $scenario: ID, $first: Int!, $asAt: PartialDate) {\n    impact(events: $events, scenario: $scenario, asAt: $asAt) {\n      graphVersion\n      asAt\n      totalAffected\n      headline {\n        servicesDown\n        servicesDegraded\n        servicesExposed\n        plansAtRisk\n      }\n      events {\n        type\n        id\n        hours\n        date\n      }\n      counts {\n        kind\n        state\n        count\n      }\n      breaches {\n        node {\n          id\n          kind\n          name\n        }\n        rtoHours\n        downHours\n      }\n      affected(first: $first) {\n        totalCount\n        hasNextPage\n        items {\n          node {\n            id\n            kind\n            name\n          }\n          state\n          downHours\n          indefinitelyDown\n          explanation {\n            node {\n              id\n              kind\n              name\n            }\n            state\n            relationship {\n              id\n              from\n              type\n              to\n            }\n            hop {\n              text\n              inferred\n              provenance {\n                document\n                title\n                section\n                quote\n              }\n            }\n            lost {\n              id\n              name\n            }\n            code\n            reason\n            fallback {\n              id\n              name\n            }\n          }\n        }\n      }\n      elements {\n        group\n        data {\n          id\n          label\n          kind\n          source\n          target\n          type\n          state\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Scenarios {\n    scenarios {\n      id\n      name\n      description\n      version\n      updatedAt\n      events {\n        type\n        id\n        hours\n        date\n      }\n    }\n  }\n',
): (typeof documents)['\n  query Scenarios {\n    scenarios {\n      id\n      name\n      description\n      version\n      updatedAt\n      events {\n        type\n        id\n        hours\n        date\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SaveScenario($input: ScenarioInput!) {\n    saveScenario(input: $input) {\n      id\n      name\n      version\n    }\n  }\n',
): (typeof documents)['\n  mutation SaveScenario($input: ScenarioInput!) {\n    saveScenario(input: $input) {\n      id\n      name\n      version\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query CompareScenarios($a: ID!, $b: ID!, $asAt: PartialDate) {\n    compareScenarios(a: $a, b: $b, asAt: $asAt) {\n      newlyAffected {\n        node {\n          id\n          kind\n          name\n        }\n        state\n      }\n      noLongerAffected {\n        node {\n          id\n          kind\n          name\n        }\n        state\n      }\n      stateChanges {\n        node {\n          id\n          kind\n          name\n        }\n        from\n        to\n      }\n    }\n  }\n',
): (typeof documents)['\n  query CompareScenarios($a: ID!, $b: ID!, $asAt: PartialDate) {\n    compareScenarios(a: $a, b: $b, asAt: $asAt) {\n      newlyAffected {\n        node {\n          id\n          kind\n          name\n        }\n        state\n      }\n      noLongerAffected {\n        node {\n          id\n          kind\n          name\n        }\n        state\n      }\n      stateChanges {\n        node {\n          id\n          kind\n          name\n        }\n        from\n        to\n      }\n    }\n  }\n'];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> =
  TDocumentNode extends DocumentNode<infer TType, any> ? TType : never;

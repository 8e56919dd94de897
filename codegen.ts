// GraphQL Code Generator, from the SDL the server builds for the default (council) metamodel
// (written first by client/scripts/print-schema.ts; `npm run codegen` runs both): TypeScript types
// for every operation the client sends, and the server's resolver types. The kind types (System,
// Contract…) come from the loaded metamodel at start-up; every one is a node to its resolvers.
import type { CodegenConfig } from '@graphql-codegen/cli';
import { CODE_METAMODEL } from './server/src/domain/metamodel/index.js';

/** Resolver parents, in server/src/api/models.ts (relative to the generated file). */
const model = (name: string) => `../models.js#${name}`;

const config: CodegenConfig = {
  schema: 'client/src/generated/schema.graphql',
  documents: ['client/src/**/*.{ts,tsx}', '!client/src/generated/**', '!client/src/**/*.test.{ts,tsx}'],
  ignoreNoDocuments: false,
  generates: {
    'client/src/generated/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        // ESM with NodeNext resolution: relative imports need their .js extension.
        importExtension: '.js',
        useTypeImports: true,
        enumsAsTypes: true,
        scalars: { PartialDate: 'string', DateTime: 'string', ID: 'string' },
        avoidOptionals: { field: true, inputValue: false, object: false, defaultValue: false },
      },
    },
    'server/src/api/generated/resolvers-types.ts': {
      plugins: ['typescript', 'typescript-resolvers'],
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        contextType: '../context.js#ApiContext',
        // The domain's lists are readonly: so are the answers' types.
        immutableTypes: true,
        scalars: {
          PartialDate: 'string',
          DateTime: { input: 'Date', output: 'Date | string' },
          JSON: 'unknown',
          ID: 'string',
        },
        mappers: {
          Node: model('ReadNode'),
          ...Object.fromEntries(CODE_METAMODEL.kinds.map((kind) => [kind, model('ReadNode')])),
          Relationship: model('RelationshipModel'),
          AffectedNode: model('AffectedItem'),
          ImpactReport: model('ImpactReportModel'),
          ExplanationStep: model('ExplanationStepModel'),
          Hop: model('RelationshipRefModel'),
          RelationshipRef: model('RelationshipRefModel'),
          Breach: model('BreachModel'),
          ImpactEvent: model('ImpactEventModel'),
          HorizonEntry: model('HorizonEntryModel'),
          HorizonImpact: model('HorizonImpactModel'),
          AsAtView: model('AsAtViewModel'),
          SystemWithoutContract: model('SystemWithoutContractModel'),
          Scenario: model('ScenarioModel'),
          RunComparison: model('RunComparisonModel'),
          NodeState: model('NodeStateModel'),
          StateChange: model('StateChangeModel'),
          Change: model('ChangeModel'),
          ChangeSummary: model('ChangeSummaryModel'),
          InferredLink: model('InferredLinkModel'),
          Metamodel: model('MetamodelModel'),
        },
      },
    },
  },
  hooks: { afterAllFileWrite: ['prettier --write'] },
};

export default config;

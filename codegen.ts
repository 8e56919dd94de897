// GraphQL Code Generator: TypeScript types for every operation the client sends, from the SDL the
// server builds (written first by client/scripts/print-schema.ts; `npm run codegen` runs both).
import type { CodegenConfig } from '@graphql-codegen/cli';

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
  },
  hooks: { afterAllFileWrite: ['prettier --write'] },
};

export default config;

// Lint: typescript-eslint's type-checked rules over every TypeScript file, React's hook rules
// over the page, and the architecture's layering as import rules, so that a layer importing
// what it must not fails `npm test` (docs/architecture.md explains the layers).
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** Libraries that draw or run the page; only client/ may import them. */
const PAGE_LIBRARIES = ['react', 'react-dom', 'react-dom/*', 'urql', '@urql/*', 'cytoscape', 'cytoscape-*'];

/** Libraries of the GraphQL layer; only server/src/api/ and server/src/app/ may import them. */
const GRAPHQL_LIBRARIES = [
  'graphql',
  'graphql/*',
  '@apollo/*',
  '@graphql-tools/*',
  '@escape.tech/*',
  'dataloader',
];

/** Libraries that reach a database, the network or the process's output. */
const IO_LIBRARIES = ['@ladybugdb/core', 'neo4j-driver', 'express', 'helmet', 'pino', 'pino-http'];

/** A relative import that reaches one of server/src's folders (from anywhere under server/src). */
const layer = (...folders) => `^(\\.\\./)+(${folders.join('|')})(/|$)`;

/**
 * The server modules the page may import. The page learns the metamodel (kinds, fields,
 * relationship types) through the `metamodel` query and its types through codegen; the one
 * shared module is the calendar (notice deadlines, month arithmetic), so that the contract
 * view and the server can never disagree on a date. Each must be pure domain code.
 */
const CLIENT_MAY_IMPORT_FROM_SERVER = ['server/src/domain/time/calendar.js'];

const restrictImports = (patterns) => ({ 'no-restricted-imports': ['error', { patterns }] });

const NO_SERVER_CODE = {
  // A regex, not a glob group: a glob cannot let one file through once its folder is refused.
  regex: `(^|/)server/(?!(${CLIENT_MAY_IMPORT_FROM_SERVER.map((m) => m.replace(/^server\//, '').replace(/[.]/g, '\\.')).join('|')})$)`,
  message:
    'The page imports no server code: it reads the server through GraphQL (see CLIENT_MAY_IMPORT_FROM_SERVER).',
};

export default tseslint.config(
  {
    ignores: [
      'node_modules/',
      'dist/',
      'data/',
      'coverage/',
      '**/.scratch/',
      'tests/neo4j/target/',
      'client/src/generated/',
      'server/src/api/generated/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      globals: { ...globals.node, ...globals.browser },
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'error',
      // Off, each for a reason. Assertions the compiler finds unnecessary: harmless, and about
      // sixty across the tree, to be removed by one `--fix` pass rather than by hand.
      '@typescript-eslint/no-unnecessary-type-assertion': 'off',
      // String(row.x) on the stores' untyped rows is deliberate: a row's column is text or null.
      '@typescript-eslint/no-base-to-string': 'off',
      // The storage port's methods return promises; an implementation that answers from memory
      // is `async` so that it keeps that shape (and its throws become rejections).
      '@typescript-eslint/require-await': 'off',
    },
  },
  {
    // Tests and benchmarks hand vitest's and autocannon's loosely typed callbacks around.
    files: ['tests/**', 'bench/**', '**/*.test.ts', '**/*.test.tsx'],
    rules: {
      '@typescript-eslint/unbound-method': 'off',
      '@typescript-eslint/prefer-promise-reject-errors': 'off',
      '@typescript-eslint/restrict-template-expressions': 'off',
      // HTTP answers are read with res.json(), typed any; the assertions that follow check them.
      '@typescript-eslint/no-unsafe-assignment': 'off',
    },
  },
  {
    // Plain JavaScript (this file, the build script) has no types to check against.
    files: ['**/*.js', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
  },

  // The layers (an import that breaks one names the rule it breaks).
  {
    files: ['server/src/domain/**/*.ts'],
    rules: restrictImports([
      {
        regex: layer('store', 'api', 'app', 'services'),
        message: 'The domain is pure: it imports nothing from store, api, app or services.',
      },
      {
        group: [...PAGE_LIBRARIES, ...GRAPHQL_LIBRARIES, ...IO_LIBRARIES],
        message: 'The domain is pure: no React, GraphQL, database, HTTP or logging library.',
      },
    ]),
  },
  {
    files: ['server/src/store/**/*.ts'],
    rules: restrictImports([
      {
        regex: layer('api', 'app', 'services'),
        message: 'The store depends on the domain only: it imports nothing from api, app or services.',
      },
      {
        group: [...GRAPHQL_LIBRARIES, ...PAGE_LIBRARIES],
        message: 'The store knows nothing of GraphQL or the page.',
      },
    ]),
  },
  {
    files: ['server/src/services/**/*.ts'],
    rules: restrictImports([
      {
        regex: layer('api', 'app'),
        message: 'Services sit under the API: they import nothing from api or app.',
      },
      {
        group: [...GRAPHQL_LIBRARIES, ...PAGE_LIBRARIES],
        message: 'Services know nothing of GraphQL or the page.',
      },
    ]),
  },
  {
    files: ['server/src/api/**/*.ts'],
    rules: restrictImports([
      {
        regex: layer('app'),
        message: 'The API imports nothing from app (app wires the API, not the reverse).',
      },
      { group: PAGE_LIBRARIES, message: 'The server never imports the page’s libraries.' },
    ]),
  },
  {
    files: ['server/src/app/**/*.ts'],
    rules: restrictImports([
      { group: PAGE_LIBRARIES, message: 'The server never imports the page’s libraries.' },
    ]),
  },
  {
    files: ['client/src/**/*.{ts,tsx}'],
    ignores: ['client/src/**/*.test.{ts,tsx}'],
    rules: restrictImports([
      NO_SERVER_CODE,
      {
        group: [...IO_LIBRARIES, '@apollo/*', 'node:*'],
        message: 'The page runs in the browser: no server, database or Node library.',
      },
    ]),
  },
  {
    // The page's tests run in Node (they may read files) but test the page, not the server.
    files: ['client/src/**/*.test.{ts,tsx}'],
    rules: restrictImports([NO_SERVER_CODE]),
  },

  // The page's hooks: React's rules, including the React Compiler's checks.
  {
    files: ['client/**/*.{ts,tsx}'],
    ...reactHooks.configs.flat['recommended-latest'],
  },
  {
    files: ['client/**/*.{ts,tsx}'],
    rules: {
      'react-hooks/exhaustive-deps': 'error',
      // Off until the page is reworked for them: four effects set state synchronously (a reset
      // when an input changes) and the canvas keeps its latest handlers in a ref during render.
      'react-hooks/set-state-in-effect': 'off',
      'react-hooks/refs': 'off',
    },
  },
);

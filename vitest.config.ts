// Two projects: everything on the embedded store runs in parallel files; everything against
// the one Neo4j server the global setup starts runs file after file (they share its database).
import { defineConfig } from 'vitest/config';

const NEO4J_FILES = 'tests/**/*.neo4j.test.ts';

export default defineConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 300_000,
    pool: 'forks',
    reporters: ['default', './tests/reporters/store-summary.ts'],
    projects: [
      {
        extends: true,
        test: {
          name: 'embedded',
          include: [
            'server/**/*.test.ts',
            'seed/**/*.test.ts',
            'bench/**/*.test.ts',
            'client/**/*.test.ts',
            'client/**/*.test.tsx',
            'tests/**/*.test.ts',
          ],
          exclude: [NEO4J_FILES, '**/node_modules/**'],
        },
      },
      {
        extends: true,
        test: {
          name: 'neo4j',
          include: [NEO4J_FILES],
          globalSetup: ['tests/neo4j/global-setup.ts'],
          fileParallelism: false,
        },
      },
    ],
  },
});

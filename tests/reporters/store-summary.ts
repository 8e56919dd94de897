// Prints, after the run, how many cases passed per suite and store (the contract suite and the
// API tests run once per store), then one plain closing line for the whole run.
import type { Reporter, TestModule } from 'vitest/node';

const SUITES: [RegExp, string][] = [
  [/tests\/contract\/store\.ladybug\.test\.ts$/, 'storage contract on LadybugDB'],
  [/tests\/contract\/store\.neo4j\.test\.ts$/, 'storage contract on Neo4j'],
  [/tests\/api\/api\.ladybug\.test\.ts$/, 'GraphQL API on LadybugDB'],
  [/tests\/api\/api\.neo4j\.test\.ts$/, 'GraphQL API on Neo4j'],
  [/tests\/stores\/stores-agree\.neo4j\.test\.ts$/, 'LadybugDB and Neo4j agree'],
];

export default class StoreSummaryReporter implements Reporter {
  onTestRunEnd(modules: ReadonlyArray<TestModule>): void {
    const tally = (list: ReadonlyArray<TestModule>) => {
      const counts = { passed: 0, failed: 0, skipped: 0 };
      for (const m of list) {
        for (const test of m.children.allTests()) {
          const state = test.result().state;
          if (state === 'passed') counts.passed++;
          else if (state === 'failed') counts.failed++;
          else counts.skipped++;
        }
      }
      return counts;
    };
    const line = (c: ReturnType<typeof tally>) =>
      `${c.passed} passed, ${c.failed} failed${c.skipped ? `, ${c.skipped} skipped` : ''}`;
    console.log('');
    for (const [pattern, label] of SUITES) {
      const matching = modules.filter((m) => pattern.test(m.moduleId));
      if (matching.length) console.log(`${label}: ${line(tally(matching))}`);
    }
    console.log(line(tally(modules)));
  }
}

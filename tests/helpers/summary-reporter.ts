/**
 * Prints the slowest test files (where `npm test`'s time goes) and one plain closing line,
 * `Tests: N passed, N failed, N skipped`, for CI logs that read it.
 */
import type { Reporter, TestModule } from 'vitest/node';

export default class SummaryReporter implements Reporter {
  onTestRunEnd(modules: ReadonlyArray<TestModule>): void {
    let passed = 0;
    let failed = 0;
    let skipped = 0;
    for (const m of modules) {
      for (const t of m.children.allTests()) {
        const s = t.result().state;
        if (s === 'passed') passed++;
        else if (s === 'failed') failed++;
        else skipped++;
      }
      if (m.state() === 'failed' && [...m.children.allTests()].length === 0) failed++;
    }
    const slow = modules
      .map((m) => ({ name: m.moduleId.replace(/^.*\/tests\//, 'tests/'), ms: m.diagnostic().duration }))
      .sort((a, b) => b.ms - a.ms)
      .slice(0, 10);
    if (modules.length > 1) console.log(`\nSlowest files: ${slow.map((s) => `${s.name} ${(s.ms / 1000).toFixed(0)} s`).join(', ')}`);
    console.log(`\nTests: ${passed} passed, ${failed} failed, ${skipped} skipped`);
  }
}

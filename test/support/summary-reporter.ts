/**
 * Prints one plain closing line, «N passed, N failed, N skipped», that any CI can read. A suite that fails
 * outside its tests (an import that throws, a beforeAll that fails: its tests are then skipped) counts as
 * one failed, and so does every unhandled error, so the line never says "0 failed" while vitest exits 1.
 */
import type { Reporter, SerializedError, TestModule, TestRunEndReason } from 'vitest/node';

export default class SummaryReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>, unhandledErrors: ReadonlyArray<SerializedError>, reason: TestRunEndReason): void {
    const count = { passed: 0, failed: 0, skipped: 0 };
    for (const module of testModules) {
      let failedTests = 0;
      for (const test of module.children.allTests()) {
        const state = test.result().state;
        if (state === 'passed') count.passed++;
        else if (state === 'failed') failedTests++;
        else count.skipped++;
      }
      count.failed += failedTests;
      if (failedTests === 0 && (module.state() === 'failed' || module.errors().length > 0)) count.failed++;
    }
    count.failed += unhandledErrors.length;
    if (reason === 'failed' && count.failed === 0) count.failed = 1;
    console.log(`\ntests: ${count.passed} passed, ${count.failed} failed, ${count.skipped} skipped`);
  }
}

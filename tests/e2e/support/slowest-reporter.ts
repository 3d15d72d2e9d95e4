// A Playwright reporter (its documented Reporter interface) that ends the run with its ten slowest
// tests and the share of their timeout each used, so that a test creeping towards its timeout is
// seen before it fails on a busier machine.
import type { FullResult, Reporter, TestCase, TestResult } from '@playwright/test/reporter';

type Timing = { title: string; ms: number; timeoutMs: number };

export default class SlowestTestsReporter implements Reporter {
  private readonly timings: Timing[] = [];

  onTestEnd(test: TestCase, result: TestResult): void {
    const project = test.parent.project()?.name ?? '';
    this.timings.push({ title: `[${project}] ${test.titlePath().slice(2).join(' › ')}`, ms: result.duration, timeoutMs: test.timeout });
  }

  onEnd(_result: FullResult): void {
    const slowest = [...this.timings].sort((a, b) => b.ms - a.ms).slice(0, 10);
    if (slowest.length === 0) return;
    console.log('\nThe ten slowest tests (time, share of the test timeout):');
    for (const timing of slowest) {
      const share = timing.timeoutMs > 0 ? Math.round((timing.ms / timing.timeoutMs) * 100) : 0;
      console.log(`  ${(timing.ms / 1000).toFixed(1).padStart(6)} s  ${String(share).padStart(3)} %  ${timing.title}`);
    }
  }
}

// Prints "N passed, N failed" from vitest's JSON report. When the report is missing (the
// typecheck or the lint failed before vitest ran), the failed step counts as one failure.
import { existsSync, readFileSync } from 'node:fs';

const [file, status] = process.argv.slice(2);
if (!existsSync(file)) {
  console.log(`0 passed, ${status === '0' ? 0 : 1} failed`);
} else {
  const report = JSON.parse(readFileSync(file, 'utf8'));
  const failed =
    report.numFailedTests + (report.numFailedTestSuites ?? 0) - countSuitesWithFailedTests(report);
  console.log(
    `${report.numPassedTests} passed, ${Math.max(failed, status === '0' ? 0 : 1)} failed`,
  );
}

// A suite that failed because its tests failed is already counted through those tests.
function countSuitesWithFailedTests(report) {
  return report.testResults.filter(
    (s) => s.status === 'failed' && s.assertionResults.some((t) => t.status === 'failed'),
  ).length;
}

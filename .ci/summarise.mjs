// Sums every suite's JSON report into the one line CI reads: "N passed, N failed".
// Arguments `name=exitcode` add checks that are not test suites (e.g. verify-sources=0).
import { existsSync, readdirSync, readFileSync } from 'node:fs';

const dir = new URL('../reports/', import.meta.url);
const files = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.json')) : [];
let passed = 0;
let failed = 0;
for (const file of files) {
  const report = JSON.parse(readFileSync(new URL(file, dir), 'utf8'));
  if (report.stats) {
    // Playwright's JSON report: expected = passed, unexpected = failed, flaky = passed on retry.
    passed += report.stats.expected + report.stats.flaky;
    failed += report.stats.unexpected;
    if (report.errors?.length) {
      failed += 1;
      console.log(`suite failed to run: ${file}`);
    }
    continue;
  }
  passed += report.numPassedTests ?? 0;
  failed += report.numFailedTests ?? 0;
  // A test file that failed to load has no failed test but is a failure all the same.
  if (report.success === false && (report.numFailedTests ?? 0) === 0) {
    failed += Math.max(1, report.numFailedTestSuites ?? 0);
    console.log(`suite failed to run: ${file}`);
  }
}
if (files.length === 0) {
  console.log('no test report found: the test command ran no suite');
  failed += 1;
}
for (const check of process.argv.slice(2)) {
  const [name, code] = check.split('=');
  if (code === '0') passed += 1;
  else {
    failed += 1;
    console.log(`check failed: ${name} (exit ${code})`);
  }
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);

// Sums every suite's JSON report into the one line CI reads: "N passed, N failed, N skipped".
//
// It knows the suites a full run must contain (SUITES below): one that has no report, no test of
// its own, or whose tests were all skipped counts as a failure, by name. It names every skipped
// test (counted as skipped), every failed test, and every flaky one (Playwright: failed, then
// passed on retry; counted as passed).
//
// Usage: node .ci/summarise.mjs [--reports=<dir>] [name=exitcode ...]
// `name=exitcode` arguments add checks that are not test suites (e.g. verify-sources=0); a
// non-zero code is a failure. The reports folder defaults to reports/ at the repository root.
import { existsSync, readdirSync, readFileSync, realpathSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** A test belongs to the variant of a `describe.each(testDatabases)('… on $name')` block. */
const onDatabase = (name) => (test) =>
  test.titles.some((t) => new RegExp(`\\bon '?${name}'?$`).test(t));
const inTestsApi = (test) => /[\\/]tests[\\/]api[\\/]/.test(test.file);
const inTestsServer = (test) => /[\\/]tests[\\/]server[\\/]/.test(test.file);
const inTestsBench = (test) => /[\\/]tests[\\/]bench[\\/]/.test(test.file);

/** Every suite a full CI run must report: `report` is a file in reports/, `check` an argument. */
export const SUITES = [
  { title: 'data (packages/data)', report: 'vitest-data.json' },
  { title: 'db on PGlite', report: 'vitest-db.json', select: onDatabase('pglite') },
  {
    title: 'db on PostgreSQL',
    report: 'vitest-db.json',
    select: onDatabase('postgres'),
    hint: 'no test named "on \'postgres\'": is TEST_DATABASE_URL set?',
  },
  { title: 'API unit (apps/api)', report: 'vitest-api.json' },
  {
    title: 'API contract on PGlite (tests/api)',
    report: 'vitest-tests.json',
    select: (t) => inTestsApi(t) && onDatabase('pglite')(t),
  },
  {
    title: 'API contract on PostgreSQL (tests/api)',
    report: 'vitest-tests.json',
    select: (t) => inTestsApi(t) && onDatabase('postgres')(t),
    hint: 'no test named "on \'postgres\'": is TEST_DATABASE_URL set?',
  },
  {
    title: 'served process: npm start and the API process over HTTP (tests/server)',
    report: 'vitest-tests.json',
    select: inTestsServer,
  },
  {
    title: 'bench code: scaled data and goal verdicts (tests/bench)',
    report: 'vitest-tests.json',
    select: inTestsBench,
  },
  { title: 'dashboard (apps/dashboard)', report: 'vitest-dashboard.json' },
  { title: 'end-to-end (Playwright, tests/e2e)', report: 'playwright-e2e.json' },
  { title: 'verify-sources', check: 'verify-sources' },
];

const firstLine = (text) =>
  String(text ?? '')
    .trim()
    .split('\n')[0];

/**
 * One report as a flat list of tests `{ name, file, titles, status }` (status: passed, failed,
 * skipped or flaky) plus `errors`, problems that are no test's (a file that failed to load, a web
 * server that did not start), and `skippedWhole` when the runner wrote only a note that it skipped.
 */
export function readReport(file, report) {
  const tests = [];
  const errors = [];
  if (report === null || typeof report !== 'object') {
    return { tests, errors: [`${file}: not a report this script can read`] };
  }
  if (report.skipped === true) return { tests, errors, skippedWhole: report.reason ?? 'skipped' };

  if (Array.isArray(report.suites) && report.stats) {
    // Playwright: suites (files, describes) hold specs; a spec holds one test per project.
    const walk = (suite, titles) => {
      const path = suite.title ? [...titles, suite.title] : titles;
      for (const spec of suite.specs ?? []) {
        for (const test of spec.tests ?? []) {
          const status = {
            expected: 'passed',
            unexpected: 'failed',
            flaky: 'flaky',
            skipped: 'skipped',
          }[test.status];
          tests.push({
            name: [...path, spec.title].join(' › '),
            file: suite.file ?? '',
            titles: path,
            status: status ?? 'failed',
          });
        }
      }
      for (const child of suite.suites ?? []) walk(child, path);
    };
    for (const suite of report.suites) walk(suite, []);
    for (const e of report.errors ?? []) errors.push(`${file}: ${firstLine(e.message)}`);
    return { tests, errors };
  }

  if (Array.isArray(report.testResults)) {
    // Vitest (Jest-compatible JSON): one entry per test file.
    for (const result of report.testResults) {
      const assertions = result.assertionResults ?? [];
      for (const a of assertions) {
        const status = a.status === 'passed' || a.status === 'failed' ? a.status : 'skipped';
        tests.push({
          name: a.fullName ?? [...(a.ancestorTitles ?? []), a.title].join(' '),
          file: result.name ?? '',
          titles: a.ancestorTitles ?? [],
          status,
        });
      }
      // A file that failed to load has no failed test but is a failure all the same.
      if (result.status === 'failed' && !assertions.some((a) => a.status === 'failed')) {
        errors.push(
          `${result.name}: ${firstLine(result.message) || 'failed outside its tests (loading it, or a hook: see the log)'}`,
        );
      }
    }
    if (
      report.success === false &&
      errors.length === 0 &&
      !tests.some((t) => t.status === 'failed')
    ) {
      errors.push(`${file}: the run failed outside any test (unhandled error?)`);
    }
    return { tests, errors };
  }
  return { tests, errors: [`${file}: not a report this script can read`] };
}

/**
 * @param {Map<string, unknown>} reports file name in reports/ → parsed JSON (or an Error)
 * @param {string[]} checks `name=exitcode`
 * @returns {{ lines: string[], passed: number, failed: number, skipped: number }}
 */
export function summarise(reports, checks) {
  const lines = [];
  let passed = 0;
  let failed = 0;
  let skipped = 0;
  const read = new Map();
  const failedTests = [];
  const skippedTests = [];
  const flakyTests = [];
  const errors = [];

  for (const [file, report] of reports) {
    const r =
      report instanceof Error
        ? { tests: [], errors: [`${file}: ${report.message}`] }
        : readReport(file, report);
    read.set(file, r);
    const prefix = file.replace(/^(vitest|playwright)-/, '').replace(/\.json$/, '');
    for (const t of r.tests) {
      const named = `${prefix} › ${t.name}`;
      if (t.status === 'passed') passed += 1;
      else if (t.status === 'flaky') {
        passed += 1;
        flakyTests.push(named);
      } else if (t.status === 'failed') {
        failed += 1;
        failedTests.push(named);
      } else {
        skipped += 1;
        skippedTests.push(named);
      }
    }
    if (r.skippedWhole) {
      skipped += 1;
      skippedTests.push(`${prefix} › (the whole suite) ${r.skippedWhole}`);
    }
    failed += r.errors.length;
    errors.push(...r.errors);
  }

  const checkCodes = new Map();
  for (const arg of checks) {
    const at = arg.indexOf('=');
    const name = at < 0 ? arg : arg.slice(0, at);
    const code = at < 0 ? '' : arg.slice(at + 1);
    checkCodes.set(name, code);
  }

  lines.push('suites:');
  for (const suite of SUITES) {
    if (suite.check) {
      const code = checkCodes.get(suite.check);
      if (code === undefined) {
        failed += 1;
        lines.push(`  MISSING  ${suite.title}: no result given (${suite.check}=<exit code>)`);
      } else {
        lines.push(
          `  ${code === '0' ? 'ok     ' : 'FAILED '}  ${suite.title} (exit ${code || '?'})`,
        );
      }
      continue;
    }
    const r = read.get(suite.report);
    if (!r) {
      failed += 1;
      lines.push(`  MISSING  ${suite.title}: no reports/${suite.report}`);
      continue;
    }
    if (r.skippedWhole) {
      failed += 1;
      lines.push(`  SKIPPED  ${suite.title}: skipped as a whole: ${r.skippedWhole}`);
      continue;
    }
    const mine = suite.select ? r.tests.filter(suite.select) : r.tests;
    const count = (status) => mine.filter((t) => t.status === status).length;
    const [p, f, s, fl] = [count('passed'), count('failed'), count('skipped'), count('flaky')];
    const counts = `${p + fl} passed, ${f} failed, ${s} skipped${fl ? ` (${fl} flaky)` : ''}`;
    if (mine.length === 0) {
      failed += 1;
      lines.push(
        `  MISSING  ${suite.title}: no test in reports/${suite.report}${suite.hint ? ` (${suite.hint})` : ''}`,
      );
    } else if (p + fl + f === 0) {
      failed += 1;
      lines.push(`  SKIPPED  ${suite.title}: all ${s} tests skipped`);
    } else {
      lines.push(
        `  ${f > 0 || (!suite.select && r.errors.length > 0) ? 'FAILED ' : 'ok     '}  ${suite.title}: ${counts}`,
      );
    }
  }
  const expected = new Set(SUITES.map((s) => s.report).filter(Boolean));
  for (const file of read.keys()) {
    if (!expected.has(file))
      lines.push(`  (extra)  ${file}: not an expected suite; its tests are counted`);
  }

  const checked = new Set(SUITES.map((s) => s.check).filter(Boolean));
  const otherChecks = [...checkCodes].filter(([name]) => !checked.has(name));
  if (otherChecks.length > 0) lines.push('checks:');
  for (const [name, code] of checkCodes) {
    if (code === '0') passed += 1;
    else failed += 1;
    if (!checked.has(name))
      lines.push(`  ${code === '0' ? 'ok     ' : 'FAILED '}  ${name} (exit ${code || '?'})`);
  }

  const list = (title, items) => {
    if (items.length === 0) return;
    lines.push(`${title} (${items.length}):`);
    for (const item of items) lines.push(`  ${item}`);
  };
  list('errors outside tests', errors);
  list('failed tests', failedTests);
  list('flaky tests (failed, then passed on retry; counted as passed)', flakyTests);
  list('skipped tests', skippedTests);

  lines.push(`${passed} passed, ${failed} failed, ${skipped} skipped`);
  return { lines, passed, failed, skipped };
}

/** Reads every *.json report in `dir`. */
export function readReports(dir) {
  const reports = new Map();
  if (!existsSync(dir)) return reports;
  for (const file of readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()) {
    try {
      reports.set(file, JSON.parse(readFileSync(join(dir, file), 'utf8')));
    } catch (e) {
      reports.set(
        file,
        new Error(`unreadable report (${e instanceof Error ? e.message : String(e)})`),
      );
    }
  }
  return reports;
}

const isMain =
  process.argv[1] && realpathSync(process.argv[1]) === realpathSync(fileURLToPath(import.meta.url));
if (isMain) {
  const args = process.argv.slice(2);
  const dirArg = args.find((a) => a.startsWith('--reports='));
  const dir = dirArg
    ? dirArg.slice('--reports='.length)
    : fileURLToPath(new URL('../reports/', import.meta.url));
  const { lines, failed } = summarise(
    readReports(dir),
    args.filter((a) => a !== dirArg),
  );
  for (const line of lines) console.log(line);
  process.exit(failed > 0 ? 1 : 0);
}

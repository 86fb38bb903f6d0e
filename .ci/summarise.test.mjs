// Tests of .ci/summarise.mjs on report fixtures written here: node --test .ci/summarise.test.mjs
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

const script = fileURLToPath(new URL('./summarise.mjs', import.meta.url));
const scratch = mkdtempSync(join(tmpdir(), 'aiwatch-summarise-'));
after(() => rmSync(scratch, { recursive: true, force: true }));

/** A vitest JSON report: `files` maps a test file to its tests `[describe title, test title, status]`. */
function vitest(files) {
  const testResults = Object.entries(files).map(([name, tests]) => ({
    name,
    status: tests.some(([, , s]) => s === 'failed') ? 'failed' : 'passed',
    message: '',
    assertionResults: tests.map(([describe, title, status]) => ({
      ancestorTitles: [describe],
      fullName: `${describe} ${title}`,
      title,
      status,
      failureMessages: [],
    })),
  }));
  const all = testResults.flatMap((r) => r.assertionResults);
  const n = (s) => all.filter((a) => a.status === s).length;
  return {
    numTotalTests: all.length,
    numPassedTests: n('passed'),
    numFailedTests: n('failed'),
    numPendingTests: n('skipped'),
    success: n('failed') === 0,
    testResults,
  };
}

/** A Playwright JSON report: `tests` are `[file, title, status]` with Playwright's test status. */
function playwright(tests) {
  const files = [...new Set(tests.map(([file]) => file))];
  const count = (s) => tests.filter(([, , status]) => status === s).length;
  return {
    suites: files.map((file) => ({
      title: file,
      file,
      specs: tests
        .filter(([f]) => f === file)
        .map(([, title, status]) => ({
          title,
          ok: status !== 'unexpected',
          tests: [{ projectName: 'chromium', status, results: [] }],
        })),
    })),
    errors: [],
    stats: {
      expected: count('expected'),
      unexpected: count('unexpected'),
      flaky: count('flaky'),
      skipped: count('skipped'),
    },
  };
}

/** A `describe.each(testDatabases)('… on $name')` block's test on both databases. */
const both = (describe) => [
  [`${describe} on 'pglite'`, 'works', 'passed'],
  [`${describe} on 'postgres'`, 'works', 'passed'],
];

/** Every expected suite, each passing: 12 tests. */
const goodReports = () => ({
  'vitest-data.json': vitest({
    '/r/packages/data/a.test.ts': [
      ['numbers', 'parse', 'passed'],
      ['numbers', 'format', 'passed'],
    ],
  }),
  'vitest-db.json': vitest({
    '/r/db/src/seed.test.ts': [...both('seed'), ['env', 'reads', 'passed']],
  }),
  'vitest-api.json': vitest({ '/r/apps/api/src/a.test.ts': [['problem', 'answers', 'passed']] }),
  'vitest-tests.json': vitest({
    '/r/tests/api/health.test.ts': both('health'),
    '/r/tests/server/launcher.test.ts': [['npm start', 'serves', 'passed']],
    '/r/tests/bench/growth-goal.test.ts': [['growth goal', 'judges', 'passed']],
  }),
  'vitest-dashboard.json': vitest({
    '/r/apps/dashboard/src/a.test.ts': [['citation', 'formats', 'passed']],
  }),
  'playwright-e2e.json': playwright([
    ['overview.spec.ts', 'shows the KPIs', 'expected'],
    ['pages.spec.ts', 'every page answers', 'expected'],
  ]),
});

let runs = 0;
function summarise(reports, ...checks) {
  const dir = join(scratch, `run-${(runs += 1)}`);
  mkdirSync(dir);
  for (const [file, report] of Object.entries(reports)) {
    writeFileSync(join(dir, file), typeof report === 'string' ? report : JSON.stringify(report));
  }
  const run = spawnSync(process.execPath, [script, `--reports=${dir}`, ...checks], {
    encoding: 'utf8',
  });
  const lines = run.stdout.trimEnd().split('\n');
  return { code: run.status, out: run.stdout, last: lines.at(-1) };
}

describe('summarise', () => {
  it('passes when every expected suite ran, ending with "N passed, N failed, N skipped"', () => {
    const { code, last, out } = summarise(goodReports(), 'verify-sources=0', 'lint=0');
    assert.equal(last, '15 passed, 0 failed, 0 skipped', out);
    assert.equal(code, 0);
    assert.doesNotMatch(out, /MISSING|SKIPPED|FAILED/);
  });

  it('fails, naming it, when the end-to-end report is missing', () => {
    const reports = goodReports();
    delete reports['playwright-e2e.json'];
    const { code, last, out } = summarise(reports, 'verify-sources=0');
    assert.match(
      out,
      /MISSING {2}end-to-end \(Playwright, tests\/e2e\): no reports\/playwright-e2e\.json/,
    );
    assert.equal(last, '12 passed, 1 failed, 0 skipped');
    assert.equal(code, 1);
  });

  it('fails when the e2e runner only noted that it skipped the suite', () => {
    const reports = {
      ...goodReports(),
      'playwright-e2e.json': { skipped: true, suite: 'e2e', reason: 'no Chromium' },
    };
    const { code, last, out } = summarise(reports, 'verify-sources=0');
    assert.match(out, /SKIPPED {2}end-to-end .*: skipped as a whole: no Chromium/);
    assert.match(out, /e2e › \(the whole suite\) no Chromium/);
    assert.equal(last, '12 passed, 1 failed, 1 skipped');
    assert.equal(code, 1);
  });

  it('fails when a suite ran but every test of it was skipped, and names the skipped tests', () => {
    const reports = {
      ...goodReports(),
      'vitest-dashboard.json': vitest({
        '/r/apps/dashboard/src/a.test.ts': [
          ['citation', 'formats', 'skipped'],
          ['citation', 'escapes', 'skipped'],
        ],
      }),
    };
    const { code, last, out } = summarise(reports, 'verify-sources=0');
    assert.match(out, /SKIPPED {2}dashboard \(apps\/dashboard\): all 2 tests skipped/);
    assert.match(
      out,
      /skipped tests \(2\):\n {2}dashboard › citation formats\n {2}dashboard › citation escapes/,
    );
    assert.equal(last, '13 passed, 1 failed, 2 skipped');
    assert.equal(code, 1);
  });

  it('counts and names skipped tests in a suite that otherwise ran, without failing', () => {
    const reports = {
      ...goodReports(),
      'vitest-data.json': vitest({
        '/r/packages/data/a.test.ts': [
          ['numbers', 'parse', 'passed'],
          ['claims — needs the source documents (SOURCES_DIR)', 'found', 'skipped'],
        ],
      }),
    };
    const { code, last, out } = summarise(reports, 'verify-sources=0');
    assert.match(out, /data › claims — needs the source documents \(SOURCES_DIR\) found/);
    assert.equal(last, '13 passed, 0 failed, 1 skipped');
    assert.equal(code, 0);
  });

  it('fails when the PostgreSQL variants did not run', () => {
    const reports = {
      ...goodReports(),
      'vitest-db.json': vitest({
        '/r/db/src/seed.test.ts': [["seed on 'pglite'", 'works', 'passed']],
      }),
    };
    const { code, last, out } = summarise(reports, 'verify-sources=0');
    assert.match(out, /MISSING {2}db on PostgreSQL: .*TEST_DATABASE_URL/);
    assert.match(out, /ok {7}db on PGlite: 1 passed/);
    assert.equal(last, '12 passed, 1 failed, 0 skipped');
    assert.equal(code, 1);
  });

  it('names flaky tests and counts them as passed', () => {
    const reports = {
      ...goodReports(),
      'playwright-e2e.json': playwright([
        ['overview.spec.ts', 'shows the KPIs', 'flaky'],
        ['pages.spec.ts', 'every page answers', 'expected'],
        ['pages.spec.ts', 'prints', 'skipped'],
      ]),
    };
    const { code, last, out } = summarise(reports, 'verify-sources=0');
    assert.match(
      out,
      /flaky tests \(failed, then passed on retry; counted as passed\) \(1\):\n {2}e2e › overview\.spec\.ts › shows the KPIs/,
    );
    assert.match(out, /e2e › pages\.spec\.ts › prints/);
    assert.equal(last, '14 passed, 0 failed, 1 skipped');
    assert.equal(code, 0);
  });

  it('counts failed tests, a file that failed to load, and unreadable reports as failures', () => {
    const reports = {
      ...goodReports(),
      'playwright-e2e.json': playwright([['pages.spec.ts', 'every page answers', 'unexpected']]),
      'vitest-api.json': {
        ...vitest({ '/r/apps/api/src/a.test.ts': [['problem', 'answers', 'passed']] }),
        success: false,
      },
      'vitest-extra.json': '{ not json',
    };
    reports['vitest-api.json'].testResults.push({
      name: '/r/apps/api/src/b.test.ts',
      status: 'failed',
      message: 'SyntaxError: x',
      assertionResults: [],
    });
    const { code, last, out } = summarise(reports, 'verify-sources=0');
    assert.match(out, /failed tests \(1\):\n {2}e2e › pages\.spec\.ts › every page answers/);
    assert.match(out, /b\.test\.ts: SyntaxError: x/);
    assert.match(out, /vitest-extra\.json: unreadable report/);
    assert.equal(last, '12 passed, 3 failed, 0 skipped');
    assert.equal(code, 1);
  });

  it('keeps name=exitcode checks, and requires verify-sources among them', () => {
    let { code, last, out } = summarise(goodReports(), 'lint=0');
    assert.match(out, /MISSING {2}verify-sources: no result given/);
    assert.equal(last, '14 passed, 1 failed, 0 skipped');
    assert.equal(code, 1);
    ({ code, last, out } = summarise(goodReports(), 'verify-sources=2', 'check=1'));
    assert.match(out, /FAILED +verify-sources \(exit 2\)/);
    assert.match(out, /FAILED +check \(exit 1\)/);
    assert.equal(last, '13 passed, 2 failed, 0 skipped');
    assert.equal(code, 1);
  });

  it('fails with every suite missing when there is no report at all', () => {
    const { code, last } = summarise({}, 'verify-sources=0');
    assert.equal(last, '1 passed, 10 failed, 0 skipped');
    assert.equal(code, 1);
  });
});

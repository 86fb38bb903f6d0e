import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';

export interface LintProblem {
  ruleId: string;
  severity: 'error' | 'warn';
  message: string;
  location: { pointer?: string }[];
}

export interface LintReport {
  totals: { errors: number; warnings: number };
  problems: LintProblem[];
}

// The CLI is one bundled file with no Node API: run its bin with this very Node.
const cli = join(dirname(createRequire(import.meta.url).resolve('@redocly/cli/package.json')), 'bin', 'cli.js');

/**
 * Lints an OpenAPI document with Redocly's `recommended` ruleset. It runs in an empty folder, so
 * no redocly.yaml of a developer's changes the rules, and without telemetry or update checks.
 */
export async function redoclyLint(document: string): Promise<LintReport> {
  const dir = await mkdtemp(join(tmpdir(), 'redocly-'));
  try {
    await writeFile(join(dir, 'openapi.json'), document);
    const run = await promisify(execFile)(process.execPath, [cli, 'lint', 'openapi.json', '--extends', 'recommended', '--format', 'json', '--max-problems', '1000'], {
      cwd: dir,
      env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true', NO_COLOR: '1' },
      maxBuffer: 64 * 1024 * 1024,
    }).catch((e: { stdout?: string; code?: number }) => {
      // Exit code 1 means "problems found"; the report is still on stdout.
      if (e.code === 1 && e.stdout) return { stdout: e.stdout };
      throw e;
    });
    return JSON.parse(run.stdout) as LintReport;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** One line per problem, for a failure message: severity, rule, where, what. */
export const describeProblems = (problems: LintProblem[]) =>
  problems.map((p) => `${p.severity} ${p.ruleId} at ${p.location[0]?.pointer ?? '?'}: ${p.message}`).join('\n');

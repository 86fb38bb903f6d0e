/**
 * `npm run import -- epoch-models <file.csv> [--dry-run] [--report <file.json>] [--allow-removals]`:
 * imports a release of Epoch AI's models CSV into the committed snapshot (packages/data/snapshots),
 * reporting what it adds, removes and changes. Exit codes: 0 imported (or nothing to change),
 * 1 the input is bad or the release would remove too much, 2 usage.
 */
import { writeFileSync } from 'node:fs';
import { isAbsolute, resolve } from 'node:path';
import { entities } from '../dataset/entities.ts';
import { DEVELOPER_ALIASES } from '../dataset/developer-aliases.ts';
import {
  ImportInputError,
  importEpochModels,
  MissingColumnsError,
  readSnapshot,
  RowValidationError,
  SNAPSHOT_DIR,
  writeSnapshot,
  type ImportReport,
} from '../imports/epoch-models/index.ts';

const USAGE =
  'usage: npm run import -- epoch-models <file.csv> [--dry-run] [--report <file.json>] [--allow-removals]\n' +
  '  --dry-run          report what would change; write nothing\n' +
  '  --report <file>    also write the report (added, removed, changed, duplicates, unresolved) as JSON\n' +
  '  --allow-removals   accept a release that removes more than a tenth of the models\n' +
  '  --snapshot <dir>   the snapshot folder to compare with and write (default packages/data/snapshots/epoch-ai-models)';

class UsageError extends Error {}

/** Share of the committed models a release may remove before the import asks for --allow-removals. */
const REMOVAL_LIMIT = 0.1;

interface Options {
  kind: string;
  file: string;
  dryRun: boolean;
  report: string | null;
  allowRemovals: boolean;
  snapshot: string;
}

function parseArgs(args: string[]): Options {
  const positional: string[] = [];
  const options: Omit<Options, 'kind' | 'file'> = { dryRun: false, report: null, allowRemovals: false, snapshot: SNAPSHOT_DIR };
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '--dry-run') options.dryRun = true;
    else if (a === '--allow-removals') options.allowRemovals = true;
    else if (a === '--report' || a === '--snapshot') {
      const next = args[++i];
      if (!next || next.startsWith('--')) throw new UsageError(`${a} needs a ${a === '--report' ? 'file name' : 'folder'}`);
      if (a === '--report') options.report = next;
      else options.snapshot = fromInvocation(next);
    } else if (a.startsWith('-')) throw new UsageError(`unknown option ${a}`);
    else positional.push(a);
  }
  const [kind, file, ...extra] = positional;
  if (!kind || !file) throw new UsageError('name the kind of import and the file');
  if (kind !== 'epoch-models') throw new UsageError(`unknown import "${kind}" (known: epoch-models)`);
  if (extra.length > 0) throw new UsageError(`unexpected argument ${extra[0]}`);
  return { kind, file, ...options };
}

/** Paths are relative to where the command was typed, not the package folder npm runs in. */
const fromInvocation = (p: string) => (isAbsolute(p) ? p : resolve(process.env.INIT_CWD ?? process.cwd(), p));

const show = (v: unknown) => (typeof v === 'number' ? String(v) : JSON.stringify(v));

function summary(r: ImportReport, before: number | null): string {
  const lines = [
    `read ${r.rows} rows of ${r.file} (sha256 ${r.sha256.slice(0, 12)}…): ${r.models} models`,
    `  skipped ${r.skipped.length} row(s)${r.skipped.map((s) => `; row ${s.row}: ${s.reason}`).join('')}`,
    `  duplicated names: ${r.duplicates.length}${r.duplicates.map((d) => `; ${d.name} ×${d.models.length}`).join('')}`,
    `  developers: ${r.resolved.length} names resolved to entities, ${r.unresolved.length} unresolved`,
    before === null
      ? '  no snapshot yet: every model is new'
      : `  against the snapshot (${before} models): ${r.added.length} added, ${r.removed.length} removed, ${r.changed.length} changed`,
  ];
  for (const a of r.added.slice(0, 10)) lines.push(`    + ${a.name} (${a.id})`);
  if (r.added.length > 10) lines.push(`    + … ${r.added.length - 10} more`);
  for (const a of r.removed.slice(0, 10)) lines.push(`    - ${a.name} (${a.id})`);
  if (r.removed.length > 10) lines.push(`    - … ${r.removed.length - 10} more`);
  for (const c of r.changed.slice(0, 10)) {
    lines.push(`    ~ ${c.name} (${c.id}): ${c.changes.map((x) => `${x.field} ${show(x.old)} → ${show(x.new)}`).join('; ')}`);
  }
  if (r.changed.length > 10) lines.push(`    ~ … ${r.changed.length - 10} more`);
  return lines.join('\n');
}

async function main(args: string[]): Promise<number> {
  if (args.includes('--help') || args.includes('-h')) {
    console.log(USAGE);
    return 0;
  }
  const options = parseArgs(args);
  const previous = readSnapshot(options.snapshot);
  const { snapshot, report } = await importEpochModels(fromInvocation(options.file), entities, DEVELOPER_ALIASES, previous);
  console.log(summary(report, previous?.models.length ?? null));
  if (options.report) {
    writeFileSync(fromInvocation(options.report), `${JSON.stringify(report, null, 2)}\n`);
    console.log(`report written to ${options.report}`);
  }
  const limit = Math.floor((previous?.models.length ?? 0) * REMOVAL_LIMIT);
  if (report.removed.length > limit && !options.allowRemovals) {
    console.error(
      `import: this release removes ${report.removed.length} of ${previous?.models.length} models (more than a tenth); ` +
        'nothing was written. Check the file, then run again with --allow-removals if the removals are real.',
    );
    return 1;
  }
  if (options.dryRun) {
    console.log('dry run: the snapshot is unchanged');
    return 0;
  }
  writeSnapshot(snapshot, options.snapshot);
  console.log(`snapshot written to ${options.snapshot === SNAPSHOT_DIR ? 'packages/data/snapshots/epoch-ai-models/' : options.snapshot} — review it with git diff`);
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (e: unknown) => {
    if (e instanceof UsageError) {
      console.error(`import: ${e.message}\n${USAGE}`);
      process.exit(2);
    }
    const known = e instanceof ImportInputError || e instanceof MissingColumnsError || e instanceof RowValidationError;
    console.error(`import: ${known ? (e as Error).message : String(e)}${known ? '\nThe snapshot is unchanged.' : ''}`);
    process.exit(1);
  },
);

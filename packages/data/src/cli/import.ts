/**
 * `npm run import -- epoch-models <file.csv> [--dry-run] [--report <file.json>] [--allow-removals]`:
 * imports a release of Epoch AI's models CSV into the committed snapshot (packages/data/snapshots),
 * reporting what it adds, removes and changes.
 * `npm run import -- company-facts <facts.csv> [--rates <fx-usd.csv>] [--dry-run] [--report <file.json>]`:
 * imports the figures news reports give, grouped and ranked, with the exchange rates.
 * Exit codes: 0 imported (or nothing to change), 1 the input is bad or the release would remove
 * too much, 2 usage.
 */
import { writeFileSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, resolve } from 'node:path';
import { entities } from '../dataset/entities.ts';
import { DEVELOPER_ALIASES } from '../dataset/developer-aliases.ts';
import { FACTS_SNAPSHOT_DIR, factsSnapshotFiles, importFactsForDataset, readFactsSnapshotFiles, writeFactsSnapshot } from '../imports/company-facts/index.ts';
import {
  DuplicateColumnsError,
  ImportInputError,
  importEpochModels,
  SnapshotError,
  MissingColumnsError,
  readSnapshot,
  RowValidationError,
  SNAPSHOT_DIR,
  writeSnapshot,
  type ImportReport,
} from '../imports/epoch-models/index.ts';

const USAGE =
  'usage: npm run import -- epoch-models <file.csv> [--dry-run] [--report <file.json>] [--allow-removals]\n' +
  '       npm run import -- company-facts <facts.csv> [--rates <fx-usd.csv>] [--dry-run] [--report <file.json>]\n' +
  '  --rates <file>     exchange rates (default: fx-usd.csv beside the facts file)\n' +
  '  --dry-run          report what would change; write nothing\n' +
  '  --report <file>    also write the report (added, removed, changed, duplicates, unresolved) as JSON\n' +
  '  --allow-removals   accept a release that removes more than a tenth of the models\n' +
  '  --allow-missing-columns  accept a release without a column the previous one had (its field empties)\n' +
  '  --snapshot <dir>   the snapshot folder to compare with and write (default packages/data/snapshots/<kind>)';

class UsageError extends Error {}

/** Share of the committed models a release may remove before the import asks for --allow-removals. */
const REMOVAL_LIMIT = 0.1;

interface Options {
  kind: string;
  file: string;
  dryRun: boolean;
  report: string | null;
  allowRemovals: boolean;
  allowMissingColumns: boolean;
  snapshot: string | null;
  rates: string | null;
}

function parseArgs(args: string[]): Options {
  const positional: string[] = [];
  const options: Omit<Options, 'kind' | 'file'> = { dryRun: false, report: null, allowRemovals: false, allowMissingColumns: false, snapshot: null, rates: null };
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '--dry-run') options.dryRun = true;
    else if (a === '--allow-removals') options.allowRemovals = true;
    else if (a === '--allow-missing-columns') options.allowMissingColumns = true;
    else if (a === '--report' || a === '--snapshot' || a === '--rates') {
      const next = args[++i];
      if (!next || next.startsWith('--')) throw new UsageError(`${a} needs a ${a === '--snapshot' ? 'folder' : 'file name'}`);
      if (a === '--report') options.report = next;
      else if (a === '--rates') options.rates = fromInvocation(next);
      else options.snapshot = fromInvocation(next);
    } else if (a.startsWith('-')) throw new UsageError(`unknown option ${a}`);
    else positional.push(a);
  }
  const [kind, file, ...extra] = positional;
  if (!kind || !file) throw new UsageError('name the kind of import and the file');
  if (kind !== 'epoch-models' && kind !== 'company-facts') throw new UsageError(`unknown import "${kind}" (known: epoch-models, company-facts)`);
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
  if (options.kind === 'company-facts') return importFacts(options);
  const snapshotDir = options.snapshot ?? SNAPSHOT_DIR;
  const previous = readSnapshot(snapshotDir);
  const { snapshot, report } = await importEpochModels(fromInvocation(options.file), entities, DEVELOPER_ALIASES, previous);
  console.log(summary(report, previous?.models.length ?? null));
  if (options.report) writeReport(options.report, report);
  // A column the previous release had and this one lacks would empty its field for every model.
  const lost = previous ? (Object.keys(previous.release.columns) as (keyof typeof previous.release.columns)[]).filter((f) => !(f in snapshot.release.columns)) : [];
  if (lost.length > 0 && !options.allowMissingColumns) {
    console.error(
      `import: the previous release had ${lost.map((f) => `"${previous!.release.columns[f]}"`).join(', ')}, this file has no such column, so ` +
        `${lost.length > 1 ? 'those fields' : 'that field'} would empty for every model; nothing was written. If the column was renamed, add its new ` +
        'name in packages/data/src/imports/epoch-models/columns.ts; if it is really gone, run again with --allow-missing-columns.',
    );
    return 1;
  }
  const limit = Math.floor((previous?.models.length ?? 0) * REMOVAL_LIMIT);
  if (report.removed.length > limit && !options.allowRemovals) {
    console.error(
      `import: this release removes ${report.removed.length} of ${previous?.models.length} models (more than a tenth); ` +
        'nothing was written. Check the file, then run again with --allow-removals if the removals are real.',
    );
    return 1;
  }
  return writeUnlessDry(options.dryRun, snapshotDir, SNAPSHOT_DIR, () => writeSnapshot(snapshot, snapshotDir));
}

/** The last step of either import: on a dry run nothing; else the snapshot, with where it went. */
function writeUnlessDry(dryRun: boolean, dir: string, committedDir: string, write: () => void): number {
  if (dryRun) {
    console.log('dry run: the snapshot is unchanged');
    return 0;
  }
  write();
  const shown = dir === committedDir ? `packages/data/snapshots/${basename(committedDir)}/` : dir;
  console.log(`snapshot written to ${shown} — review it with git diff`);
  return 0;
}

/** Writes the JSON report, or stops with a plain reason (a missing folder, a folder given as the file). */
function writeReport(path: string, report: object): void {
  try {
    writeFileSync(fromInvocation(path), `${JSON.stringify(report, null, 2)}\n`);
  } catch (e) {
    throw new ImportInputError(`cannot write the report to ${path} (${(e as NodeJS.ErrnoException).code ?? String(e)}); nothing was written`);
  }
  console.log(`report written to ${path}`);
}

/** Claims added, removed and changed, by id, from one facts.json to another. */
function diffFacts(before: string | undefined, after: string) {
  const byId = (text: string | undefined) =>
    new Map((text ? (JSON.parse(text) as { id: string }[]) : []).map((f) => [f.id, JSON.stringify(f)]));
  const [old, now] = [byId(before), byId(after)];
  return {
    added: [...now.keys()].filter((id) => !old.has(id)),
    removed: [...old.keys()].filter((id) => !now.has(id)),
    changed: [...now.keys()].filter((id) => old.has(id) && old.get(id) !== now.get(id)),
  };
}

async function importFacts(options: Options): Promise<number> {
  const snapshotDir = options.snapshot ?? FACTS_SNAPSHOT_DIR;
  const factsPath = fromInvocation(options.file);
  const ratesPath = options.rates ?? join(dirname(factsPath), 'fx-usd.csv');
  const { snapshot, report } = await importFactsForDataset(factsPath, ratesPath);
  const files = factsSnapshotFiles(snapshot);
  const diff = diffFacts(readFactsSnapshotFiles(snapshotDir)?.get('facts.json'), files.find(([n]) => n === 'facts.json')![1]);
  const g = report.groups;
  console.log(
    [
      `read ${report.rows} rows of ${report.file} (sha256 ${report.sha256.slice(0, 12)}…): ${report.facts} claims from ${report.articles} articles`,
      `  skipped ${report.skipped.length} row(s)${report.skipped.map((s) => `; row ${s.row}: ${s.reason}`).join('')}`,
      `  ${g.total} facts: ${g.agree} agree, ${g.conflict} conflict, ${g.alone} stand alone; ${report.deprecated.length} claim(s) deprecated as unit slips`,
      `  investors: ${report.investors.relations} invested_in relations; ${report.investors.unresolved.length} names no entity answers to (listed in --report)`,
      `  against the snapshot: ${diff.added.length} added, ${diff.removed.length} removed, ${diff.changed.length} changed`,
    ].join('\n'),
  );
  if (options.report) writeReport(options.report, { ...report, ...diff });
  return writeUnlessDry(options.dryRun, snapshotDir, FACTS_SNAPSHOT_DIR, () => writeFactsSnapshot(snapshot, snapshotDir));
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (e: unknown) => {
    if (e instanceof UsageError) {
      console.error(`import: ${e.message}\n${USAGE}`);
      process.exit(2);
    }
    const known =
      e instanceof ImportInputError || e instanceof MissingColumnsError || e instanceof DuplicateColumnsError || e instanceof RowValidationError || e instanceof SnapshotError;
    console.error(`import: ${known ? (e as Error).message : String(e)}${known ? '\nThe snapshot is unchanged.' : ''}`);
    process.exit(1);
  },
);

/**
 * `npm run release -- <version> --notes <notes.md> [--date YYYY-MM-DD] [--from <dataset.json>] [--dry-run]`:
 * makes the next release of the dataset: its changes against the latest release, counts and notes
 * in both languages, written to packages/data/releases/<version>/ for review and commit.
 * Exit codes: 0 released (or a dry run), 1 the release cannot be made as asked, 2 usage.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { dataset } from '../dataset/index.ts';
import { assertValidDataset, DatasetValidationError } from '../validate/index.ts';
import {
  asTables,
  NotesFormatError,
  parseNotes,
  planRelease,
  readReleaseHistory,
  ReleaseError,
  ReleaseStoreError,
  RELEASES_DIR,
  ReplayError,
  writeRelease,
  type Change,
  type DatasetTables,
} from '../releases/index.ts';

const USAGE =
  'usage: npm run release -- <version> --notes <notes.md> [--date YYYY-MM-DD] [--from <dataset.json>] [--dry-run]\n' +
  '  <version>          YEAR.MONTH.N after the latest release, e.g. 2026.12.1\n' +
  '  --notes <file>     release notes: English under "# en", Traditional Chinese under "# zh-hant"\n' +
  '  --date <day>       the release date (default: today, UTC)\n' +
  '  --from <file>      release the dataset in this JSON file (tables of records) instead of the data\n' +
  '                     package, to record a version of the past; it is not validated\n' +
  '  --dry-run          print what the release would hold; write nothing\n' +
  '  --releases <dir>   the releases folder (default packages/data/releases)';

class UsageError extends Error {}

function options(args: string[]) {
  try {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: {
        notes: { type: 'string' },
        date: { type: 'string' },
        from: { type: 'string' },
        releases: { type: 'string' },
        'dry-run': { type: 'boolean', default: false },
        help: { type: 'boolean', default: false },
      },
    });
    if (values.help) return null;
    if (positionals.length !== 1) throw new UsageError('give exactly one version');
    if (!values.notes && !values['dry-run']) throw new UsageError('a release needs notes in both languages (--notes <file>)');
    return { version: positionals[0]!, ...values };
  } catch (e) {
    throw e instanceof UsageError ? e : new UsageError((e as Error).message);
  }
}

function readJsonTables(path: string): DatasetTables {
  try {
    return asTables(JSON.parse(readFileSync(path, 'utf8')) as DatasetTables);
  } catch (e) {
    throw new ReleaseError(`cannot read the dataset in ${path}: ${(e as Error).message}`);
  }
}

function summary(changes: readonly Change[]): string {
  const byTable = new Map<string, Record<string, number>>();
  for (const c of changes) {
    const row = byTable.get(c.table) ?? {};
    row[c.kind] = (row[c.kind] ?? 0) + 1;
    byTable.set(c.table, row);
  }
  return [...byTable].map(([table, kinds]) => `  ${table}: ${Object.entries(kinds).map(([k, n]) => `${n} ${k}`).join(', ')}`).join('\n');
}

function main(args: string[]): number {
  const o = options(args);
  if (!o) {
    console.log(USAGE);
    return 0;
  }
  const dir = o.releases ?? RELEASES_DIR;
  const notes = o.notes ? parseNotes(readFileSync(o.notes, 'utf8')) : { en: '(dry run)', zh: '（試行）' };
  let data: DatasetTables;
  if (o.from) data = readJsonTables(o.from);
  else {
    assertValidDataset(dataset);
    data = asTables(dataset);
  }
  const history = readReleaseHistory(dir);
  const { release, changes } = planRelease(history, { version: o.version, releasedOn: o.date ?? new Date().toISOString().slice(0, 10), notes, data });
  console.log(
    `release ${release.version} (${release.released_on}), after ${release.previous ?? 'nothing'}: dataset sha256 ${release.dataset_sha256.slice(0, 12)}…\n` +
      `  ${changes.length} changes: ${Object.entries(release.changes).map(([k, n]) => `${n} ${k}`).join(', ')}\n${summary(changes)}`,
  );
  if (o['dry-run']) {
    console.log('dry run: nothing written');
    return 0;
  }
  writeRelease(dir, release, changes);
  console.log(`written to ${o.releases ?? 'packages/data/releases'}/${release.version}/ — review it with git diff, then commit`);
  return 0;
}

try {
  process.exit(main(process.argv.slice(2)));
} catch (e: unknown) {
  if (e instanceof UsageError) {
    console.error(`release: ${e.message}\n${USAGE}`);
    process.exit(2);
  }
  const known = [ReleaseError, ReleaseStoreError, ReplayError, NotesFormatError, DatasetValidationError].some((k) => e instanceof k);
  const missing = (e as NodeJS.ErrnoException).code === 'ENOENT';
  console.error(`release: ${known || missing ? (e as Error).message : String(e)}\nNo release was written.`);
  process.exit(1);
}

/**
 * `npm run verify-sources [-- <dir>]`: checks every claim's source_text against the documents in
 * <dir>, by default the folder SOURCES_DIR names (else ../shared/seeds beside the repository).
 * Exit codes: 0 all claims found, 1 some claim failed or a document is missing/unreadable,
 * 2 usage, or no documents to check against.
 */
import { dataset, DEVELOPER_ALIASES, epochModelsSource, modelsRelease } from '../dataset/index.ts';
import { resolveEpochCsv, verifyModels } from '../imports/epoch-models/index.ts';
import { DocumentsFolderError, readDocuments } from '../documents/index.ts';
import { resolveSourcesDir } from '../documents/sources-dir.ts';
import { datasetIssues, formatIssue, verifyClaims } from '../validate/index.ts';

const USAGE =
  'usage: npm run verify-sources [-- <folder with the source documents>]\n' +
  '  without a folder: $SOURCES_DIR, else ../shared/seeds beside the repository';

async function main(args: string[]): Promise<number> {
  if (args.includes('--help') || args.includes('-h')) {
    console.error(USAGE);
    return 2;
  }
  let dir = args.find((a) => !a.startsWith('-'));
  if (dir === undefined) {
    const found = resolveSourcesDir();
    if (found.dir === null) {
      console.error(
        `verify-sources: no source documents to check against: ${found.reason}.\n` +
          'The documents are not distributed with the code; point SOURCES_DIR at a copy, or pass the folder.\n' +
          USAGE,
      );
      return 2;
    }
    dir = found.dir;
    console.log(`verify-sources: documents from ${dir}${found.from === 'SOURCES_DIR' ? ' (SOURCES_DIR)' : ''}`);
  }
  const issues = datasetIssues(dataset);
  if (issues.length > 0) {
    for (const i of issues) console.log(`INVALID ${formatIssue(i)}`);
    console.log(`verify-sources: the dataset itself is invalid (${issues.length} problem(s)); fix it first`);
    return 1;
  }
  const read = await readDocuments(dir, dataset.sources);
  for (const f of read.unknownFiles) console.log(`note: ${f} is not a document of any source; ignored`);
  for (const e of read.errors) console.log(`ERROR ${e}`);

  const report = verifyClaims(dataset, read.documents);
  const fileOf = new Map(dataset.sources.map((s) => [s.id, s.file]));
  for (const f of report.failures) {
    console.log(
      `FAIL ${f.collection}/${f.id}: expected "${f.expected}" under "${f.locator}" in ${fileOf.get(f.source_id)} — ${f.reason}`,
    );
  }
  const failed = report.failures.length;
  console.log(
    `verify-sources: ${report.checked} claims checked against ${read.documents.size} of ${dataset.sources.filter((s) => s.kind === 'document').length} documents: ` +
      `${report.checked - failed} found, ${failed} failed`,
  );
  const modelsFailed = await verifyModelRows();
  // Articles are cited by URL, not archived: their claims cannot be checked here, and are not counted as verified.
  const articles = dataset.sources.filter((s) => s.kind === 'article').length;
  console.log(
    `verify-sources: ${dataset.company_facts.length} claims of ${articles} news articles are cited, not archived: ` +
      'counted apart, not verified (their source_text is the figure as each article writes it)',
  );
  return failed > 0 || read.errors.length > 0 || modelsFailed ? 1 : 0;
}

/** Dataset claims: every model's cells against the archived release file, when there is a copy. */
async function verifyModelRows(): Promise<boolean> {
  const path = resolveEpochCsv();
  if (path === null) {
    console.log(`note: no copy of ${epochModelsSource.file} (set EPOCH_MODELS_CSV); the ${dataset.models.length} models were not checked`);
    return false;
  }
  const check = await verifyModels(path, epochModelsSource, modelsRelease, dataset.models, dataset.entities, DEVELOPER_ALIASES);
  if (check.wrongFile) console.log(`FAIL ${path} is not the release the snapshot was made from: ${check.wrongFile}`);
  for (const f of check.failures) {
    console.log(`FAIL models/${f.id}${f.column ? ` › ${f.column}` : ''}: expected ${JSON.stringify(f.expected)}, found ${f.found === null ? 'nothing' : JSON.stringify(f.found)}`);
  }
  console.log(
    `verify-sources: ${check.checked} cells of ${dataset.models.length} models checked against ${epochModelsSource.file}: ` +
      `${check.checked - check.failures.length} found, ${check.failures.length} failed`,
  );
  return check.failures.length > 0 || check.wrongFile !== null;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (e: unknown) => {
    console.error(`verify-sources: ${e instanceof DocumentsFolderError ? e.message : String(e)}`);
    process.exit(2);
  },
);

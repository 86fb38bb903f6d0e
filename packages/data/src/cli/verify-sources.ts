/**
 * `npm run verify-sources [-- <dir>]`: checks every claim's source_text against the documents in
 * <dir>, by default the folder SOURCES_DIR names (else ../shared/seeds beside the repository).
 * Exit codes: 0 all claims found, 1 some claim failed or a document is missing/unreadable,
 * 2 usage, or no documents to check against.
 */
import { dataset } from '../dataset/index.ts';
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
    `verify-sources: ${report.checked} claims checked against ${read.documents.size} of ${dataset.sources.length} documents: ` +
      `${report.checked - failed} found, ${failed} failed`,
  );
  return failed > 0 || read.errors.length > 0 ? 1 : 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (e: unknown) => {
    console.error(`verify-sources: ${e instanceof DocumentsFolderError ? e.message : String(e)}`);
    process.exit(2);
  },
);

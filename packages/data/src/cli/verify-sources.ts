/**
 * `npm run verify-sources -- <dir>`: checks every claim's source_text against the documents in <dir>.
 * Exit codes: 0 all claims found, 1 some claim failed or a document is missing/unreadable, 2 usage.
 */
import { dataset } from '../dataset/index.ts';
import { DocumentsFolderError, readDocuments } from '../documents/index.ts';
import { datasetIssues, formatIssue, verifyClaims } from '../validate/index.ts';

async function main(args: string[]): Promise<number> {
  const dir = args.find((a) => !a.startsWith('-'));
  if (dir === undefined || args.includes('--help') || args.includes('-h')) {
    console.error('usage: npm run verify-sources -- <folder with the source documents>');
    return 2;
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

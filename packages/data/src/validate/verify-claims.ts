import { splitSections } from '../documents/index.ts';
import { claimCollections, type Dataset } from '../dataset/types.ts';

export interface ClaimFailure {
  collection: string;
  id: string;
  source_id: string;
  locator: string;
  expected: string;
  reason: string;
}

export interface ClaimReport {
  checked: number;
  failures: ClaimFailure[];
}

/**
 * Checks that each claim's `source_text` occurs in its document's normalised text, inside the
 * section named by its `locator`. `documents` maps a source id to the document's raw text; claims of
 * sources missing from the map are reported, not skipped.
 */
export function verifyClaims(data: Dataset, documents: ReadonlyMap<string, string>): ClaimReport {
  const split = new Map(
    data.sources
      .filter((s) => documents.has(s.id))
      .map((s) => [s.id, splitSections(documents.get(s.id) ?? '', s.sections)]),
  );
  const failures: ClaimFailure[] = [];
  let checked = 0;
  // Claims of documents only: a dataset's are checked against its file, an article's cannot be (not archived).
  const documentIds = new Set(data.sources.filter((s) => s.kind === 'document').map((s) => s.id));
  for (const collection of claimCollections) {
    for (const claim of data[collection]) {
      if (!documentIds.has(claim.source_id)) continue;
      checked++;
      const fail = (reason: string) =>
        failures.push({
          collection,
          id: claim.id,
          source_id: claim.source_id,
          locator: claim.locator,
          expected: claim.source_text,
          reason,
        });
      const doc = split.get(claim.source_id);
      if (!doc) {
        fail('document not provided');
        continue;
      }
      if (doc.missingHeadings.includes(claim.locator)) {
        fail(`section heading "${claim.locator}" not found in the document`);
        continue;
      }
      const section = doc.sections.find((s) => s.heading === claim.locator);
      if (section?.text.includes(claim.source_text)) continue;
      const elsewhere = doc.sections.find((s) => s.text.includes(claim.source_text));
      fail(elsewhere ? `found under "${elsewhere.heading}" instead` : 'text not found in the document');
    }
  }
  return { checked, failures };
}

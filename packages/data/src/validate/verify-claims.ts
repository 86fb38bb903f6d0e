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

/** Why `text` is not under the `locator` heading of a split document, or null when it is. */
function whyNotFound(doc: ReturnType<typeof splitSections>, locator: string, text: string): string | null {
  if (doc.missingHeadings.includes(locator)) return `section heading "${locator}" not found in the document`;
  if (doc.sections.find((s) => s.heading === locator)?.text.includes(text)) return null;
  const elsewhere = doc.sections.find((s) => s.text.includes(text));
  return elsewhere ? `found under "${elsewhere.heading}" instead` : 'text not found in the document';
}

/**
 * Checks that each claim's `source_text`, and each of its `other_locations`, occurs in its
 * document's normalised text inside the section named by the locator. `documents` maps a source id
 * to the document's raw text; claims of sources missing from the map are reported, not skipped.
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
      const doc = split.get(claim.source_id);
      for (const { locator, source_text } of [claim, ...(claim.other_locations ?? [])]) {
        checked++;
        const reason = doc ? whyNotFound(doc, locator, source_text) : 'document not provided';
        if (reason) failures.push({ collection, id: claim.id, source_id: claim.source_id, locator, expected: source_text, reason });
      }
    }
  }
  return { checked, failures };
}

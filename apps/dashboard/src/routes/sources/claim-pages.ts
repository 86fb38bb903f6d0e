import { sectionOrder } from './filters.ts';

/** How many claims a source has under one locator (already narrowed to the chosen status). */
export interface LocatorCount {
  source_id: string;
  locator: string;
  claims: number;
}

export interface SectionPlace {
  section: string;
  /** Its place in the document's reading order: the anchor `section-{source}-{index}`. */
  index: number;
  claims: number;
  /** The page its first claim is on; null when it has none. */
  page: number | null;
}

export interface SourcePlace {
  claims: number;
  /** The page its first claim is on; null when it has none. */
  page: number | null;
  sections: SectionPlace[];
}

/**
 * Where each source's claims, and each section's, fall in the paged list: each source's from the
 * place its first claim has in the list (`before`, counted by the database), its sections in
 * reading order (the order the page's query reads them in).
 */
export function claimPages(
  sources: readonly { id: string; sections: readonly string[]; before: number }[],
  counts: readonly LocatorCount[],
  perPage: number,
): Map<string, SourcePlace> {
  const places = new Map<string, SourcePlace>();
  const pageOf = (n: number) => Math.floor(n / perPage) + 1;
  for (const source of sources) {
    const own = counts.filter((c) => c.source_id === source.id);
    const count = (locator: string) => own.filter((c) => c.locator === locator).reduce((n, c) => n + c.claims, 0);
    let offset = source.before;
    const sections = sectionOrder(source.sections, own.map((c) => c.locator)).map((section, index) => {
      const claims = count(section);
      const place = { section, index, claims, page: claims > 0 ? pageOf(offset) : null };
      offset += claims;
      return place;
    });
    places.set(source.id, { claims: offset - source.before, page: offset > source.before ? pageOf(source.before) : null, sections });
  }
  return places;
}

import { normaliseText } from './normalise.ts';

export interface DocumentSection {
  heading: string;
  /** Normalised text of the section body, heading excluded. */
  text: string;
}

export interface SplitResult {
  /** Text before the first heading (bylines, dates). */
  preamble: string;
  sections: DocumentSection[];
  /** Declared headings that no line of the document matches. */
  missingHeadings: string[];
}

/** A heading line matches its declared heading, ignoring surrounding space and a trailing colon. */
function headingOf(line: string, headings: ReadonlySet<string>): string | undefined {
  const bare = line.trim().replace(/[:：]$/, '').trim();
  return headings.has(bare) ? bare : undefined;
}

/**
 * Splits a document into the sections whose headings are declared for it. Headings are matched as
 * whole lines, so a heading's words quoted inside a paragraph never start a section.
 */
export function splitSections(raw: string, headings: readonly string[]): SplitResult {
  const wanted = new Set(headings);
  const bodies: { heading: string | null; lines: string[] }[] = [{ heading: null, lines: [] }];
  for (const line of raw.replace(/\r\n?/g, '\n').split('\n')) {
    const heading = headingOf(line, wanted);
    if (heading !== undefined) bodies.push({ heading, lines: [] });
    else bodies.at(-1)?.lines.push(line);
  }
  const sections = bodies
    .filter((b): b is { heading: string; lines: string[] } => b.heading !== null)
    .map((b) => ({ heading: b.heading, text: normaliseText(b.lines.join('\n')) }));
  const found = new Set(sections.map((s) => s.heading));
  return {
    preamble: normaliseText(bodies[0]?.lines.join('\n') ?? ''),
    sections,
    missingHeadings: headings.filter((h) => !found.has(h)),
  };
}

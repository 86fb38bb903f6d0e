/** Release notes that are not written as the release command expects. */
export class NotesFormatError extends Error {
  override name = 'NotesFormatError';
}

const HEADINGS: Record<string, 'en' | 'zh'> = { en: 'en', english: 'en', 'zh-hant': 'zh', 繁體中文: 'zh' };

/**
 * Release notes in both languages from one Markdown file: the English under a heading `# en`, the
 * Traditional Chinese under `# zh-hant`. Each must say something.
 */
export function parseNotes(text: string): { en: string; zh: string } {
  const parts: Record<'en' | 'zh', string[]> = { en: [], zh: [] };
  let current: 'en' | 'zh' | null = null;
  for (const line of text.replace(/\r\n?/g, '\n').split('\n')) {
    const heading = /^#{1,2}\s+(.+?)\s*$/.exec(line);
    const language = heading ? HEADINGS[heading[1]!.toLowerCase()] : undefined;
    if (language) current = language;
    else if (current) parts[current].push(line);
    else if (line.trim()) throw new NotesFormatError('the notes must begin with a heading "# en" (then "# zh-hant"); found text before it');
  }
  const notes = { en: parts.en.join('\n').trim(), zh: parts.zh.join('\n').trim() };
  if (!notes.en) throw new NotesFormatError('the notes have no English: write it under a heading "# en"');
  if (!notes.zh) throw new NotesFormatError('the notes have no Traditional Chinese: write it under a heading "# zh-hant"');
  return notes;
}

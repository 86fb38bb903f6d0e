import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Source } from '../schemas/index.ts';

export interface ReadDocumentsResult {
  /** source id → raw text, for the documents that could be read. */
  documents: Map<string, string>;
  /** Problems that stop a document from being checked: missing, unreadable, not UTF-8. */
  errors: string[];
  /** Files in the folder that are no source's document. */
  unknownFiles: string[];
}

/** Thrown when the folder itself cannot be used. */
export class DocumentsFolderError extends Error {
  override name = 'DocumentsFolderError';
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Reads each document source's text (by its `file` name) from `dir`; dataset sources are checked elsewhere. */
export async function readDocuments(dir: string, allSources: readonly Source[]): Promise<ReadDocumentsResult> {
  const sources = allSources.flatMap((s) => (s.kind === 'document' && s.file !== null ? [{ ...s, file: s.file }] : []));
  const info = await stat(dir).catch(() => null);
  if (!info) throw new DocumentsFolderError(`folder "${dir}" does not exist`);
  if (!info.isDirectory()) throw new DocumentsFolderError(`"${dir}" is not a folder`);
  const present = await readdir(dir).catch((e: NodeJS.ErrnoException) => {
    throw new DocumentsFolderError(`cannot list folder "${dir}": ${e.code ?? e.message}`);
  });
  const expected = new Set(sources.map((s) => s.file));
  const result: ReadDocumentsResult = {
    documents: new Map(),
    errors: [],
    unknownFiles: present.filter((f) => !expected.has(f)).sort(),
  };
  for (const source of sources) {
    if (!present.includes(source.file)) {
      result.errors.push(`missing document ${source.file} (source ${source.id})`);
      continue;
    }
    try {
      result.documents.set(source.id, utf8.decode(await readFile(join(dir, source.file))));
    } catch (e) {
      const why = e instanceof TypeError ? 'not valid UTF-8 text' : ((e as NodeJS.ErrnoException).code ?? String(e));
      result.errors.push(`cannot read ${source.file} (source ${source.id}): ${why}`);
    }
  }
  return result;
}

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { companyFactSchema, factGroupSchema, relationSchema, sourceSchema } from '../../schemas/index.ts';
import { formatRecords, writeFilesAtomically } from '../epoch-models/snapshot.ts';
import type { FactsSnapshot } from './import-facts.ts';

/** Where the committed snapshot lives: `packages/data/snapshots/company-facts/`. */
export const FACTS_SNAPSHOT_DIR = fileURLToPath(new URL('../../../snapshots/company-facts/', import.meta.url));

export function factsSnapshotFiles(s: FactsSnapshot): [string, string][] {
  return [
    ['facts.json', formatRecords(s.facts, Object.keys(companyFactSchema.shape))],
    ['groups.json', formatRecords(s.groups, Object.keys(factGroupSchema.shape))],
    ['articles.json', formatRecords(s.articles, Object.keys(sourceSchema.shape))],
    ['relations.json', formatRecords(s.relations, Object.keys(relationSchema.shape))],
    ['rates.json', `${JSON.stringify(s.rates, null, 1)}\n`],
    ['release.json', `${JSON.stringify(s.release, null, 2)}\n`],
  ];
}

export function writeFactsSnapshot(s: FactsSnapshot, dir = FACTS_SNAPSHOT_DIR): void {
  writeFilesAtomically(dir, factsSnapshotFiles(s));
}

/** The committed files' text, by name (null when there is no snapshot yet). */
export function readFactsSnapshotFiles(dir = FACTS_SNAPSHOT_DIR): Map<string, string> | null {
  try {
    return new Map(['facts.json', 'groups.json', 'articles.json', 'relations.json', 'rates.json', 'release.json'].map((n) => [n, readFileSync(join(dir, n), 'utf8')]));
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw e;
  }
}

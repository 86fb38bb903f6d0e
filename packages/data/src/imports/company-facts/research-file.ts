import { existsSync } from 'node:fs';
import { isAbsolute, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** `../shared/research/china-ai-company-facts.csv` beside the repository. */
const DEFAULT_RESEARCH_CSV = fileURLToPath(new URL('../../../../../../shared/research/china-ai-company-facts.csv', import.meta.url));

/**
 * The news-figures file the committed snapshot was made from (with `fx-usd.csv` beside it):
 * `RESEARCH_FACTS_CSV` when set (relative to where the command was typed), else the default
 * beside the repository; null when there is none (it is not distributed with the code).
 */
export function resolveResearchCsv(env: Record<string, string | undefined> = process.env): string | null {
  const set = env.RESEARCH_FACTS_CSV;
  const base = env.TURBO_INVOCATION_DIR ?? env.INIT_CWD ?? process.cwd();
  const path = set ? (isAbsolute(set) ? set : resolve(base, set)) : DEFAULT_RESEARCH_CSV;
  return existsSync(path) ? path : null;
}

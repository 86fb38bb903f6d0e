import { existsSync } from 'node:fs';
import { isAbsolute, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

type Env = Record<string, string | undefined>;

/**
 * A file an import was made from, which is not distributed with the code: the path the variable
 * names when set (relative to where the command was typed: turbo's, else npm's, else the current
 * directory), else `../shared/<path>` beside the repository; null when there is no such file.
 */
function resolveSharedFile(variable: string, sharedPath: string, env: Env): string | null {
  const set = env[variable];
  const base = env.TURBO_INVOCATION_DIR ?? env.INIT_CWD ?? process.cwd();
  const fallback = fileURLToPath(new URL(`../../../../../shared/${sharedPath}`, import.meta.url));
  const path = set ? (isAbsolute(set) ? set : resolve(base, set)) : fallback;
  return existsSync(path) ? path : null;
}

/** The Epoch AI release the models snapshot was made from (`EPOCH_MODELS_CSV`). */
export const resolveEpochCsv = (env: Env = process.env) =>
  resolveSharedFile('EPOCH_MODELS_CSV', 'datasets/epoch-ai-models/all_ai_models.csv', env);

/** The news-figures file the company-facts snapshot was made from, `fx-usd.csv` beside it (`RESEARCH_FACTS_CSV`). */
export const resolveResearchCsv = (env: Env = process.env) =>
  resolveSharedFile('RESEARCH_FACTS_CSV', 'research/china-ai-company-facts.csv', env);

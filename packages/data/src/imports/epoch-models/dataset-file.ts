import { existsSync } from 'node:fs';
import { isAbsolute, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** `../shared/datasets/epoch-ai-models/all_ai_models.csv` beside the repository. */
export const DEFAULT_EPOCH_CSV = fileURLToPath(
  new URL('../../../../../../shared/datasets/epoch-ai-models/all_ai_models.csv', import.meta.url),
);

/**
 * The archived release file the committed snapshot was made from: `EPOCH_MODELS_CSV` when set (a
 * path relative to where the command was typed), else the default beside the repository; null when
 * there is no such file (it is not distributed with the code).
 */
export function resolveEpochCsv(env: Record<string, string | undefined> = process.env): string | null {
  const set = env.EPOCH_MODELS_CSV;
  const base = env.TURBO_INVOCATION_DIR ?? env.INIT_CWD ?? process.cwd();
  const path = set ? (isAbsolute(set) ? set : resolve(base, set)) : DEFAULT_EPOCH_CSV;
  return existsSync(path) ? path : null;
}

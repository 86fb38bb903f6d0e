import { fileURLToPath } from 'node:url';
import { defineConfig, mergeConfig } from 'vitest/config';

const reports = fileURLToPath(new URL('../../reports/', import.meta.url));

/**
 * The vitest settings every workspace shares: the console reporter, plus a JSON report per
 * workspace in `reports/` that `.ci/run` sums into its closing `N passed, N failed` line.
 * Plain JavaScript: vitest loads workspace packages' config helpers without compiling them.
 * @param {string} name
 * @param {import('vitest/config').ViteUserConfig} [overrides]
 */
export function workspaceVitestConfig(name, overrides = {}) {
  return mergeConfig(
    defineConfig({
      test: {
        reporters: ['default', ['json', { outputFile: `${reports}vitest-${name}.json` }]],
      },
    }),
    overrides,
  );
}

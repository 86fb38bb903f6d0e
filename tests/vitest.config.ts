import { workspaceVitestConfig } from '@aiwatch/config/vitest';

export default workspaceVitestConfig('tests', {
  test: {
    include: ['api/**/*.test.ts', 'server/**/*.test.ts', 'bench/**/*.test.ts'],
    hookTimeout: 60_000,
    testTimeout: 30_000,
    maxWorkers: 2,
    globalSetup: ['../db/src/testing/global-setup.ts'],
  },
});

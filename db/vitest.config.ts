import { workspaceVitestConfig } from '@aiwatch/config/vitest';

export default workspaceVitestConfig('db', {
  test: {
    // An in-memory PGlite takes 1–2 s and ~0.7 GB to start: generous hooks, few at once on 2 cores.
    hookTimeout: 60_000,
    testTimeout: 30_000,
    maxWorkers: 2,
    globalSetup: ['./src/testing/global-setup.ts'],
  },
});

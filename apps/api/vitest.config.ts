import { workspaceVitestConfig } from '@aiwatch/config/vitest';

export default workspaceVitestConfig('api', {
  test: { hookTimeout: 60_000, testTimeout: 30_000, maxWorkers: 2 },
});

import { workspaceVitestConfig } from '@aiwatch/config/vitest';

export default workspaceVitestConfig('data');

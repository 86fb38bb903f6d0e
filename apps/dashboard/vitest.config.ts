import { sveltekit } from '@sveltejs/kit/vite';
import { workspaceVitestConfig } from '@aiwatch/config/vitest';

export default workspaceVitestConfig('dashboard', {
  plugins: [sveltekit()],
  test: { include: ['src/**/*.test.ts'] },
});

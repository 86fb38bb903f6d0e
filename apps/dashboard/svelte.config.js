import nodeAdapter from '@sveltejs/adapter-node';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

const node = nodeAdapter();

/**
 * adapter-node, plus SvelteKit's server output under names that do not change between builds
 * (`build/kit/index.js`, `build/kit/manifest.js`): the launcher serves the pages from those, with
 * its configuration passed in rather than read from the process environment.
 * @type {import('@sveltejs/kit').Adapter}
 */
const adapter = {
  ...node,
  async adapt(builder) {
    await node.adapt(builder);
    builder.copy(builder.getServerDirectory(), 'build/kit');
  },
};

/** @type {import('@sveltejs/kit').Config} */
export default {
  preprocess: vitePreprocess(),
  kit: {
    adapter,
    csp: {
      mode: 'hash',
      directives: {
        'default-src': ['self'],
        'script-src': ['self'],
        'style-src': ['self', 'unsafe-inline'],
        'img-src': ['self', 'data:', 'blob:'],
        'connect-src': ['self'],
        'font-src': ['self'],
        'object-src': ['none'],
        'base-uri': ['self'],
        'form-action': ['self'],
        'frame-ancestors': ['none'],
      },
    },
  },
};

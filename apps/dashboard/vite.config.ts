import { paraglideVitePlugin } from '@inlang/paraglide-js';
import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vite';

export default defineConfig({
  plugins: [
    paraglideVitePlugin({
      project: './project.inlang',
      outdir: './src/lib/paraglide',
      // The URL alone decides the language: English unprefixed, Traditional Chinese under /zh-hant.
      strategy: ['url', 'baseLocale'],
      urlPatterns: [
        {
          pattern: '/:path(.*)?',
          localized: [
            ['zh-hant', '/zh-hant/:path(.*)?'],
            ['en', '/:path(.*)?'],
          ],
        },
      ],
    }),
    sveltekit(),
  ],
});

// Shared ESLint flat config: each workspace spreads it and adds only what is its own.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  // .served: the copies of the build a running `npm start` serves from.
  { ignores: ['**/dist/**', '**/build/**', '**/.served/**', '**/.svelte-kit/**', '**/migrations/**', '**/paraglide/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    // Plain JavaScript here is Node scripts and config; TypeScript checks the rest.
    files: ['**/*.{js,mjs,cjs}'],
    rules: { 'no-undef': 'off' },
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
);

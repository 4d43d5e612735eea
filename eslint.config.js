import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'coverage/', 'test-results/', 'build/', '**/.scratch/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-console': 'off',
    },
  },
  {
    // The core never sees an activity: no Bot Framework, no HTTP, no i18next (see ARCHITECTURE.md).
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: ['botbuilder*', 'botframework-*', 'restify', 'i18next', '*/host/*', '*/bot/*', '*/cards/*', '*/dialogs/*'], message: 'src/core must stay free of Bot Framework, HTTP and i18n.' },
        ],
      }],
    },
  },
  {
    // botbuilder-dialogs' index loads text recognizers we never use; values come through dialogs/sdk.ts.
    files: ['src/**/*.ts', 'dialogs/**/*.ts', 'test/**/*.ts'],
    ignores: ['dialogs/sdk.ts', 'src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: [{ name: 'botbuilder-dialogs', allowTypeImports: true, message: 'Import dialog classes from dialogs/sdk.ts: the package index loads ~40 MB of unused text recognizers.' }],
      }],
    },
  },
  {
    // Tests read loosely typed JSON answers.
    files: ['test/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    files: ['public/**/*.js'],
    languageOptions: {
      globals: Object.fromEntries(
        ['window', 'document', 'fetch', 'sessionStorage', 'console', 'setTimeout', 'clearTimeout', 'crypto', 'MutationObserver',
          'Node', 'HTMLElement', 'Event', 'CustomEvent', 'requestAnimationFrame', 'getComputedStyle', 'navigator', 'location', 'URL']
          .map((name) => [name, 'readonly']),
      ),
    },
  },
);

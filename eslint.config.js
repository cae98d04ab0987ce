import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: ['**/node_modules/**', '**/dist/**', 'functions/lib/**', '.emulators/**', 'e2e/artifacts/**', 'bench/out/**', 'bench/floors/**/dist/**'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
    },
  },
  {
    files: ['web/src/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      // Components reach Firestore only through lib/ and the feature query modules.
      'no-restricted-imports': 'off',
    },
  },
  {
    files: ['web/src/**/*.tsx'],
    rules: {
      'no-restricted-imports': ['error', { paths: [{ name: 'firebase/firestore', message: 'Components use the query hooks beside them, not firebase/firestore.' }] }],
    },
  },
);

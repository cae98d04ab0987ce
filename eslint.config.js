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
    rules: reactHooks.configs.recommended.rules,
  },
  // The web app's layers (issue 11): each folder gets its import limits (webImports below).
  ...[
    { layer: 'root', files: ['web/src/*'] },
    { layer: 'app', files: ['web/src/app/**'] },
    { layer: 'shared', files: ['web/src/lib/**', 'web/src/components/**', 'web/src/portal/**'] },
    { layer: 'console', files: ['web/src/console/*'] },
    { layer: 'console-kit', files: ['web/src/console/lib/**', 'web/src/console/components/**'] },
    { layer: 'console-feature', files: ['web/src/console/*/**'], ignores: ['web/src/console/lib/**', 'web/src/console/components/**'] },
  ].flatMap(({ layer, files, ignores = [] }) => [
    { files: files.map((f) => withExt(f, 'ts')), ignores, rules: { 'no-restricted-imports': ['error', webImports(layer, false)] } },
    { files: files.map((f) => withExt(f, 'tsx')), ignores, rules: { 'no-restricted-imports': ['error', webImports(layer, true)] } },
  ]),
  {
    // Components never hold the console's Firestore: reads and writes are query and mutation hooks.
    files: ['web/src/console/**/*.tsx'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: 'VariableDeclarator[init.callee.name="useConsole"] > ObjectPattern > Property[key.name="db"]',
          message: 'Components never take db from the console context: use a query hook (queries.ts) or a mutation hook (mutations.ts).',
        },
      ],
    },
  },
);

/**
 * What a file of a layer may import (no-restricted-imports options):
 * - nothing from app/ (the router and the auth gate sit on top; shared things live in lib/),
 *   except for app/ itself (the entry, app/main.tsx, lives there);
 * - console lib/ and components/ import no console feature;
 * - a console feature (console/<feature>/) imports another feature only through its public entry
 *   (`../<feature>`, its index.ts), never its files;
 * - components (.tsx) never import firebase/firestore: they use the query hooks beside them.
 */
function webImports(layer, tsx) {
  const patterns = [];
  if (layer !== 'app') {
    patterns.push({ regex: '^(\\.\\./)+app(/|$)', message: 'Nothing imports app/ (the router and auth gate): shared code lives in lib/ or components/.' });
  }
  if (layer === 'console-kit') {
    patterns.push({ regex: '^\\.\\./(?!lib(/|$)|components(/|$)|\\.\\./)', message: 'The console kit and lib import no console feature.' });
  }
  if (layer === 'console-feature') {
    patterns.push({
      regex: '^\\.\\./(?!lib/|components/|\\.\\./)[^/]+/',
      message: "Import another console feature through its public entry ('../<feature>', its index.ts), not its files.",
    });
  }
  return {
    paths: tsx ? [{ name: 'firebase/firestore', message: 'Components use the query hooks beside them, not firebase/firestore.' }] : [],
    patterns,
  };
}

/** 'web/src/app/**' → 'web/src/app/**\/*.ts'; 'web/src/*' → 'web/src/*.ts'. */
function withExt(glob, ext) {
  return glob.endsWith('**') ? `${glob}/*.${ext}` : `${glob}.${ext}`;
}

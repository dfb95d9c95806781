import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['node_modules/**', 'dist/**', 'examples/out/**', '**/*.js', '**/*.mjs', '**/*.cjs', 'excel-addin/generated/**', 'sheets-addon/generated/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // `interface CoreCatalogue extends Merged {}` names a catalogue's type so errors print it short.
      '@typescript-eslint/no-empty-object-type': ['error', { allowInterfaces: 'with-single-extends' }],
    },
  },
  {
    files: ['core/**/*.ts'],
    ignores: ['core/taskpane/**'],
    rules: {
      'no-restricted-globals': ['error', 'Office', 'Excel', 'SpreadsheetApp', 'document', 'window', 'process', 'require'],
      'no-restricted-imports': ['error', { patterns: ['fs', 'node:*', 'path', 'os', 'child_process', 'http', 'https'] }],
    },
  },
);

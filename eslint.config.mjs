import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/**
 * The layers of core/, lowest first (docs/architecture.md draws them). A folder may import the
 * folders below it, never one above; every import across folders goes through the folder's
 * index.ts. Hosts (cli/, excel-addin/, sheets-addon/) import core only through those indexes too.
 */
const LAYERS = [
  ['i18n', 'periods'],
  ['table', 'metrics', 'plan'],
  ['settings', 'aggregates'],
  ['review'],
  ['functions', 'narrative'],
  ['sheetdoc'],
  ['pipeline'],
  ['host'],
  ['taskpane'],
];
const CORE_FOLDERS = LAYERS.flat();
const HOSTS = ['cli', 'excel-addin', 'sheets-addon', 'examples', 'test', 'bench', 'scripts'];

/** Import patterns that reach into another core folder instead of through its index. */
const deepInto = (prefix) => CORE_FOLDERS.map((f) => `${prefix}${f}/*`);

const layerRules = LAYERS.flatMap((layer, i) => {
  const above = LAYERS.slice(i + 1).flat();
  return layer.map((folder) => {
    const others = CORE_FOLDERS.filter((f) => f !== folder);
    return {
      files: [`core/${folder}/**/*.ts`],
      rules: {
        'no-restricted-imports': [
          'error',
          {
            patterns: [
              ...(folder === 'taskpane'
                ? []
                : [
                    {
                      group: ['fs', 'node:*', 'path', 'os', 'child_process', 'http', 'https'],
                      message: 'The core stays pure.',
                    },
                  ]),
              {
                group: [...above.flatMap((f) => [`../${f}`, `../../${f}`, `../${f}/*`, `../../${f}/*`])],
                message: `core/${folder} sits below these folders (docs/architecture.md): move the code down or invert the call.`,
              },
              {
                group: [...others.flatMap((f) => [`../${f}/*`, `../../${f}/*`])],
                message: 'Import another core folder through its index.ts.',
              },
              {
                group: HOSTS.flatMap((h) => [`../${h}`, `../${h}/*`, `../../${h}`, `../../${h}/*`]),
                message: 'The core never imports a host.',
              },
            ].filter((p) => p.group.length > 0),
          },
        ],
      },
    };
  });
});

const hostRules = {
  files: ['cli/**/*.ts', 'excel-addin/**/*.ts', 'sheets-addon/**/*.ts'],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: [
          {
            group: [...deepInto('../core/'), ...deepInto('../../core/'), ...deepInto('../../../core/')],
            message: 'A host imports the core through each folder’s index.ts.',
          },
        ],
      },
    ],
  },
};

export default tseslint.config(
  {
    ignores: [
      'node_modules/**',
      'dist/**',
      'examples/out/**',
      '**/*.js',
      '**/*.mjs',
      '**/*.cjs',
      'excel-addin/generated/**',
      'sheets-addon/generated/**',
    ],
  },
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
      'no-restricted-globals': [
        'error',
        'Office',
        'Excel',
        'SpreadsheetApp',
        'document',
        'window',
        'process',
        'require',
      ],
    },
  },
  ...layerRules,
  hostRules,
);

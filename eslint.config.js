// Type-aware lint for the whole workspace: one config, rules that catch real defects.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      'data/**',
      'bench/results/**',
      'packages/server/drizzle/**',
      'packages/server/standards/**',
      'eslint.config.js',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        projectService: true,
        tsconfigRootDir: import.meta.dirname,
      },
      globals: { ...globals.node },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': [
        'error',
        { considerDefaultExhaustiveForUnions: true },
      ],
      // Fastify plugins are async by contract, even when a body awaits nothing.
      '@typescript-eslint/require-await': 'off',
      // A typed test helper (getJson<T>) states the expected body; that is its purpose.
      '@typescript-eslint/no-unnecessary-type-parameters': 'off',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    // Small files with one job.
    files: ['packages/*/src/**/*.ts', 'packages/*/src/**/*.tsx'],
    rules: { 'max-lines': ['error', { max: 400 }] },
  },
  {
    // No module is loaded by a computed or hidden path: the import graph is what tsc sees.
    files: ['packages/server/src/**/*.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: 'ImportExpression',
          message:
            'No dynamic import in the server: import statically, so the choke point test sees it.',
        },
      ],
    },
  },
  {
    // The choke point: protected tables are imported only by the kernel and the query files.
    files: ['packages/server/src/**/*.ts'],
    ignores: [
      'packages/server/src/kernel/**',
      'packages/server/src/modules/*/queries.ts',
      'packages/server/src/modules/*/queries/**',
    ],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/tables/*Schema*', '**/audit/auditSchema*'],
              message:
                "Protected tables are reached only through the kernel and a capability's queries.ts (run inside a guard).",
            },
          ],
        },
      ],
    },
  },
  {
    files: ['packages/web/**/*.tsx', 'packages/web/**/*.ts'],
    ...jsxA11y.flatConfigs.strict,
    languageOptions: {
      ...jsxA11y.flatConfigs.strict.languageOptions,
      globals: { ...globals.browser },
    },
  },
  {
    files: ['packages/web/**/*.tsx'],
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  // The plain scripts npm runs (after install, before the development tools may exist).
  {
    files: ['scripts/**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
    languageOptions: { parserOptions: { projectService: false } },
  },
);

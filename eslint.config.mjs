// Lints the plugin's own code: typescript-eslint for everything, eslint-plugin-eslint-plugin's
// full rule set for the rules.
import eslintPlugin from 'eslint-plugin-eslint-plugin';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: ['dist/', 'coverage/', 'node_modules/', 'tests/api/', 'tests/**/fixtures/', 'examples/', '.cache/', '.abstractllm-migrate/'],
  },
  ...tseslint.configs.recommended,
  {
    files: ['src/rules/**/*.ts'],
    ...eslintPlugin.configs.all,
    rules: {
      ...eslintPlugin.configs.all.rules,
      // createRule (src/create-rule.ts) builds docs.url from the rule name; the rules do not restate it.
      'eslint-plugin/require-meta-docs-url': 'off',
      'eslint-plugin/require-meta-docs-description': ['error', { pattern: '^(Enforce|Require|Disallow)' }],
      // @typescript-eslint/utils' rule metadata has no `languages` yet; every rule here is for JS/TS.
      'eslint-plugin/require-meta-languages': 'off',
    },
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true }],
    },
  },
  {
    files: ['**/*.js', '**/*.cjs'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);

// ESLint 9: flat config loaded by `import` (eslint.config.mjs) and by `require` (eslint.config.cjs),
// and the legacy `.eslintrc.cjs` that ESLint 9 still reads with ESLINT_USE_FLAT_CONFIG=false.
import { describeLegacyMigration, eslintrcConfig, flatConfigCjs, flatConfigMjs } from './support/legacy-project.js';

describeLegacyMigration('ESLint 9, eslint.config.mjs', {
  name: 'eslint9-flat-mjs',
  eslint: 9,
  dependencies: ['@typescript-eslint/parser'],
  files: { 'eslint.config.mjs': flatConfigMjs },
});

describeLegacyMigration('ESLint 9, eslint.config.cjs', {
  name: 'eslint9-flat-cjs',
  eslint: 9,
  dependencies: ['@typescript-eslint/parser'],
  files: { 'eslint.config.cjs': flatConfigCjs },
});

describeLegacyMigration('ESLint 9, .eslintrc.cjs with ESLINT_USE_FLAT_CONFIG=false', {
  name: 'eslint9-eslintrc',
  eslint: 9,
  dependencies: ['@typescript-eslint/parser'],
  files: { '.eslintrc.cjs': eslintrcConfig },
  env: { ESLINT_USE_FLAT_CONFIG: 'false' },
  // ESLint 9 warns, once per run, that eslintrc is deprecated.
  stderr: /^\(node:\d+\) ESLintRCWarning: You are using an eslintrc configuration file|^\(Use `node --trace-warnings/,
});

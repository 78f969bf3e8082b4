// ESLint 8.57: a legacy `.eslintrc.cjs` that extends `plugin:abstractllm/legacy-recommended`, and
// the flat `eslint.config.js` that ESLint 8 reads too.
import { describeLegacyMigration, eslintrcConfig, flatConfigCjs } from './support/legacy-project.js';

describeLegacyMigration('ESLint 8.57, .eslintrc.cjs extending plugin:abstractllm/legacy-recommended', {
  name: 'eslint8-eslintrc',
  eslint: 8,
  dependencies: ['@typescript-eslint/parser'],
  files: { '.eslintrc.cjs': eslintrcConfig },
});

describeLegacyMigration('ESLint 8.57, eslint.config.js (a CommonJS project)', {
  name: 'eslint8-flat',
  eslint: 8,
  dependencies: ['@typescript-eslint/parser'],
  files: { 'eslint.config.js': flatConfigCjs },
});

// ESLint 10 with worker threads (`--concurrency=2`) and with `--cache`: the same reports and the
// same fixes as a plain run. The expectations are those of every other client, so a rule that
// kept state between files (which workers split, and the cache skips) would fail here.
import { realpathSync } from 'node:fs';
import { expect, it } from 'vitest';
import { describeLegacyMigration, flatConfigMjs, legacyInput, lintJson, manualReports } from './support/legacy-project.js';

/** ESLint's `--debug` line that says how many worker threads ran (`auto` starts none on 2 cores). */
const twoWorkers = 'Linting using 2 worker thread(s).';

describeLegacyMigration(
  'ESLint 10, --concurrency=2',
  {
    name: 'eslint10-concurrency',
    eslint: 10,
    dependencies: ['@typescript-eslint/parser'],
    files: { 'eslint.config.mjs': flatConfigMjs },
    args: ['--concurrency=2'],
    // With a handful of small files, ESLint may say the threads did not pay off.
    stderr: /ESLintPoorConcurrencyWarning: You may disable concurrency to improve performance\.|^\(Use `node --trace-warnings/,
  },
  (migration) => {
    // The runs above have no --debug (its output would drown stderr): this one shows they had workers.
    it('lints this project on two worker threads', async () => {
      const threaded = await lintJson(migration().consumer, ['.', '--concurrency=2', '--debug']);
      expect(threaded.stderr).toContain(twoWorkers);
      expect(threaded.reports).toEqual(manualReports);
    });
  },
);

describeLegacyMigration(
  'ESLint 10, --cache',
  {
    name: 'eslint10-cache',
    eslint: 10,
    dependencies: ['@typescript-eslint/parser'],
    files: { 'eslint.config.mjs': flatConfigMjs },
    args: ['--cache', '--cache-location', '.eslintcache'],
  },
  (migration) => {
    it('serves every unchanged file from the cache with the same reports', async () => {
      const { consumer, refix } = migration();
      const cached = await lintJson(consumer, ['.', '--cache', '--cache-location', '.eslintcache', '--debug']);
      for (const path of Object.keys(legacyInput)) {
        expect(cached.stderr).toContain(`Skipping file since it hasn't changed: ${realpathSync(consumer.dir)}/${path}`);
      }
      expect(cached.reports).toEqual(refix.reports);
      expect(cached.reports).toEqual(manualReports);
    });
  },
);

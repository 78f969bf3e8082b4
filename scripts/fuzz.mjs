#!/usr/bin/env node
// Never crash, never break: runs the recommended config with --fix over every corpus file (npm run
// corpus) and over mutants of every fixture and heavy file, and checks the invariants of
// tests/fuzz/invariants.ts on each. Prints one line per failure, saves each failing input as a
// regression fixture (tests/fuzz/regressions/fixtures/, run by tests/fuzz/fuzz-slice.test.ts), and
// ends with one summary line of counts. Exit code 1 when anything failed.
//
// The plugin is the built one (dist/, what users install): `npm run fuzz` builds first.
//
// Usage: node scripts/fuzz.mjs [--only real|heavy|fixtures] [--limit N] [--kinds k1,k2] [--no-save]
//   --limit N   the first N files of each set; --kinds  only these mutant kinds
import { existsSync, readFileSync } from 'node:fs';
import { createRequire, register } from 'node:module';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

register('./fuzz/ts-loader.mjs', import.meta.url);

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const corpusDir = join(root, '.cache', 'corpus');
const manifestPath = join(corpusDir, 'manifest.json');

const { checkInvariants, fuzzConfigs, FuzzTally } = await import(pathToFileURL(join(root, 'tests/fuzz/invariants.ts')).href);
const { mutantsOf } = await import(pathToFileURL(join(root, 'tests/fuzz/mutants.ts')).href);
const { fixtureRoots, readSourceFiles, saveRegression } = await import(pathToFileURL(join(root, 'tests/fuzz/inputs.ts')).href);

function option(name) {
  const at = process.argv.indexOf(name);
  return at === -1 ? undefined : process.argv[at + 1];
}
const only = option('--only');
const limit = option('--limit') === undefined ? Infinity : Number(option('--limit'));
const save = !process.argv.includes('--no-save');
const kinds = option('--kinds')?.split(',');

if (!existsSync(manifestPath) && only !== 'fixtures') {
  console.error('fuzz: no corpus (.cache/corpus/manifest.json); run `npm run corpus` first');
  process.exit(2);
}
const plugin = createRequire(import.meta.url)(join(root, 'dist', 'index.cjs'));
const configs = fuzzConfigs(plugin);
const manifest = existsSync(manifestPath) ? JSON.parse(readFileSync(manifestPath, 'utf8')) : { real: [], heavy: [] };
const readCorpus = (paths) => paths.slice(0, limit).map((path) => ({ name: path, text: readFileSync(join(corpusDir, path), 'utf8') }));

const tallies = { real: new FuzzTally(), originals: new FuzzTally(), mutants: new FuzzTally() };
const saved = [];

/** Checks one input; `origin` names the corpus or fixture file it came from. */
function check(tally, origin, input) {
  // The linted name is the file's own name: the configs match on its extension, and a corpus
  // path such as real/zod@3.25.76/… must not be taken for a folder pattern.
  const verdict = checkInvariants(input.text, basename(input.name), configs);
  tally.add(verdict);
  if (verdict.status !== 'checked' || verdict.failures.length === 0) return;
  const where = 'kind' in input ? `${origin} [${input.kind}]` : origin;
  for (const failure of verdict.failures) console.log(`FAIL ${where} ${failure.invariant}: ${failure.detail}`);
  if (save) saved.push(saveRegression(origin, input));
}

const started = Date.now();
if (only === undefined || only === 'real') {
  for (const file of readCorpus(manifest.real)) check(tallies.real, file.name, file);
}
const mutated = [
  ...(only === undefined || only === 'heavy' ? readCorpus(manifest.heavy) : []),
  ...(only === undefined || only === 'fixtures' ? readSourceFiles(fixtureRoots).slice(0, limit) : []),
];
for (const file of mutated) {
  check(tallies.originals, file.name, file);
  for (const mutant of mutantsOf(file)) if (!kinds || kinds.includes(mutant.kind)) check(tallies.mutants, file.name, mutant);
}

for (const path of saved) console.log(`saved ${path}`);
const seconds = ((Date.now() - started) / 1000).toFixed(0);
const total = Object.values(tallies).reduce((sum, tally) => sum + tally.failedFiles, 0);
console.log(
  [tallies.real.summary('real'), tallies.originals.summary('heavy+fixtures'), tallies.mutants.summary('mutants')].join(' | ') +
    ` | ${seconds}s`,
);
process.exitCode = total > 0 ? 1 : 0;

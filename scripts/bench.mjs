#!/usr/bin/env node
// npm run bench: what the plugin's recommended config costs, next to the tools a user would run
// anyway. A benchmark, never a test: it prints figures and whether each target of
// docs/performance.md is met, and always exits 0 unless it could not run.
//
// Method (docs/performance.md explains it): every file is read once up front; ESLint's own
// `Linter` lints it in this one process with each variant in turn (in a fresh random order for
// every file and sweep), over several sweeps of which the first is a discarded warm-up. Wall-clock comes from
// process.hrtime.bigint() around `Linter#verify` with no instrumentation; time inside rules comes
// from separate runs with ESLint's `stats: true` (`Linter#getTimes()`), whose per-listener timers
// would otherwise slow the wall-clock runs.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { evenSample, restrictedImportsOptions, shuffled, sumOfMinima, sumTimes, summary, variantOrder } from './bench-lib.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);

const usage = `Usage: npm run bench -- [options]

  --sweeps N       measured sweeps per slice, after one discarded warm-up sweep (default 5)
  --real N         real-world files to sample, spread over the corpus (default 300; "all" for every file)
  --heavy N        heavy 1.x files to sample (default: all)
  --fix N          heavy files linted with --fix (default 150)
  --typed N        heavy files linted with type information (default 120)
  --only LIST      slices to run, comma-separated: real,heavy,fix,typed (default: all)
  --variants LIST  on the real and heavy slices, only these variants (and the baseline), e.g.
                   --variants recommended to profile the plugin (node --cpu-prof scripts/bench.mjs …)
  --corpus DIR     the corpus (default .cache/corpus; needs its manifest.json)
  --stand-in       without a corpus: this repository's sources as "real", tests/runtime/.fixtures as "heavy"
  --json FILE      also write every figure (per sweep) to FILE
  --no-build       reuse the plugin last built into .cache/bench/dist
  --seed N         seed of the per-sweep file order (default 1)`;

const { values: flags } = parseArgs({
  options: {
    sweeps: { type: 'string', default: '5' },
    real: { type: 'string', default: '300' },
    heavy: { type: 'string' },
    fix: { type: 'string', default: '150' },
    typed: { type: 'string', default: '120' },
    only: { type: 'string', default: 'real,heavy,fix,typed' },
    variants: { type: 'string' },
    corpus: { type: 'string', default: join(root, '.cache/corpus') },
    'stand-in': { type: 'boolean', default: false },
    json: { type: 'string' },
    'no-build': { type: 'boolean', default: false },
    seed: { type: 'string', default: '1' },
    help: { type: 'boolean', default: false },
  },
});
if (flags.help) {
  console.log(usage);
  process.exit(0);
}
const count = (name) => {
  const value = flags[name];
  if (value === undefined || value === 'all') return undefined;
  const number = Number(value);
  if (!Number.isInteger(number) || number < 0) throw new Error(`--${name} must be a whole number (or "all"), not ${value}`);
  return number;
};
const sweeps = count('sweeps') ?? 5;
const seed = count('seed') ?? 1;
const slices = new Set(flags.only.split(',').map((slice) => slice.trim()));
const log = (line) => process.stderr.write(`${line}\n`);

// The plugin under test is compiled into a folder of its own: `npm run build` (dist/) may be
// running at the same moment in this shared checkout.
const benchDist = join(root, '.cache/bench/dist');
if (!flags['no-build']) {
  rmSync(benchDist, { recursive: true, force: true });
  const tsc = require.resolve('typescript/bin/tsc');
  execFileSync(process.execPath, [tsc, '-p', join(root, 'tsconfig.build.json'), '--outDir', join(benchDist, 'lib'), '--declaration', 'false'], {
    stdio: 'inherit',
  });
}
const plugin = require(join(benchDist, 'lib/index.js')).default;
const migrationTable = require(join(benchDist, 'lib/migration-table.js'));
const pluginPrefix = `${plugin.meta.namespace}/`;

const { Linter } = require('eslint');
// `Linter#verify` normalises a plain config array again on every call; the ESLint class (what
// `eslint` runs) normalises once and caches per file. A prebuilt FlatConfigArray (`getConfig` is
// what Linter looks for) gives the benchmark that one-time cost too, so the per-file overhead that
// every variant shares does not pad the baseline.
const eslintDir = dirname(require.resolve('eslint/package.json'));
const { FlatConfigArray } = require(join(eslintDir, 'lib/config/flat-config-array.js'));
const tsParser = require('@typescript-eslint/parser');
const tseslint = require('typescript-eslint');
// The parser's own copy: its clearCaches() drops the one project service of the process.
const { clearCaches } = createRequire(require.resolve('@typescript-eslint/parser'))('@typescript-eslint/typescript-estree');

// ESLint's `stats` time every rule listener call (and every `create`) with a pair of
// process.hrtime() calls, and part of that pair's own cost lands inside the figure. Rules that
// listen to common nodes are called more and so are charged more: the benchmark counts the calls
// and measures what one costs, to show how much of each figure is the timers' own.
const timing = require(join(eslintDir, 'lib/linter/timing.js'));
const { builtinRules } = require('eslint/use-at-your-own-risk');

/** What ESLint's `stats` timer adds to the time of one call (ms): the least mean of a few batches. */
function timerBias() {
  const timed = timing.time('bench-calibration', () => undefined, true);
  const means = Array.from({ length: 5 }, () => {
    let sum = 0;
    for (let i = 0; i < 20_000; i++) sum += timed().tdiff;
    return sum / 20_000;
  });
  return Math.min(...means);
}

/** `rule`, counting into `counter.calls` each `create` and each listener call (as `stats` times them). */
function countingRule(rule, counter) {
  return {
    ...rule,
    create(context) {
      counter.calls++;
      const listeners = rule.create(context);
      return Object.fromEntries(
        Object.entries(listeners).map(([selector, listener]) => [
          selector,
          (...args) => {
            counter.calls++;
            return listener(...args);
          },
        ]),
      );
    },
  };
}

function configArray(configs, basePath) {
  const array = new FlatConfigArray(configs, { basePath });
  array.normalizeSync();
  return array;
}

const sourceFiles = ['**/*.{js,mjs,cjs,jsx,ts,mts,cts,tsx}'];
/** The baseline: the typescript-eslint parser for every file, and no rule. */
const parserOnly = (parserOptions = {}) => [
  { files: sourceFiles, languageOptions: { parser: tsParser, parserOptions } },
  { files: ['**/*.{js,mjs,cjs,jsx}'], languageOptions: { parserOptions: { ecmaFeatures: { jsx: true } } } },
  // Real-world sources disable rules this run does not have; reporting that is not the subject.
  { linterOptions: { reportUnusedDisableDirectives: 'off' } },
];
const restrictedImports = restrictedImportsOptions(migrationTable);
const configs = (parserOptions) => ({
  baseline: parserOnly(parserOptions),
  recommended: [...parserOnly(parserOptions), plugin.configs.recommended],
  restricted: [...parserOnly(parserOptions), { rules: { 'no-restricted-imports': ['error', restrictedImports] } }],
  tseslint: [...parserOnly(parserOptions), ...tseslint.configs.recommended],
});

/**
 * The calls ESLint's `stats` would time (see timerBias) when `lint` runs each file once with the
 * recommended and the no-restricted-imports configs, through counting copies of their rules.
 * @param {SourceFile[]} files
 * @param {string} basePath
 * @param {(config: unknown, file: SourceFile) => void} lint
 */
function timedCalls(files, basePath, lint) {
  const counters = { recommended: { calls: 0 }, 'no-restricted-imports': { calls: 0 } };
  const rules = Object.fromEntries(Object.entries(plugin.rules).map(([name, rule]) => [name, countingRule(rule, counters.recommended)]));
  const restrictedRule = countingRule(builtinRules.get('no-restricted-imports'), counters['no-restricted-imports']);
  const counting = {
    recommended: configArray([...parserOnly(), { ...plugin.configs.recommended, plugins: { [plugin.meta.namespace]: { ...plugin, rules } } }], basePath),
    'no-restricted-imports': configArray(
      [...parserOnly(), { plugins: { bench: { rules: { 'no-restricted-imports': restrictedRule } } }, rules: { 'bench/no-restricted-imports': ['error', restrictedImports] } }],
      basePath,
    ),
  };
  for (const file of files) for (const config of Object.values(counting)) lint(config, file);
  return Object.fromEntries(Object.entries(counters).map(([name, { calls }]) => [name, calls]));
}

// ---------------------------------------------------------------------------------------------
// The files

/** @typedef {{ path: string, rel: string, text: string }} SourceFile */

function readFiles(base, rels) {
  return rels.map((rel) => ({ path: join(base, rel), rel, text: readFileSync(join(base, rel), 'utf8') }));
}

function walk(dir, keep) {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && keep(entry.name))
    .map((entry) => join(entry.parentPath ?? entry.path, entry.name))
    .sort();
}

function loadCorpus() {
  if (flags['stand-in']) {
    log('stand-in corpus: this repository (not the figures docs/performance.md asks for)');
    const real = walk(join(root, 'src'), (name) => name.endsWith('.ts')).map((path) => relative(root, path));
    const heavy = walk(join(root, 'tests/runtime/.fixtures'), (name) => name.endsWith('.ts')).map((path) => relative(root, path));
    return { base: root, real, heavy };
  }
  const manifestPath = join(flags.corpus, 'manifest.json');
  if (!existsSync(manifestPath)) {
    throw new Error(`${manifestPath} does not exist: run \`npm run corpus\` first (or pass --stand-in to try the harness)`);
  }
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
  return { base: flags.corpus, real: [...manifest.real].sort(), heavy: [...manifest.heavy].sort() };
}

// ---------------------------------------------------------------------------------------------
// Measuring

const linter = new Linter();

/** A fatal message is a parse error: the file was not linted at all. */
function fatality(messages) {
  const fatal = messages.find((message) => message.fatal);
  return fatal ? { fatal: 1, fatalMessage: fatal.message } : { fatal: 0 };
}

/**
 * CPU time of the process (user + system, every thread: the garbage collector's helpers too).
 * Beside wall-clock because this machine is shared: time another process takes the core from this
 * one counts in wall-clock, not in CPU time.
 */
const cpuMs = ({ user, system }) => (user + system) / 1e3;

/** One lint, uninstrumented: its wall-clock and CPU time. */
function lintWall(config, file, filename = file.path) {
  const cpuStart = process.cpuUsage();
  const start = process.hrtime.bigint();
  const messages = linter.verify(file.text, config, filename);
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  return { ms, cpu: cpuMs(process.cpuUsage(cpuStart)), problems: messages.length, ...fatality(messages) };
}

/** One lint (or fix loop) with ESLint's `stats`: where the time went. */
function lintStats(config, file, { fix = false, filename = file.path } = {}) {
  const cpuStart = process.cpuUsage();
  const start = process.hrtime.bigint();
  const result = linter.verifyAndFix(file.text, config, { filename, fix, stats: true });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  const times = sumTimes(linter.getTimes(), pluginPrefix);
  return {
    ms,
    cpu: cpuMs(process.cpuUsage(cpuStart)),
    ...times,
    problems: result.messages.length,
    ...fatality(result.messages),
    fixPasses: linter.getFixPassCount(),
  };
}

const measures = ['ms', 'cpu', 'rules', 'pluginRules', 'parse', 'fix', 'total', 'problems', 'fatal'];

/**
 * Runs every variant on every file, interleaved, for one warm-up and `sweeps` measured sweeps.
 * Returns, per variant, each measured sweep's totals and the best-of-sweeps total (the sum over
 * files of each file's smallest figure): on a shared machine noise only ever adds time, and
 * another process's burst lands on one file of one variant, which the per-file minimum drops.
 * @param {string} name
 * @param {SourceFile[]} files
 * @param {{ name: string, run(file: SourceFile, sweep: number): Record<string, number> }[]} variants
 * @param {{ beforeSweep?: (sweep: number) => void, fixedFirst?: boolean }} [options] `fixedFirst`
 *   keeps `files[0]` first in every sweep (where a typed project is created) and shuffles the rest
 */
function runSlice(name, files, variants, { beforeSweep, fixedFirst = false } = {}) {
  const perSweep = variants.map(() => []);
  const perFile = variants.map(() => Object.fromEntries(measures.map((measure) => [measure, files.map(() => [])])));
  const passCounts = variants.map(() => new Map());
  const indexOf = new Map(files.map((file, index) => [file, index]));
  for (let sweep = 0; sweep <= sweeps; sweep++) {
    beforeSweep?.(sweep);
    const totals = variants.map(() => Object.fromEntries(measures.map((measure) => [measure, 0])));
    const order = fixedFirst ? [files[0], ...shuffled(files.slice(1), seed * 1000 + sweep)] : shuffled(files, seed * 1000 + sweep);
    const start = process.hrtime.bigint();
    order.forEach((file, fileIndex) => {
      for (const v of variantOrder(variants.length, fileIndex, sweep, seed)) {
        const sample = variants[v].run(file, sweep);
        for (const measure of measures) totals[v][measure] += sample[measure] ?? 0;
        if (sweep === 0) continue;
        for (const measure of measures) perFile[v][measure][indexOf.get(file)].push(sample[measure] ?? 0);
        if (fileIndex === 0) totals[v].firstFile = { ms: sample.ms, pluginRules: sample.pluginRules ?? 0 };
        if (sample.fixPasses !== undefined) passCounts[v].set(sample.fixPasses, (passCounts[v].get(sample.fixPasses) ?? 0) + 1);
      }
    });
    const seconds = Number(process.hrtime.bigint() - start) / 1e9;
    log(`${name}: ${sweep === 0 ? 'warm-up' : `sweep ${sweep}/${sweeps}`} (${files.length} files × ${variants.length} variants) ${seconds.toFixed(1)} s`);
    if (sweep > 0) totals.forEach((total, v) => perSweep[v].push(total));
  }
  return Object.fromEntries(
    variants.map((variant, v) => [
      variant.name,
      {
        sweeps: perSweep[v],
        best: Object.fromEntries(measures.map((measure) => [measure, sumOfMinima(perFile[v][measure])])),
        ...(passCounts[v].size > 0 ? { fixPasses: Object.fromEntries([...passCounts[v]].sort(([a], [b]) => a - b)) } : {}),
      },
    ]),
  );
}

/** The files that every parser setting reads without a fatal error (others cannot be compared). */
function parseable(files, config) {
  const kept = files.filter((file) => lintWall(config, file).fatal === 0);
  if (kept.length < files.length) log(`  ${files.length - kept.length} of ${files.length} files do not parse with the typescript-eslint parser: left out`);
  return kept;
}

/**
 * `measure` of `variant` divided by `over` (wall-clock by default) of `baseline`: best-of-sweeps
 * (`best`), and the median and range of the per-sweep ratios.
 */
function ratio(result, variant, { measure = 'ms', over = 'ms', baseline = 'baseline' } = {}) {
  return {
    best: result[variant].best[measure] / result[baseline].best[over],
    ...summary(result[variant].sweeps.map((sweep, i) => sweep[measure] / result[baseline].sweeps[i][over])),
  };
}
/** `measure` of `variant` in ms: best-of-sweeps, and the median and range of the sweeps. */
const of = (result, variant, measure) => ({ best: result[variant].best[measure], ...summary(result[variant].sweeps.map((sweep) => sweep[measure])) });

// ---------------------------------------------------------------------------------------------
// The slices

const corpus = loadCorpus();
const report = {
  date: new Date().toISOString(),
  machine: {
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model,
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    platform: `${os.type()} ${os.release()}`,
    node: process.version,
  },
  versions: {
    eslint: require('eslint/package.json').version,
    'typescript-eslint': require('typescript-eslint/package.json').version,
    '@typescript-eslint/parser': require('@typescript-eslint/parser/package.json').version,
    typescript: require('typescript/package.json').version,
    plugin: plugin.meta.version,
  },
  options: { sweeps, seed, corpus: flags['stand-in'] ? 'stand-in' : relative(root, corpus.base) || '.', only: [...slices] },
  restrictedImports: { paths: restrictedImports.paths.length, patterns: restrictedImports.patterns.length },
  slices: {},
  targets: [],
};

const untyped = Object.fromEntries(Object.entries(configs()).map(([name, config]) => [name, configArray(config, corpus.base)]));

/** The four configs, plus the baseline twice (its A/A ratio is the noise floor) and two `stats` runs. */
function comparisonVariants() {
  const chosen = flags.variants?.split(',').map((name) => name.trim());
  return [
    { name: 'baseline', run: (file) => lintWall(untyped.baseline, file) },
    { name: 'baseline again (A/A)', run: (file) => lintWall(untyped.baseline, file) },
    { name: 'recommended', run: (file) => lintWall(untyped.recommended, file) },
    { name: 'no-restricted-imports', run: (file) => lintWall(untyped.restricted, file) },
    { name: 'typescript-eslint recommended', run: (file) => lintWall(untyped.tseslint, file) },
    { name: 'recommended (stats)', run: (file) => lintStats(untyped.recommended, file) },
    { name: 'no-restricted-imports (stats)', run: (file) => lintStats(untyped.restricted, file) },
  ].filter(({ name }) => !chosen || name === 'baseline' || chosen.includes(name));
}

function comparisonSlice(key, label, rels, sampleSize) {
  const files = parseable(readFiles(corpus.base, evenSample(rels, sampleSize)), untyped.baseline);
  const result = runSlice(label, files, comparisonVariants());
  const plain = Object.keys(result).filter((v) => !v.endsWith('(stats)'));
  // With only the plugin's rules on, its rules are all the rules.
  const rulesMs = Object.fromEntries(
    Object.keys(result).filter((v) => v.endsWith('(stats)')).map((v) => [v.replace(' (stats)', ''), of(result, v, 'rules')]),
  );
  const slice = {
    label,
    files: files.length,
    bytes: files.reduce((sum, file) => sum + file.text.length, 0),
    baselineMs: of(result, 'baseline', 'ms'),
    wallRatio: Object.fromEntries(plain.map((v) => [v, ratio(result, v)])),
    cpuRatio: Object.fromEntries(plain.map((v) => [v, ratio(result, v, { measure: 'cpu', over: 'cpu' })])),
    rulesMs,
    problems: Object.fromEntries(Object.keys(result).map((v) => [v, result[v].sweeps[0].problems])),
    result,
  };
  const calls = timedCalls(files, corpus.base, (config, file) => linter.verify(file.text, config, file.path));
  slice.timers = { biasMs: timerBias(), calls };
  report.slices[key] = slice;
  const [ours, theirs] = ['recommended', 'no-restricted-imports'];
  if (slice.wallRatio[ours] && slice.wallRatio[theirs]) {
    target(`${label}: recommended wall-clock ratio ≤ ${theirs}'s`, slice.wallRatio[ours].best, slice.wallRatio[theirs].best);
  }
  if (rulesMs[ours] && rulesMs[theirs]) {
    target(`${label}: recommended time in rules ≤ ${theirs}'s (ms)`, rulesMs[ours].best, rulesMs[theirs].best);
  }
  if (key === 'real' && slice.wallRatio[ours]) target(`${label}: recommended wall-clock ratio ≤ 1.03`, slice.wallRatio[ours].best, 1.03);
}

function target(text, value, limit) {
  report.targets.push({ text, value, limit, met: value <= limit });
}

function fixSlice() {
  const files = parseable(readFiles(corpus.base, evenSample(corpus.heavy, count('fix'))), untyped.baseline);
  const result = runSlice('--fix on heavy', files, [
    { name: 'baseline', run: (file) => lintWall(untyped.baseline, file) },
    { name: 'recommended --fix', run: (file) => lintStats(untyped.recommended, file, { fix: true }) },
  ]);
  const fix = 'recommended --fix';
  report.slices.fix = {
    label: '--fix on heavy',
    files: files.length,
    baselineMs: of(result, 'baseline', 'ms'),
    fixMs: of(result, fix, 'ms'),
    fixRatio: ratio(result, fix),
    fixCpuRatio: ratio(result, fix, { measure: 'cpu', over: 'cpu' }),
    pluginRulesMs: of(result, fix, 'pluginRules'),
    parseMs: of(result, fix, 'parse'),
    applyFixesMs: of(result, fix, 'fix'),
    // The run is the sum of the pass totals ESLint's stats give (each pass: parse, rules, fixing).
    pluginRulesShare: {
      best: result[fix].best.pluginRules / result[fix].best.total,
      ...summary(result[fix].sweeps.map((sweep) => sweep.pluginRules / sweep.total)),
    },
    fixPasses: result[fix].fixPasses,
    timers: { biasMs: timerBias(), calls: timedCalls(files, corpus.base, (config, file) => linter.verifyAndFix(file.text, config, { filename: file.path, fix: true })).recommended },
    problemsLeft: result[fix].sweeps[0].problems,
    result,
  };
  target("--fix on heavy: time in the plugin's rules ≤ 10% of the run", report.slices.fix.pluginRulesShare.best, 0.1);
}

/**
 * Typed linting: a sample of the heavy files in a temporary project whose tsconfig maps the
 * abstractllm packages onto tests/api's declarations (1.x `abstractllm`, 2.0 `abstractagent` and
 * `abstractmemory`, which half-migrated files import). TypeScript's checker caches what it has
 * computed, so variants must not share a program: every variant of every sweep gets a fresh copy of
 * the project (its own tsconfig, hence its own program in the one project service), and pays for
 * the program and the checking its rules ask for, as a real `eslint` run does.
 */
function typedSlice() {
  const files = parseable(readFiles(corpus.base, evenSample(corpus.heavy, count('typed'))), untyped.baseline);
  const projects = mkdtempSync(join(os.tmpdir(), 'abstractllm-bench-'));
  const api = join(root, 'tests/api');
  // The files are listed one by one (`files`): an `include` glob would skip folders whose name
  // starts with a dot.
  const tsconfig = {
    compilerOptions: {
      strict: true,
      noEmit: true,
      target: 'ES2022',
      module: 'ESNext',
      moduleResolution: 'Bundler',
      allowJs: true,
      jsx: 'preserve',
      skipLibCheck: true,
      types: [],
      paths: {
        abstractllm: [join(api, 'v1/abstractllm/index.d.ts')],
        'abstractllm/*': [join(api, 'v1/abstractllm/*'), join(api, 'v1/abstractllm/*/index.d.ts')],
        abstractagent: [join(api, 'v2/abstractagent/index.d.ts')],
        'abstractagent/*': [join(api, 'v2/abstractagent/*')],
        abstractmemory: [join(api, 'v2/abstractmemory/index.d.ts')],
        'abstractmemory/*': [join(api, 'v2/abstractmemory/*'), join(api, 'v2/abstractmemory/*/index.d.ts')],
      },
    },
  };
  const typed = Object.fromEntries(
    Object.entries(configs({ projectService: true, tsconfigRootDir: projects })).map(([name, config]) => [name, configArray(config, projects)]),
  );
  const project = (sweep, variant) => join(projects, `sweep${sweep}-${variant}`);
  const variants = [
    ['baseline', 'typed baseline', (file, sweep) => lintWall(typed.baseline, file, join(project(sweep, 'baseline'), file.rel))],
    ['again', 'typed baseline again (A/A)', (file, sweep) => lintWall(typed.baseline, file, join(project(sweep, 'again'), file.rel))],
    ['recommended', 'typed recommended', (file, sweep) => lintWall(typed.recommended, file, join(project(sweep, 'recommended'), file.rel))],
    [
      'stats',
      'typed recommended (stats)',
      (file, sweep) => lintStats(typed.recommended, file, { filename: join(project(sweep, 'stats'), file.rel) }),
    ],
    ['untyped', 'untyped baseline', (file) => lintWall(untyped.baseline, file)],
  ];
  // The files parsed untyped, so a fatal error here means the project service did not serve them.
  const typedOrThrow = (file, sample) => {
    if (sample.fatal) throw new Error(`typed linting failed on ${file.rel}: ${sample.fatalMessage}`);
    return sample;
  };
  const writeProject = (folder, projectFiles) => {
    for (const file of projectFiles) {
      mkdirSync(dirname(join(folder, file.rel)), { recursive: true });
      writeFileSync(join(folder, file.rel), file.text);
    }
    writeFileSync(join(folder, 'tsconfig.json'), JSON.stringify({ ...tsconfig, files: projectFiles.map((file) => file.rel) }));
  };
  const beforeSweep = (sweep) => {
    // A new project service each sweep, so the projects of earlier sweeps do not pile up in it; and
    // a throwaway project linted first, so TypeScript's lib files are already parsed (they are
    // shared by every project of one service) and no variant pays for them alone.
    rmSync(projects, { recursive: true, force: true });
    clearCaches();
    writeProject(join(projects, 'primer'), files.slice(0, 1));
    typedOrThrow(files[0], lintWall(typed.baseline, files[0], join(projects, 'primer', files[0].rel)));
    for (const [dir] of variants) writeProject(project(sweep, dir), files);
  };
  try {
    const result = runSlice(
      'typed on heavy',
      files,
      variants.map(([, name, run]) => ({ name, run: (file, sweep) => typedOrThrow(file, run(file, sweep)) })),
      { beforeSweep, fixedFirst: true },
    );
    report.slices.typed = {
      label: 'typed on heavy',
      files: files.length,
      typedBaselineMs: of(result, 'typed baseline', 'ms'),
      wallRatio: Object.fromEntries(
        ['typed baseline again (A/A)', 'typed recommended', 'untyped baseline'].map((v) => [v, ratio(result, v, { baseline: 'typed baseline' })]),
      ),
      cpuRatio: Object.fromEntries(
        ['typed baseline again (A/A)', 'typed recommended', 'untyped baseline'].map((v) => [
          v,
          ratio(result, v, { measure: 'cpu', over: 'cpu', baseline: 'typed baseline' }),
        ]),
      ),
      pluginRulesMs: of(result, 'typed recommended (stats)', 'pluginRules'),
      pluginRulesShare: ratio(result, 'typed recommended (stats)', { measure: 'pluginRules', baseline: 'typed baseline' }),
      firstFile: {
        typedBaselineMs: summary(result['typed baseline'].sweeps.map((sweep) => sweep.firstFile.ms)),
        pluginRulesMs: summary(result['typed recommended (stats)'].sweeps.map((sweep) => sweep.firstFile.pluginRules)),
      },
      problems: Object.fromEntries(Object.keys(result).map((v) => [v, result[v].sweeps[0].problems])),
      result,
    };
    const slice = report.slices.typed;
    target('typed on heavy: typed recommended wall-clock ≤ 1.10 × typed baseline', slice.wallRatio['typed recommended'].best, 1.1);
    // The same target from ESLint's stats: the only work typed detection adds is inside the
    // plugin's rules (the checker is queried there), and this figure has none of the noise of
    // creating a fresh program per variant.
    target("typed on heavy: time in the plugin's rules ≤ 0.10 × typed baseline", slice.pluginRulesShare.best, 0.1);
  } finally {
    rmSync(projects, { recursive: true, force: true });
  }
}

log(`corpus: ${corpus.real.length} real-world files, ${corpus.heavy.length} heavy files; ${sweeps} sweeps after a warm-up`);
if (slices.has('real')) comparisonSlice('real', 'real-world', corpus.real, count('real'));
if (slices.has('heavy')) comparisonSlice('heavy', 'heavy', corpus.heavy, count('heavy'));
if (slices.has('fix')) fixSlice();
if (slices.has('typed')) typedSlice();

// ---------------------------------------------------------------------------------------------
// The report

const fmt = (value, digits = 3) => (Number.isFinite(value) ? value.toFixed(digits) : '–');
/** best-of-sweeps, then the median [min–max] of the sweeps */
const spread = ({ best, median, min, max }, digits = 3) =>
  `${best === undefined ? '' : `${fmt(best, digits)}  `}(${fmt(median, digits)} [${fmt(min, digits)}–${fmt(max, digits)}])`;
const table = (rows) => {
  const widths = rows[0].map((_, column) => Math.max(...rows.map((row) => String(row[column]).length)));
  return rows.map((row) => row.map((cell, column) => String(cell).padEnd(widths[column])).join('  ').trimEnd()).join('\n');
};

const lines = [
  `${report.machine.cpus} × ${report.machine.cpuModel}, Node ${report.machine.node}, ESLint ${report.versions.eslint}, typescript-eslint ${report.versions['typescript-eslint']}, TypeScript ${report.versions.typescript}`,
  `each figure: best-of-${sweeps}-sweeps (sum over files of each file's fastest), then (median [min–max] of the ${sweeps} sweep totals);`,
  'ratios are to the baseline (typescript-eslint parser, no rules; typed: with projectService); targets are judged on best-of-sweeps',
  '',
];
for (const key of ['real', 'heavy']) {
  const slice = report.slices[key];
  if (!slice) continue;
  lines.push(`${slice.label}: ${slice.files} files, ${(slice.bytes / 1e6).toFixed(1)} MB; baseline ${spread(slice.baselineMs, 0)} ms a sweep`);
  lines.push(
    table([
      ['variant', 'wall-clock ratio', 'CPU-time ratio', 'time in rules (ms)', 'problems'],
      ...Object.entries(slice.wallRatio).map(([variant, wall]) => [
        variant,
        spread(wall),
        spread(slice.cpuRatio[variant]),
        slice.rulesMs[variant] ? spread(slice.rulesMs[variant], 1) : '',
        slice.problems[variant],
      ]),
    ]),
    `  ESLint's stats timers add ${fmt(slice.timers.biasMs * 1e3, 2)} µs to each timed call: ${Object.entries(slice.timers.calls)
      .map(([variant, calls]) => `${variant} ${calls} calls, ${fmt(calls * slice.timers.biasMs, 2)} ms`)
      .join('; ')}`,
    '',
  );
}
if (report.slices.fix) {
  const slice = report.slices.fix;
  lines.push(
    `--fix on heavy: ${slice.files} files; verifyAndFix ${spread(slice.fixMs, 0)} ms a sweep = ${spread(slice.fixRatio, 2)} × baseline lint (CPU ${spread(slice.fixCpuRatio, 2)})`,
    `  plugin rules ${spread(slice.pluginRulesMs, 0)} ms = ${spread(slice.pluginRulesShare)} of the run; parsing ${spread(slice.parseMs, 0)} ms; applying fixes ${spread(slice.applyFixesMs, 0)} ms`,
    `  ESLint's stats timers add ${fmt(slice.timers.biasMs * 1e3, 2)} µs to each of the plugin's ${slice.timers.calls} timed calls: ${fmt(slice.timers.calls * slice.timers.biasMs, 2)} ms`,
    `  fix passes per file (files): ${Object.entries(slice.fixPasses).map(([passes, files]) => `${passes}: ${files / sweeps}`).join(', ')}; problems left after --fix: ${slice.problemsLeft}`,
    '',
  );
}
if (report.slices.typed) {
  const slice = report.slices.typed;
  lines.push(`typed on heavy: ${slice.files} files, a fresh project per variant and sweep; typed baseline ${spread(slice.typedBaselineMs, 0)} ms a sweep`);
  lines.push(
    table([
      ['variant', 'wall-clock ratio', 'CPU-time ratio', 'problems'],
      ...Object.entries(slice.wallRatio).map(([variant, wall]) => [variant, spread(wall), spread(slice.cpuRatio[variant]), slice.problems[variant]]),
    ]),
    `  time in the plugin's rules (stats): ${spread(slice.pluginRulesMs, 1)} ms a sweep = ${spread(slice.pluginRulesShare)} × typed baseline`,
    `  first file of a project: typed baseline ${spread(slice.firstFile.typedBaselineMs, 0)} ms (creating the program), plugin rules ${spread(slice.firstFile.pluginRulesMs, 1)} ms (creating the checker)`,
    '',
  );
}
lines.push('targets:');
for (const { text, value, limit, met } of report.targets) lines.push(`  ${met ? 'met   ' : 'MISSED'} ${text}: ${fmt(value)} (limit ${fmt(limit)})`);
console.log(lines.join('\n'));

if (flags.json) {
  writeFileSync(flags.json, `${JSON.stringify(report, null, 2)}\n`);
  log(`figures written to ${flags.json}`);
}

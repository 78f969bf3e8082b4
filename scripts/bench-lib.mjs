// The pure parts of the benchmark (scripts/bench.mjs): the rival config it builds from the
// migration table, the file sample, the run order and the summary statistics. They live apart
// from the measuring loop so that tests can check them exactly.

/**
 * The options of core `no-restricted-imports` that a user would write instead of this plugin,
 * built from the migration table so that it never drifts from it, and holding nothing more:
 * - one `paths` entry per row of table A (the module itself), and one per row of table B and
 *   1.x module it named (`paths` entries name one module each, so a table-B row that lists two
 *   modules needs two entries), restricted to that row's export;
 * - one `patterns` group per table-A prefix, for the modules below it (but not below a longer
 *   prefix, which has a group of its own).
 * @param {{ moduleMoves: readonly { from: string, to: string }[],
 *   exportMoves: readonly { name: string, from: readonly string[], newName: string, to: string }[],
 *   removedExports: readonly { name: string, from: readonly string[], nearest: string, nearestFrom: string }[] }} table
 */
export function restrictedImportsOptions({ moduleMoves, exportMoves, removedExports }) {
  const paths = [
    ...moduleMoves.map((move) => ({ name: move.from, message: `abstractllm 2.0 moved this module to '${move.to}'.` })),
    ...exportMoves.flatMap((move) =>
      move.from.map((from) => ({
        name: from,
        importNames: [move.name],
        message: `abstractllm 2.0 exports it from '${move.to}' as '${move.newName}'.`,
      })),
    ),
    ...removedExports.flatMap((removed) =>
      removed.from.map((from) => ({
        name: from,
        importNames: [removed.name],
        message: `abstractllm 2.0 has no '${removed.name}' (nearest: '${removed.nearest}' from '${removed.nearestFrom}').`,
      })),
    ),
  ];
  // A longer prefix wins (table A), so each group leaves out the longer prefixes below it:
  // `abstractllm/memory/**` is not where `abstractllm/memory/hierarchical` goes.
  const patterns = moduleMoves.map((move) => ({
    group: [
      `${move.from}/**`,
      ...moduleMoves.filter((other) => other.from.startsWith(`${move.from}/`)).flatMap((other) => [`!${other.from}`, `!${other.from}/**`]),
    ],
    message: `abstractllm 2.0 moved this module to '${move.to}/…'.`,
  }));
  return { paths, patterns };
}

/**
 * `count` items spread evenly over `items` (all of them when `count` is absent or not smaller),
 * so a sample of a corpus sorted by package still covers every package.
 * @template T
 * @param {readonly T[]} items
 * @param {number | undefined} count
 * @returns {T[]}
 */
export function evenSample(items, count) {
  if (count === undefined || count >= items.length) return [...items];
  if (count <= 0) return [];
  return Array.from({ length: count }, (_, i) => items[Math.floor((i * items.length) / count)]);
}

/**
 * The order in which the variants run on file `fileIndex` of sweep `sweep`: a permutation of
 * 0…variantCount-1 drawn afresh for every file and sweep. A fixed cyclic order (even rotated) would
 * always run each variant right after the same neighbour, on the same file, and the one that
 * follows a twin (the baseline's A/A copy after the baseline) would always find the same code and
 * data warm; a fresh draw gives every variant every neighbour and every position alike.
 * @param {number} variantCount
 * @param {number} fileIndex
 * @param {number} sweep
 * @param {number} seed
 * @returns {number[]}
 */
export function variantOrder(variantCount, fileIndex, sweep, seed) {
  const indices = Array.from({ length: variantCount }, (_, i) => i);
  return shuffled(indices, (seed * 7919 + sweep * 104_729 + fileIndex * 1_299_709) >>> 0);
}

/**
 * A deterministic shuffle (mulberry32 seeded): each sweep visits the files in another order, the
 * same from run to run.
 * @template T
 * @param {readonly T[]} items
 * @param {number} seed
 * @returns {T[]}
 */
export function shuffled(items, seed) {
  let state = seed >>> 0;
  const random = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const result = [...items];
  for (let i = result.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [result[i], result[j]] = [result[j], result[i]];
  }
  return result;
}

/**
 * Median and range of a list of numbers (one per measured sweep).
 * @param {readonly number[]} values
 * @returns {{ median: number, min: number, max: number }}
 */
export function summary(values) {
  if (values.length === 0) return { median: Number.NaN, min: Number.NaN, max: Number.NaN };
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  const median = sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
  return { median, min: sorted[0], max: sorted[sorted.length - 1] };
}

/**
 * Sums the rule times of one `Linter#getTimes()` result (every pass), split into the rules whose
 * id starts with `pluginPrefix` and all rules; and the pass totals, parse and fix times.
 * @param {{ passes: { rules?: Record<string, { total: number }>, parse?: { total: number },
 *   fix?: { total: number }, total?: number }[] }} times
 * @param {string} pluginPrefix
 */
export function sumTimes(times, pluginPrefix) {
  const result = { rules: 0, pluginRules: 0, parse: 0, fix: 0, total: 0, passes: times.passes.length };
  for (const pass of times.passes) {
    for (const [ruleId, { total }] of Object.entries(pass.rules ?? {})) {
      result.rules += total;
      if (ruleId.startsWith(pluginPrefix)) result.pluginRules += total;
    }
    result.parse += pass.parse?.total ?? 0;
    result.fix += pass.fix?.total ?? 0;
    result.total += pass.total ?? 0;
  }
  return result;
}

/**
 * The best-of-sweeps total: the sum over files of each file's smallest figure.
 * @param {readonly (readonly number[])[]} perFile one list of per-sweep figures per file
 * @returns {number}
 */
export function sumOfMinima(perFile) {
  return perFile.reduce((sum, figures) => sum + (figures.length > 0 ? Math.min(...figures) : 0), 0);
}

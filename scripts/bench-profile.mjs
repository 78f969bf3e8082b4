#!/usr/bin/env node
// Summarises a V8 .cpuprofile (from `node --cpu-prof scripts/bench.mjs …`), so that a missed
// benchmark target can be traced to code: self time per package, the functions with the most self
// time and, with --filter, the whole cost of the matching scripts (their stacks' time, what they
// call outside themselves, and each matching function's inclusive time).
//   node scripts/bench-profile.mjs FILE.cpuprofile [--top N] [--filter TEXT]
// --filter keeps scripts whose URL contains TEXT (`.cache/bench/dist` is the plugin the bench built).
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';

const { values: flags, positionals } = parseArgs({
  allowPositionals: true,
  options: { top: { type: 'string', default: '25' }, filter: { type: 'string' } },
});
if (positionals.length !== 1) {
  console.error('usage: node scripts/bench-profile.mjs FILE.cpuprofile [--top N] [--filter TEXT]');
  process.exit(2);
}
const profile = JSON.parse(readFileSync(positionals[0], 'utf8'));
const top = Number(flags.top);

// Each sample names the node on top of the stack; it lasts until the next sample.
const selfMicros = new Map();
profile.samples.forEach((id, i) => selfMicros.set(id, (selfMicros.get(id) ?? 0) + (profile.timeDeltas[i + 1] ?? 0)));
const total = [...selfMicros.values()].reduce((sum, micros) => sum + micros, 0);

const nodeById = new Map(profile.nodes.map((node) => [node.id, node]));
const parentOf = new Map();
for (const node of profile.nodes) for (const child of node.children ?? []) parentOf.set(child, node.id);

const shortUrl = (url) =>
  url
    .replace(/^file:\/\//, '')
    .replace(/^.*\/node_modules\//, '')
    .replace(`${process.cwd()}/`, '');
const keyOf = ({ functionName, url, lineNumber }) => `${functionName || '(anonymous)'}  ${url ? `${shortUrl(url)}:${lineNumber + 1}` : ''}`;
/** The package (or area) a script belongs to. */
const areaOf = (url) => {
  if (!url) return '(native / V8)';
  const path = shortUrl(url);
  if (path.startsWith('.cache/bench/dist/')) return 'this plugin';
  if (path.startsWith('node:')) return 'node';
  const parts = path.split('/');
  return parts[0].startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0];
};
const matches = (frame) => flags.filter !== undefined && frame.url.includes(flags.filter);

const selfByFunction = new Map();
const selfByArea = new Map();
const add = (map, key, micros) => map.set(key, (map.get(key) ?? 0) + micros);
let throughFilter = 0;
const calledFromFilter = new Map();
const inclusiveByFunction = new Map();
for (const [id, micros] of selfMicros) {
  const frame = nodeById.get(id).callFrame;
  add(selfByArea, areaOf(frame.url), micros);
  if (!flags.filter || matches(frame)) add(selfByFunction, keyOf(frame), micros);
  if (!flags.filter) continue;
  const onStack = new Set();
  for (let at = id; at !== undefined; at = parentOf.get(at)) {
    const caller = nodeById.get(at).callFrame;
    if (matches(caller)) onStack.add(keyOf(caller));
  }
  if (onStack.size === 0) continue;
  throughFilter += micros;
  for (const key of onStack) add(inclusiveByFunction, key, micros);
  if (!matches(frame)) add(calledFromFilter, keyOf(frame), micros);
}

const percent = (micros) => `${((100 * micros) / total).toFixed(1).padStart(5)}%`;
const ms = (micros) => `${(micros / 1000).toFixed(0).padStart(7)} ms`;
const list = (title, map, count) => {
  console.log(`\n${title}`);
  for (const [key, micros] of [...map].sort((a, b) => b[1] - a[1]).slice(0, count)) console.log(`${ms(micros)} ${percent(micros)}  ${key}`);
};

console.log(`${positionals[0]}: ${(total / 1e6).toFixed(1)} s sampled`);
list('self time by package:', selfByArea, 12);
list(`top ${top} functions by self time${flags.filter ? ` (scripts matching ${flags.filter})` : ''}:`, selfByFunction, top);
if (flags.filter) {
  console.log(`\ntime in stacks through ${flags.filter}: ${ms(throughFilter)} ${percent(throughFilter)}`);
  list('of it, self time outside those scripts (what they call):', calledFromFilter, top);
  list(`top ${top} functions by inclusive time (scripts matching ${flags.filter}):`, inclusiveByFunction, top);
}

#!/usr/bin/env node
// Writes the migration tables into the docs from src/migration-table.ts (through the build), so
// that no doc restates a path or a name mapping by hand. `--check` fails when a doc is stale.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

// `--root DIR` checks another copy (the staleness test uses one); by default, this repository.
const rootFlag = process.argv.indexOf('--root');
const root = rootFlag > 0 ? process.argv[rootFlag + 1] : join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const {
  moduleMoves,
  exportMoves,
  removedExports,
  sessionOptionMoves,
  generateOptionMoves,
  sessionMemberMoves,
  memoryRemovedMembers,
  defaultProvider,
  compatibilityLayer,
} = require(join(root, 'dist/lib/migration-table.js'));

const code = (text) => `\`${text}\``;
const list = (items) => items.map(code).join(', ');

export function migrationTables() {
  const paths = [
    '| 1.x module path (and below it) | 2.0 module path |',
    '| --- | --- |',
    ...moduleMoves.map((move) => `| ${code(move.from)} | ${code(move.to)} |`),
  ];
  const names = [
    '| 1.x export | from | 2.0 export | from |',
    '| --- | --- | --- | --- |',
    ...exportMoves.map((move) => `| ${code(move.name)} | ${list(move.from)} | ${code(move.newName)} | ${code(move.to)} |`),
    ...removedExports.map(
      (removed) =>
        `| ${code(removed.name)} | ${list(removed.from)} | none (nearest: ${code(removed.nearest)} from ${code(removed.nearestFrom)}, another shape) | reported, no fix |`,
    ),
  ];
  return [...paths, '', ...names].join('\n');
}

export function sessionTables() {
  const options = [
    '| 1.x `Session` option | 2.0 `AgentOptions` |',
    '| --- | --- |',
    ...Object.entries(sessionOptionMoves).map(
      ([name, move]) => `| ${code(name)} | ${code(move.group ? `${move.group}.${move.key}` : move.key)} |`,
    ),
  ];
  const members = [
    '| 1.x `Session` member | on a 2.0 `Agent` |',
    '| --- | --- |',
    ...Object.entries(sessionMemberMoves).map(
      ([name, move]) =>
        `| ${code(move.kind === 'call' ? `s.${name}(…)` : `s.${name}`)} | ${code(move.kind === 'call' ? `s.${move.to}(…)` : `s.${move.to}`)}${move.useTools ? ' with `useTools: true`' : ''} |`,
    ),
    '| `Session.load(path)` | none: `new Agent(…)` then `.loadState(path)` (reported, editor suggestion) |',
  ];
  const generate = [
    '| 1.x `generate` option | 2.0 `ChatOptions` |',
    '| --- | --- |',
    ...Object.entries(generateOptionMoves).map(([name, to]) => `| ${code(name)} | ${code(to)} |`),
  ];
  return [...options, '', ...members, '', ...generate].join('\n');
}

function breakingChanges() {
  const memory = Object.entries(memoryRemovedMembers).map(([name, instead]) => `- ${code(`HierarchicalMemory#${name}`)}: removed; ${code(`TemporalMemory#${instead}`)} stores bi-temporal facts instead (no automatic replacement).`);
  return [
    '# Breaking changes in abstractllm 2.0',
    '',
    '<!-- Generated from src/migration-table.ts by `npm run docs`; edit the table, not this file. -->',
    '',
    'abstractllm 1.x was one package; 2.0 is three: `abstractllm` (core), `abstractagent` and `abstractmemory`.',
    'Every change below is one the plugin reports; the rule named in brackets fixes it or says what to do.',
    '',
    '## Module paths and exports [no-deprecated-imports]',
    '',
    migrationTables(),
    '',
    '## Session → Agent [no-deprecated-session]',
    '',
    `A 1.x \`Session\` without \`provider\` used ${code(defaultProvider)}; 2.0 requires \`llmConfig.provider\`, so it is written out. Memory options count only when \`enableMemory\` is on.`,
    '',
    sessionTables(),
    '',
    '## HierarchicalMemory → TemporalMemory [no-deprecated-memory]',
    '',
    'Same constructor options; `search` and `clear` keep their names.',
    '',
    ...memory,
    '',
    '## Compatibility layer [no-compat-layer]',
    '',
    `${code(`${compatibilityLayer.name}.${compatibilityLayer.setup}()`)} from ${code(compatibilityLayer.specifier)} lets 1.x code run on 2.0 while it migrates; it is transitional.`,
    '',
  ].join('\n');
}

const sections = [
  { target: 'docs/rules/no-deprecated-imports.md', begin: '<!-- begin generated migration table: npm run docs -->', end: '<!-- end generated migration table -->', render: migrationTables },
  { target: 'docs/rules/no-deprecated-session.md', begin: '<!-- begin generated session tables: npm run docs -->', end: '<!-- end generated session tables -->', render: sessionTables },
];
const check = process.argv.includes('--check');
let stale = 0;
const outputs = [{ target: 'docs/breaking-changes.md', next: breakingChanges(), text: readOrEmpty(join(root, 'docs/breaking-changes.md')) }];
for (const { target, begin, end, render } of sections) {
  const path = join(root, target);
  const text = readFileSync(path, 'utf8');
  const start = text.indexOf(begin);
  const stop = text.indexOf(end);
  if (start < 0 || stop < start) {
    console.error(`${target}: the generated-table markers are missing`);
    process.exitCode = 1;
    continue;
  }
  outputs.push({ target, text, next: `${text.slice(0, start + begin.length)}\n\n${render()}\n\n${text.slice(stop)}` });
}
for (const { target, text, next } of outputs) {
  const path = join(root, target);
  if (next === text) continue;
  if (check) {
    stale++;
    console.error(`${relative(root, path)} is stale: run \`npm run docs\``);
  } else {
    writeFileSync(path, next);
    console.log(`wrote ${target}`);
  }
}
if (stale > 0) process.exitCode = 1;

function readOrEmpty(path) {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return '';
  }
}

#!/usr/bin/env node
// Writes the migration tables into the docs from src/migration-table.ts (through the build), so
// that no doc restates a path or a name mapping by hand. `--check` fails when a doc is stale.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const { moduleMoves, exportMoves, removedExports } = require(join(root, 'dist/lib/migration-table.js'));

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

const begin = '<!-- begin generated migration table: npm run docs -->';
const end = '<!-- end generated migration table -->';
const targets = ['docs/rules/no-deprecated-imports.md'];
const check = process.argv.includes('--check');
let stale = 0;
for (const target of targets) {
  const path = join(root, target);
  const text = readFileSync(path, 'utf8');
  const start = text.indexOf(begin);
  const stop = text.indexOf(end);
  if (start < 0 || stop < start) {
    console.error(`${target}: the generated-table markers are missing`);
    process.exitCode = 1;
    continue;
  }
  const next = `${text.slice(0, start + begin.length)}\n\n${migrationTables()}\n\n${text.slice(stop)}`;
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

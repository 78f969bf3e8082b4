#!/usr/bin/env node
// Builds the fuzz and benchmark corpus into .cache/corpus/ (git-ignored):
//
//   real/<package>@<version>/**   the source files of pinned npm packages, fetched with `npm pack`
//   heavy/NNNN-<kind>.<ext>       generated "heavy 1.x user" files (scripts/corpus/heavy.mjs)
//   tarballs/                     the fetched tarballs, kept so a re-run does not fetch again
//   manifest.json                 { real: [...], heavy: [...] }, paths relative to .cache/corpus
//
// The real part is built first (the benchmark waits for it); the manifest is written last, so its
// existence means the corpus is complete. Re-running skips every package already extracted.
//
// Usage: node scripts/corpus.mjs [--heavy-count N]
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateHeavyFiles } from './corpus/heavy.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
export const corpusDir = join(root, '.cache', 'corpus');
const tarballDir = join(corpusDir, 'tarballs');
const realDir = join(corpusDir, 'real');
const heavyDir = join(corpusDir, 'heavy');

/**
 * Pinned packages that ship readable sources in their tarball, and the folders (inside the
 * tarball's `package/`) that hold them: built output (dist/, build/, esm/) is left out, since it is
 * the same code again, transpiled. `''` means the package root's own files (lodash-es keeps one
 * module a file there), not its subfolders.
 */
export const packages = [
  { name: 'zod', version: '3.25.76', roots: ['src'] },
  { name: 'rxjs', version: '7.8.1', roots: ['src'] },
  { name: 'effect', version: '3.10.0', roots: ['src'] },
  { name: 'eslint', version: '9.17.0', roots: ['lib', 'bin'] },
  { name: 'lodash-es', version: '4.17.21', roots: [''] },
  { name: 'axios', version: '1.7.9', roots: ['lib'] },
  { name: 'preact', version: '10.25.4', roots: ['src', 'compat/src', 'hooks/src', 'debug/src', 'jsx-runtime/src', 'test-utils/src', 'devtools/src'] },
  { name: 'immer', version: '10.1.1', roots: ['src'] },
  { name: 'mobx', version: '6.13.5', roots: ['src'] },
  { name: 'ajv', version: '8.17.1', roots: ['lib'] },
  { name: '@tanstack/query-core', version: '5.62.8', roots: ['src'] },
  { name: '@tanstack/react-query', version: '5.62.8', roots: ['src', 'build/codemods/src'] },
  { name: 'express', version: '4.21.2', roots: ['lib'] },
  { name: 'commander', version: '12.1.0', roots: ['lib'] },
];

const sourceExtension = /\.(?:ts|tsx|mts|cts|js|mjs|cjs|jsx)$/;
const declarationFile = /\.d\.[cm]?ts$/;
const maxBytes = 200 * 1024;

/** A bundle or minified file: few, very long lines. Not source anyone writes by hand. */
function isMinified(name, text) {
  if (/\.min\.[cm]?js$/.test(name)) return true;
  const lines = text.split('\n');
  return text.length > 2000 && text.length / lines.length > 300;
}

/** `@tanstack/query-core` → `@tanstack+query-core`: one folder level per package, as pnpm names them. */
export const packageFolder = (pkg) => `${pkg.name.replace('/', '+')}@${pkg.version}`;

function fetchTarball(pkg) {
  // npm pack names the tarball `<scope>-<name>-<version>.tgz`.
  const fileName = `${pkg.name.replace(/^@/, '').replace('/', '-')}-${pkg.version}.tgz`;
  const path = join(tarballDir, fileName);
  if (!existsSync(path)) {
    execFileSync('npm', ['pack', `${pkg.name}@${pkg.version}`, '--silent', '--pack-destination', tarballDir], { stdio: ['ignore', 'ignore', 'inherit'] });
    if (!existsSync(path)) throw new Error(`npm pack ${pkg.name}@${pkg.version} did not write ${fileName}`);
  }
  return path;
}

function* walk(directory) {
  for (const entry of readdirSync(directory, { withFileTypes: true })) {
    const path = join(directory, entry.name);
    if (entry.isDirectory()) yield* walk(path);
    else if (entry.isFile()) yield path;
  }
}

function isWanted(pathInPackage, pkg) {
  const inRoot = pkg.roots.some((r) => (r === '' ? !pathInPackage.includes('/') : pathInPackage.startsWith(`${r}/`)));
  return inRoot && sourceExtension.test(pathInPackage) && !declarationFile.test(pathInPackage);
}

/** Extracts one package's source files into real/<package>@<version>/; returns their corpus paths. */
function buildPackage(pkg) {
  const target = join(realDir, packageFolder(pkg));
  if (!existsSync(target)) {
    const tarball = fetchTarball(pkg);
    const scratch = mkdtempSync(join(corpusDir, '.extract-'));
    try {
      execFileSync('tar', ['-xzf', tarball, '-C', scratch]);
      const packageRoot = join(scratch, 'package');
      const staging = join(scratch, 'out');
      mkdirSync(staging);
      for (const file of walk(packageRoot)) {
        const pathInPackage = relative(packageRoot, file).split(sep).join('/');
        if (!isWanted(pathInPackage, pkg) || statSync(file).size > maxBytes) continue;
        const text = readFileSync(file, 'utf8');
        if (isMinified(pathInPackage, text)) continue;
        const destination = join(staging, pathInPackage);
        mkdirSync(dirname(destination), { recursive: true });
        writeFileSync(destination, text);
      }
      // Moved into place whole, so an interrupted run never leaves a half-extracted package that a
      // re-run would then skip.
      renameSync(staging, target);
    } finally {
      rmSync(scratch, { recursive: true, force: true });
    }
  }
  return [...walk(target)].map((file) => relative(corpusDir, file).split(sep).join('/')).sort();
}

function buildHeavy(count) {
  rmSync(heavyDir, { recursive: true, force: true });
  mkdirSync(heavyDir, { recursive: true });
  const files = generateHeavyFiles(count);
  for (const file of files) writeFileSync(join(heavyDir, file.name), file.text);
  return files.map((file) => `heavy/${file.name}`);
}

function main() {
  const countFlag = process.argv.indexOf('--heavy-count');
  const heavyCount = countFlag === -1 ? 600 : Number(process.argv[countFlag + 1]);
  mkdirSync(tarballDir, { recursive: true });
  mkdirSync(realDir, { recursive: true });
  rmSync(join(corpusDir, 'manifest.json'), { force: true });

  const real = [];
  for (const pkg of packages) {
    const files = buildPackage(pkg);
    console.log(`real ${packageFolder(pkg)}: ${files.length} files`);
    real.push(...files);
  }
  const heavy = buildHeavy(heavyCount);
  console.log(`heavy: ${heavy.length} files`);

  writeFileSync(join(corpusDir, 'manifest.json'), `${JSON.stringify({ real, heavy }, null, 2)}\n`);
  console.log(`corpus: ${real.length} real + ${heavy.length} heavy files in ${relative(root, corpusDir)}/ (manifest.json written)`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) main();

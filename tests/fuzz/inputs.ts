/**
 * The files the fuzzer checks besides the corpus: the repository's own fixtures (realistic 1.x
 * programs), and the regression fixtures it saved.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Mutant, SourceFile } from './mutants.js';

export const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Where the fixtures are, relative to the repository. */
export const fixtureRoots = ['tests/runtime/.fixtures', 'tests/cli/fixtures', 'tests/fixtures', 'tests/api/examples', 'examples'];

/** Saved failing mutants (kept out of tsc and lint by the `fixtures` folder name). */
export const regressionsDir = join(repoRoot, 'tests', 'fuzz', 'regressions', 'fixtures');

const sourceFile = /\.(?:[cm]?[jt]s|[jt]sx)$/;
const declarationFile = /\.d\.[cm]?ts$/;

function* walk(directory: string): Generator<string> {
  for (const entry of readdirSync(directory, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    const path = join(directory, entry.name);
    if (entry.isDirectory() && entry.name !== 'node_modules') yield* walk(path);
    else if (entry.isFile() && sourceFile.test(entry.name) && !declarationFile.test(entry.name)) yield path;
  }
}

/** The source files under `roots` (relative to the repository), named by their repository path. */
export function readSourceFiles(roots: readonly string[]): SourceFile[] {
  return roots
    .map((root) => join(repoRoot, root))
    .filter((root) => existsSync(root))
    .flatMap((root) => [...walk(root)])
    .map((path) => ({ name: relative(repoRoot, path).split(sep).join('/'), text: readFileSync(path, 'utf8') }));
}

/** The saved regression fixtures, named by their file name (`<origin>~<kind>.<ext>`). */
export function regressionFiles(): SourceFile[] {
  if (!existsSync(regressionsDir)) return [];
  return [...walk(regressionsDir)].map((path) => ({ name: relative(regressionsDir, path).split(sep).join('/'), text: readFileSync(path, 'utf8') }));
}

/**
 * Saves a failing input as a regression fixture: `heavy/0012-barrel.ts` mutated by `jsx` becomes
 * `heavy__0012-barrel~jsx.tsx`. Returns the path, relative to the repository.
 */
export function saveRegression(origin: string, input: SourceFile | Mutant): string {
  const kind = 'kind' in input ? input.kind : 'original';
  const extension = /\.[^./]+$/.exec(input.name)?.[0] ?? '';
  const stem = origin.replace(/\.[^./]+$/, '').replaceAll('/', '__');
  const path = join(regressionsDir, `${stem}~${kind}${extension}`);
  mkdirSync(regressionsDir, { recursive: true });
  writeFileSync(path, input.text);
  return relative(repoRoot, path).split(sep).join('/');
}

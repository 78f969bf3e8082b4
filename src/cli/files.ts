import { execFileSync } from 'node:child_process';
import { lstatSync, readdirSync, realpathSync } from 'node:fs';
import { extname, isAbsolute, join, relative, resolve, sep } from 'node:path';

/** Files the migration looks at: JS and TS sources in every module flavour. */
export const sourceExtensions = new Set(['.js', '.mjs', '.cjs', '.jsx', '.ts', '.mts', '.cts', '.tsx']);
/** The CLI's own folder (backups); it holds a `.gitignore` of `*` so git never sees it. */
export const stateDirectory = '.abstractllm-migrate';
const skippedDirectories = new Set(['node_modules', '.git', stateDirectory]);

export interface Collected {
  files: string[];
  /** Paths that could not be used, with the reason, for the report. */
  problems: { path: string; reason: string }[];
}

/**
 * The source files under `paths` (relative to `root`), respecting `.gitignore` when `root` is in a
 * git working tree, never entering `node_modules`, `.git` or the CLI's own folder, and never
 * following a symbolic link: a linked file is reported, not read (it may lead out of the tree). A
 * path outside `root` or in one of those folders, or a named file that is not JS or TS, is
 * reported too: ESLint would not lint it.
 */
export function collectFiles(root: string, paths: readonly string[]): Collected {
  const files = new Set<string>();
  const problems: Collected['problems'] = [];
  const ignored = gitIgnoredFilter(root);
  for (const path of paths) {
    const absolute = resolve(root, path);
    let stats;
    try {
      stats = lstatSync(absolute);
    } catch {
      problems.push({ path, reason: 'does not exist' });
      continue;
    }
    // ESLint lints nothing outside its cwd or in node_modules and .git: it answers such a path
    // with an 'ignored' warning, not a lint. A path the walk would skip is not linted either when
    // it is named (a backup of the CLI's own folder must never be fixed).
    const inRoot = relative(root, absolute);
    if (inRoot === '..' || inRoot.startsWith(`..${sep}`) || isAbsolute(inRoot)) {
      problems.push({ path, reason: 'was not linted: it is outside the folder abstractllm-migrate runs in, and ESLint lints only files under it' });
      continue;
    }
    const skipped = inRoot.split(sep).find((name) => skippedDirectories.has(name));
    if (skipped) {
      problems.push({ path, reason: `was not linted: it is in ${skipped}, which abstractllm-migrate never lints` });
      continue;
    }
    if (stats.isSymbolicLink()) {
      problems.push({ path, reason: 'is a symbolic link (not followed)' });
      continue;
    }
    if (stats.isFile()) {
      // The CLI's config covers these alone: ESLint would ignore any other file.
      if (sourceExtensions.has(extname(absolute))) files.add(absolute);
      else problems.push({ path, reason: `was not linted: it is not a JS or TS file (${[...sourceExtensions].join(', ')})` });
      continue;
    }
    walk(absolute, (file) => {
      if (!ignored(file)) files.add(file);
    }, (linked) => {
      if (!ignored(linked) && sourceExtensions.has(extname(linked)) && !insideRoot(root, linked)) {
        problems.push({ path: relative(root, linked), reason: 'is a symbolic link out of the tree (not followed)' });
      }
    });
  }
  return { files: [...files].sort(), problems };
}

function walk(directory: string, onFile: (file: string) => void, onLink: (link: string) => void): void {
  let entries;
  try {
    entries = readdirSync(directory, { withFileTypes: true });
  } catch {
    return;
  }
  for (const entry of entries) {
    const path = join(directory, entry.name);
    if (entry.isSymbolicLink()) onLink(path);
    else if (entry.isDirectory()) {
      if (!skippedDirectories.has(entry.name)) walk(path, onFile, onLink);
    } else if (entry.isFile() && sourceExtensions.has(extname(entry.name))) onFile(path);
  }
}

function insideRoot(root: string, path: string): boolean {
  try {
    const real = realpathSync(path);
    const rel = relative(realpathSync(root), real);
    return !rel.startsWith('..') && !isAbsolute(rel);
  } catch {
    return false;
  }
}

/** A predicate for files git ignores under `root` (none when `root` is not in a git working tree). */
function gitIgnoredFilter(root: string): (file: string) => boolean {
  let listed: Set<string>;
  try {
    const top = execFileSync('git', ['rev-parse', '--show-toplevel'], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    const out = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], {
      cwd: top,
      encoding: 'utf8',
      maxBuffer: 256 * 1024 * 1024,
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    const realTop = realpathSync(top);
    listed = new Set(out.split('\0').filter(Boolean).map((file) => join(realTop, file)));
  } catch {
    return () => false;
  }
  return (file) => {
    let real: string;
    try {
      real = realpathSync(file);
    } catch {
      return true;
    }
    return !listed.has(real) && !real.split(sep).includes(stateDirectory);
  };
}

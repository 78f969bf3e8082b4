import { isUtf8 } from 'node:buffer';
import { execFileSync } from 'node:child_process';
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { createTwoFilesPatch } from 'diff';
import { namespace, version } from '../meta.js';
import { rollback, saveBackup, writeFileAtomic } from './backup.js';
import { collectFiles } from './files.js';
import { CliError, type Concurrency, type LintMessage, createLinter, notLinted } from './lint.js';
import { type PackageChange, applyPackageChanges, importedNewPackages, nearestPackageJson, packageChanges } from './package-json.js';
import { type FileReport, type MigrationReport, classify, markdownReport, summarize } from './report.js';

export interface Io {
  cwd: string;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  isTTY: boolean;
}

const usage = `Usage: abstractllm-migrate [paths…] [options]

Finds abstractllm 1.x code in JS/TS files (default: the current folder) with the
eslint-plugin-abstractllm rules, using your ESLint but none of your config.

  (no option)      report: a summary, abstractllm-migration.md (and --json FILE)
  --dry-run        print the diff --fix would make; write nothing
  --fix            apply the fixes and package.json edits, after a backup
  --allow-dirty    let --fix touch files with uncommitted changes
  --rollback       restore the newest backup (files edited since are listed, not touched)
  --force          with --rollback: restore edited files too
  --json FILE      also write the report as JSON
  --report FILE    where the Markdown report goes (default: abstractllm-migration.md)
  --concurrency N  worker threads on ESLint >= 9.34: a number, off, or auto
                   (default: all cores, on more than two cores and many files)

Exit code: 0 nothing to migrate, 1 something to migrate (or left for a person
after --fix), 2 a file or path could not be used.`;

const reportFile = 'abstractllm-migration.md';

/** The CLI: `argv` without the node and script paths; resolves to the exit code, never throws. */
export async function run(argv: readonly string[], io: Io): Promise<number> {
  try {
    return await main(argv, io);
  } catch (error) {
    io.stderr(`abstractllm-migrate: ${error instanceof CliError ? error.message : (error as Error).message}\n`);
    return 2;
  }
}

async function main(argv: readonly string[], io: Io): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        fix: { type: 'boolean' },
        'dry-run': { type: 'boolean' },
        'allow-dirty': { type: 'boolean' },
        rollback: { type: 'boolean' },
        force: { type: 'boolean' },
        json: { type: 'string' },
        report: { type: 'string' },
        concurrency: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
    });
  } catch (error) {
    throw new CliError(`${(error as Error).message}\n\n${usage}`);
  }
  const { values, positionals } = parsed;
  if (values.help) return (io.stdout(`${usage}\n`), 0);
  if (values.version) return (io.stdout(`${version}\n`), 0);
  if (values.fix && values['dry-run']) throw new CliError('--fix and --dry-run exclude each other.');
  const root = io.cwd;
  const concurrency = parseConcurrency(values.concurrency);

  if (values.rollback) {
    const result = rollback(root, !!values.force);
    if (!result.folder) return (io.stdout('abstractllm-migrate: no backup to restore.\n'), 0);
    io.stdout(`abstractllm-migrate: restored ${result.restored.length} files from ${relative(root, result.folder)}\n`);
    for (const path of result.skipped) io.stdout(`  not restored (edited since the fix; --force to overwrite): ${path}\n`);
    for (const failure of result.failed) io.stderr(`  could not restore ${failure.path}: ${failure.reason}\n`);
    return result.failed.length > 0 ? 2 : result.skipped.length > 0 ? 1 : 0;
  }

  const paths = positionals.length > 0 ? positionals : ['.'];
  const collected = collectFiles(root, paths);
  const badInput = [...collected.problems];
  const sources = new Map<string, Buffer>();
  for (const file of collected.files) {
    try {
      const data = readFileSync(file);
      if (data.subarray(0, 8000).includes(0)) badInput.push({ path: rel(root, file), reason: 'is a binary file' });
      // ESLint decodes every file as UTF-8: a Latin-1 'é' would reach the rules, the diff and the
      // fixed file as U+FFFD, so a file in another encoding is never linted, let alone written.
      else if (!isUtf8(data)) badInput.push({ path: rel(root, file), reason: 'is not valid UTF-8 (save it as UTF-8 first)' });
      else sources.set(file, data);
    } catch (error) {
      badInput.push({ path: rel(root, file), reason: `cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'})` });
    }
  }
  const files = [...sources.keys()];

  const plain = await createLinter(root, false, files.length, concurrency);
  const linting = progressReporter(io, files.length, 'linting');
  const before = await lintInChunks(plain, files, linting);
  linting(files.length, true);
  // Only a file with a problem of these rules has anything --fix could change: the fix pass, which
  // lints each file again until it settles, runs on those alone.
  const toFix = before.filter((result) => !result.messages.some((m) => m.fatal) && ours(result.messages).length > 0).map((r) => r.filePath);
  const fixing = await createLinter(root, true, toFix.length, concurrency);
  const fixingProgress = toFix.length > 0 ? progressReporter(io, toFix.length, 'fixing') : undefined;
  const after = await lintInChunks(fixing, toFix, (done) => fixingProgress?.(done));
  fixingProgress?.(toFix.length, true);

  const afterByPath = new Map(after.map((result) => [result.filePath, result]));
  const fileReports: FileReport[] = [];
  const outputs = new Map<string, string>();
  const neededByPackage = new Map<string, Set<string>>();
  let ignoredCount = 0;
  for (const result of before) {
    const path = rel(root, result.filePath);
    const fatal = result.messages.find((message) => message.fatal);
    if (fatal) {
      badInput.push({ path, reason: `does not parse (${fatal.message} at ${fatal.line}:${fatal.column})` });
      continue;
    }
    // collectFiles leaves out what ESLint ignores; a file it ignores all the same is not clean.
    const ignored = notLinted(result);
    if (ignored) {
      badInput.push({ path, reason: `was not linted (ESLint: ${ignored})` });
      ignoredCount++;
      continue;
    }
    const fixed = afterByPath.get(result.filePath);
    const source = sources.get(result.filePath)?.toString('utf8') ?? '';
    const output = fixed?.output;
    if (output !== undefined && output !== source) outputs.set(result.filePath, output);
    const { problems, manual } = classify(ours(result.messages), ours(fixed?.messages ?? []));
    fileReports.push({ path, problems, manual, changed: outputs.has(result.filePath) });
    const imported = importedNewPackages(output ?? source);
    const manifest = imported.length > 0 || problems.length > 0 ? nearestPackageJson(result.filePath, root) : undefined;
    if (manifest) {
      const needed = neededByPackage.get(manifest) ?? new Set<string>();
      for (const name of imported) needed.add(name);
      neededByPackage.set(manifest, needed);
    }
  }
  const changes: PackageChange[] = [...neededByPackage].flatMap(([manifest, needed]) => packageChanges(manifest, root, [...needed]));

  const problemsByRule: Record<string, number> = {};
  for (const problem of fileReports.flatMap((file) => file.problems)) problemsByRule[problem.rule] = (problemsByRule[problem.rule] ?? 0) + 1;
  const report: MigrationReport = {
    root,
    eslintVersion: plain.version,
    filesScanned: files.length - ignoredCount,
    filesNeedingMigration: fileReports.filter((file) => file.problems.length > 0 || file.changed).length,
    problemsByRule,
    autoFixable: fileReports.reduce((sum, file) => sum + file.problems.filter((p) => p.fixable).length, 0),
    manual: fileReports.reduce((sum, file) => sum + file.manual.length, 0),
    files: fileReports,
    packageChanges: changes,
    badInput,
  };
  const needsMigration = report.filesNeedingMigration > 0 || changes.length > 0;

  if (values['dry-run']) {
    io.stdout(`${problemList(report)}${summarize(report)}\n`);
    for (const [file, output] of outputs) {
      const path = rel(root, file);
      io.stdout(`\n${createTwoFilesPatch(`a/${path}`, `b/${path}`, sources.get(file)!.toString('utf8'), output)}`);
    }
    for (const [path, text] of packageEdits(root, changes)) {
      io.stdout(`\n${createTwoFilesPatch(`a/${path}`, `b/${path}`, readFileSync(resolve(root, path), 'utf8'), text)}`);
    }
    io.stdout(`\n--fix would change ${outputs.size + packageEdits(root, changes).size} files; nothing was written.\n`);
    return badInput.length > 0 ? 2 : needsMigration ? 1 : 0;
  }

  if (values.fix) {
    const edits = new Map<string, string>([...outputs].map(([file, output]) => [file, output]));
    for (const [path, text] of packageEdits(root, changes)) edits.set(resolve(root, path), text);
    if (edits.size > 0) {
      const dirty = values['allow-dirty'] ? [] : dirtyFiles(root, [...edits.keys()]);
      if (dirty.length > 0) {
        throw new CliError(
          `these files have uncommitted changes, and --fix would change them: ${dirty.join(', ')}. Commit or stash them, or pass --allow-dirty.`,
        );
      }
      const backup = saveBackup(
        root,
        [...edits].map(([path, after]) => ({ path, before: sources.get(path) ?? readFileSync(path), after })),
      );
      for (const [path, text] of edits) writeFileAtomic(path, text, statSync(path).mode & 0o7777);
      io.stdout(`abstractllm-migrate: fixed ${edits.size} files (backup: ${rel(root, backup)}; undo with --rollback)\n`);
    }
  }

  io.stdout(`${summarize(report)}\n`);
  writeFileSync(resolve(root, values.report ?? reportFile), markdownReport(report));
  if (values.json) writeFileSync(resolve(root, values.json), `${JSON.stringify(report, null, 2)}\n`);
  io.stdout(`report: ${values.report ?? reportFile}${values.json ? `, ${values.json}` : ''}\n`);
  if (badInput.length > 0) return 2;
  return values.fix ? (report.manual > 0 ? 1 : 0) : needsMigration ? 1 : 0;
}

function parseConcurrency(value: string | undefined): Concurrency {
  if (value === undefined || value === 'auto') return 'auto';
  if (value === 'off') return 'off';
  if (/^[1-9]\d*$/.test(value)) return Number(value);
  throw new CliError(`--concurrency takes a number of threads, off or auto, not '${value}'.`);
}

/** Each problem on a line of its own, as a linter's report reads. */
function problemList(report: MigrationReport): string {
  const lines: string[] = [];
  for (const file of report.files) {
    if (file.problems.length === 0) continue;
    lines.push(file.path);
    for (const p of file.problems) lines.push(`  ${p.line}:${p.column}  ${p.fixable ? 'fixable' : 'manual '}  ${p.message}  ${p.rule}`);
    lines.push('');
  }
  return lines.length > 0 ? `${lines.join('\n')}\n` : '';
}

function ours(messages: readonly LintMessage[]): { line: number; column: number; rule: string; message: string }[] {
  return messages
    .filter((message) => message.ruleId?.startsWith(`${namespace}/`))
    .map((message) => ({ line: message.line, column: message.column, rule: message.ruleId!, message: message.message }));
}

function packageEdits(root: string, changes: readonly PackageChange[]): Map<string, string> {
  const byPath = new Map<string, PackageChange[]>();
  for (const change of changes) byPath.set(change.path, [...(byPath.get(change.path) ?? []), change]);
  return new Map([...byPath].map(([path, list]) => [path, applyPackageChanges(readFileSync(resolve(root, path), 'utf8'), list)]));
}

/** Files among `paths` with uncommitted changes in git (none outside a git working tree). */
function dirtyFiles(root: string, paths: readonly string[]): string[] {
  try {
    const out = execFileSync('git', ['status', '--porcelain', '-z', '--', ...paths], {
      cwd: root,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    return out.split('\0').filter(Boolean).map((entry) => entry.slice(3));
  } catch {
    return [];
  }
}

async function lintInChunks(
  linter: Awaited<ReturnType<typeof createLinter>>,
  files: readonly string[],
  onProgress: (done: number) => void,
): ReturnType<typeof linter.lint> {
  const results = [];
  // Each lintFiles call starts its own workers, so a parallel run takes big chunks.
  const size = linter.concurrency === 'off' ? 25 : 1000;
  for (let start = 0; start < files.length; start += size) {
    results.push(...(await linter.lint(files.slice(start, start + size))));
    onProgress(Math.min(files.length, start + size));
  }
  return results;
}

/** A progress bar on a terminal, a plain count otherwise (CI logs). */
function progressReporter(io: Io, total: number, doing: string): (done: number, finished?: boolean) => void {
  if (!io.isTTY) {
    io.stderr(`abstractllm-migrate: ${doing} ${total} files…\n`);
    return () => undefined;
  }
  return (done, finished) => {
    const width = 30;
    const filled = total === 0 ? width : Math.round((done / total) * width);
    io.stderr(`\r${doing} [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${Math.round(done)}/${total} files${finished ? '\n' : ''}`);
  };
}

function rel(root: string, path: string): string {
  return relative(root, path).split('\\').join('/');
}

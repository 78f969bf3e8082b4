import { createHash } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, readdirSync, renameSync, statSync, writeFileSync, rmSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { stateDirectory } from './files.js';

export const sha256 = (data: Buffer | string): string => createHash('sha256').update(data).digest('hex');

export interface ManifestEntry {
  /** Relative to the root, with `/`. */
  path: string;
  mode: number;
  sha256Before: string;
  sha256After: string;
}

/**
 * Writes `data` to `path` without ever leaving a half-written file: a temporary file beside it is
 * written, given the original's mode, and renamed over it. A failure leaves the original in place.
 */
export function writeFileAtomic(path: string, data: string | Buffer, mode: number): void {
  const temporary = join(dirname(path), `.${Date.now()}-${process.pid}.abstractllm-migrate.tmp`);
  try {
    writeFileSync(temporary, data, { mode });
    chmodSync(temporary, mode);
    renameSync(temporary, path);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
}

/** The CLI's folder with its `.gitignore` of `*`, created on first use. */
export function stateDir(root: string): string {
  const directory = join(root, stateDirectory);
  if (!existsSync(directory)) mkdirSync(directory, { recursive: true });
  const gitignore = join(directory, '.gitignore');
  if (!existsSync(gitignore)) writeFileSync(gitignore, '*\n');
  return directory;
}

/** Saves the originals of `changes` (before anything is written) and returns the backup folder. */
export function saveBackup(root: string, changes: readonly { path: string; before: Buffer; after: string }[], now = new Date()): string {
  const stamp = now.toISOString().replace(/[:.]/g, '-');
  let folder = join(stateDir(root), `backup-${stamp}`);
  for (let n = 1; existsSync(folder); n++) folder = join(stateDir(root), `backup-${stamp}-${n}`);
  const manifest: ManifestEntry[] = [];
  for (const change of changes) {
    const rel = relative(root, change.path).split('\\').join('/');
    const copy = join(folder, 'files', rel);
    mkdirSync(dirname(copy), { recursive: true });
    writeFileSync(copy, change.before);
    manifest.push({ path: rel, mode: statSync(change.path).mode & 0o7777, sha256Before: sha256(change.before), sha256After: sha256(change.after) });
  }
  writeFileSync(join(folder, 'manifest.json'), `${JSON.stringify({ createdAt: now.toISOString(), files: manifest }, null, 2)}\n`);
  return folder;
}

export interface RollbackResult {
  folder?: string;
  restored: string[];
  /** Edited since the fix: left alone unless forced. */
  skipped: string[];
  failed: { path: string; reason: string }[];
}

/** Restores the newest backup; a file changed since the fix is listed, not overwritten, unless `force`. */
export function rollback(root: string, force: boolean): RollbackResult {
  const result: RollbackResult = { restored: [], skipped: [], failed: [] };
  const directory = join(root, stateDirectory);
  const backups = existsSync(directory) ? readdirSync(directory).filter((name) => name.startsWith('backup-')).sort() : [];
  const newest = backups.at(-1);
  if (!newest) return result;
  result.folder = join(directory, newest);
  const manifest = JSON.parse(readFileSync(join(result.folder, 'manifest.json'), 'utf8')) as { files: ManifestEntry[] };
  for (const entry of manifest.files) {
    const target = join(root, entry.path);
    try {
      const current = existsSync(target) ? readFileSync(target) : undefined;
      if (current && sha256(current) === entry.sha256Before) {
        result.restored.push(entry.path); // already the original
        continue;
      }
      if (!force && (!current || sha256(current) !== entry.sha256After)) {
        result.skipped.push(entry.path);
        continue;
      }
      writeFileAtomic(target, readFileSync(join(result.folder, 'files', entry.path)), entry.mode);
      result.restored.push(entry.path);
    } catch (error) {
      result.failed.push({ path: entry.path, reason: (error as Error).message });
    }
  }
  return result;
}

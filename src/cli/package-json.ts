import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { exportMoves, legacyPackage } from '../migration-table.js';

const dependencyFields = ['dependencies', 'devDependencies', 'peerDependencies', 'optionalDependencies'] as const;
/** The 2.0 packages, from the migration table: every package a moved name or path goes to. */
export const newPackages = [...new Set(exportMoves.map((move) => move.to.split('/')[0]!))].filter((name) => name !== legacyPackage);
const newPackageRange = '^1.0.0';
const coreRange = '^2.0.0';

export interface PackageChange {
  /** Relative to the root. */
  path: string;
  field: string;
  name: string;
  from?: string;
  to: string;
}

/** The nearest package.json at or above `file`, not above `root`. */
export function nearestPackageJson(file: string, root: string): string | undefined {
  for (let directory = dirname(file); ; directory = dirname(directory)) {
    const candidate = join(directory, 'package.json');
    if (existsSync(candidate)) return candidate;
    if (relative(root, directory) === '' || dirname(directory) === directory || relative(root, directory).startsWith('..')) return undefined;
  }
}

/** Which 2.0 packages a (fixed) source imports. */
export function importedNewPackages(code: string): string[] {
  return newPackages.filter((name) => new RegExp(`['"\`]${name}(?:/[^'"\`]*)?['"\`]`).test(code));
}

/** A 1.x range: its first version number's major is 1 (`^1.4.0`, `~1.2`, `1.x`, `>=1.0.0 <2`). */
function isLegacyRange(range: string): boolean {
  const match = /(\d+)/.exec(range);
  return match?.[1] === '1';
}

/**
 * What a package.json needs for the migrated code: an abstractllm 1.x range that must become
 * `^2.0.0`, and the new packages the fixed code imports, added to the field that has abstractllm.
 */
export function packageChanges(path: string, root: string, needed: readonly string[]): PackageChange[] {
  let manifest: Record<string, unknown>;
  try {
    manifest = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
  } catch {
    return [];
  }
  const rel = relative(root, path).split('\\').join('/') || 'package.json';
  const changes: PackageChange[] = [];
  const fields = dependencyFields.map((field) => [field, manifest[field]] as const);
  const core = fields.find(([, deps]) => isRecord(deps) && typeof deps[legacyPackage] === 'string');
  if (!core) return changes;
  const [coreField, coreDeps] = core as [string, Record<string, string>];
  const coreRangeNow = coreDeps[legacyPackage]!;
  if (isLegacyRange(coreRangeNow)) changes.push({ path: rel, field: coreField, name: legacyPackage, from: coreRangeNow, to: coreRange });
  for (const name of needed) {
    const present = fields.some(([, deps]) => isRecord(deps) && name in deps);
    if (!present) changes.push({ path: rel, field: coreField, name, to: newPackageRange });
  }
  return changes;
}

/** The package.json text with `changes` made, keeping its indentation, key order and final newline. */
export function applyPackageChanges(text: string, changes: readonly PackageChange[]): string {
  const manifest = JSON.parse(text) as Record<string, Record<string, string>>;
  for (const change of changes) {
    const deps = manifest[change.field] ?? (manifest[change.field] = {});
    deps[change.name] = change.to; // an existing key keeps its place; a new one goes last
  }
  const indent = /^[ \t]+(?=")/m.exec(text)?.[0] ?? '  ';
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const body = JSON.stringify(manifest, null, indent).split('\n').join(eol);
  return /\r?\n$/.test(text) ? body + eol : body;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

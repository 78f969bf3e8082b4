// Throwaway consumer projects that use the plugin as a user would: from the packed tarball, with a
// real ESLint binary. Everything comes from this repo's own node_modules (ESLint 8 and 9 are npm
// aliases), so the tests run offline after `npm ci`.
//
// Layout:
//   .cache/e2e/package-<hash>/   the tarball `npm pack` makes, unpacked and cached by its sha256;
//                                inside the repo, so its own dependencies resolve from the repo's
//                                node_modules as they would from a user's
//   <tmpdir>/abstractllm-e2e/<name>/  one consumer project: its files, and node_modules/ of
//                                symlinks (outside the repo: ESLint 8 ignores dot folders such as
//                                .cache, and no config of this repo may apply to it)
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
export const cacheDir = join(repoRoot, '.cache', 'e2e');

/** The ESLint majors a consumer can run: the dev dependency name of each. */
export const eslintPackages = { 8: 'eslint8', 9: 'eslint9', 10: 'eslint' } as const;
export type EslintMajor = keyof typeof eslintPackages;

let packed: string | undefined;

/**
 * Packs the built plugin (`dist/` must be built: `npm test` builds before it tests) and unpacks
 * the tarball once per content hash. Returns the unpacked package directory.
 */
export function packedPlugin(): string {
  if (packed) return packed;
  // One folder per process: test files run in parallel workers, and each packs once.
  const packDir = join(cacheDir, `tarballs-${process.pid}`);
  rmSync(packDir, { recursive: true, force: true });
  mkdirSync(packDir, { recursive: true });
  execFileSync('npm', ['pack', '--silent', '--pack-destination', packDir], {
    cwd: repoRoot,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const tarball = join(packDir, readdirSync(packDir).find((file) => file.endsWith('.tgz'))!);
  const hash = createHash('sha256').update(readFileSync(tarball)).digest('hex').slice(0, 16);
  const target = join(cacheDir, `package-${hash}`);
  if (!existsSync(join(target, 'package.json'))) {
    const unpack = join(cacheDir, `unpack-${process.pid}`);
    rmSync(unpack, { recursive: true, force: true });
    mkdirSync(unpack, { recursive: true });
    execFileSync('tar', ['-xzf', tarball, '-C', unpack]);
    // A tarball packed while dist/ was missing or being rebuilt must not be cached as the plugin.
    if (!existsSync(join(unpack, 'package', 'dist', 'index.cjs'))) {
      rmSync(unpack, { recursive: true, force: true });
      throw new Error('The packed plugin has no dist/index.cjs: run `npm run build` first (or wait for a build in progress).');
    }
    try {
      // A rename is atomic: a test worker packing at the same time finds a whole package or none.
      renameSync(join(unpack, 'package'), target);
    } catch (error) {
      if (!existsSync(join(target, 'package.json'))) throw error;
    }
    rmSync(unpack, { recursive: true, force: true });
  }
  rmSync(packDir, { recursive: true, force: true });
  packed = target;
  return target;
}

export interface ConsumerOptions {
  /** Which ESLint the project's `eslint` is. */
  eslint: EslintMajor;
  /** The project's files (config, sources), by path relative to the project. */
  files: Record<string, string>;
  /** Other packages of the repo's node_modules to link into the project (e.g. `typescript-eslint`). */
  dependencies?: string[];
}

export interface EslintRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

export interface Consumer {
  dir: string;
  /** Runs the project's `eslint` binary; never throws on a non-zero exit. */
  eslint(args: string[], env?: NodeJS.ProcessEnv): EslintRun;
  /** The same, without blocking: the consumers of one test file can lint at the same time. */
  eslintAsync(args: string[], env?: NodeJS.ProcessEnv): Promise<EslintRun>;
  read(path: string): string;
  write(path: string, text: string): void;
}

/**
 * Makes (afresh) a consumer project named `name`: its files, and a node_modules holding the packed
 * plugin, the chosen ESLint as `eslint`, and the listed dependencies, each a symlink.
 */
export function makeConsumer(name: string, options: ConsumerOptions): Consumer {
  const dir = join(tmpdir(), 'abstractllm-e2e', name);
  rmSync(dir, { recursive: true, force: true });
  const modules = join(dir, 'node_modules');
  mkdirSync(modules, { recursive: true });
  const link = (target: string, as: string) => {
    mkdirSync(dirname(join(modules, as)), { recursive: true });
    symlinkSync(target, join(modules, as), 'dir');
  };
  link(packedPlugin(), 'eslint-plugin-abstractllm');
  link(join(repoRoot, 'node_modules', eslintPackages[options.eslint]), 'eslint');
  for (const dependency of options.dependencies ?? []) link(join(repoRoot, 'node_modules', dependency), dependency);
  const files = { 'package.json': JSON.stringify({ name, private: true }, null, 2) + '\n', ...options.files };
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  const eslintBin = join(modules, 'eslint', 'bin', 'eslint.js');
  const spawnOptions = (env: NodeJS.ProcessEnv | undefined) => ({
    cwd: dir,
    // ESLint 9 reads ESLINT_USE_FLAT_CONFIG; a developer's own setting must not leak in.
    env: { ...process.env, ESLINT_USE_FLAT_CONFIG: undefined, ...env },
  });
  return {
    dir,
    eslint(args, env) {
      const result = spawnSync(process.execPath, [eslintBin, ...args], { ...spawnOptions(env), encoding: 'utf8' });
      return { status: result.status, stdout: result.stdout, stderr: result.stderr };
    },
    eslintAsync(args, env) {
      return new Promise((resolve, reject) => {
        const child = spawn(process.execPath, [eslintBin, ...args], spawnOptions(env));
        let stdout = '';
        let stderr = '';
        child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
        child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
        child.on('error', reject);
        child.on('close', (status) => resolve({ status, stdout, stderr }));
      });
    },
    read: (path) => readFileSync(join(dir, path), 'utf8'),
    write: (path, text) => writeFileSync(join(dir, path), text),
  };
}

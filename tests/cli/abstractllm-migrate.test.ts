import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const bin = join(root, 'dist/lib/cli/bin.js'); // built by `npm test` before vitest runs
const fixture = join(root, 'tests/cli/fixtures/app');
const made: string[] = [];

/** A temp copy of the fixture app, as a git working tree with everything committed. */
function project(options: { git?: boolean } = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'abstractllm-migrate-'));
  made.push(dir);
  cpSync(fixture, dir, { recursive: true });
  // The app resolves ESLint and the TS parser from this repository, as an installed app would from its own.
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'));
  if (options.git !== false) {
    git(dir, 'init', '-q');
    writeFileSync(join(dir, '.gitignore'), 'node_modules\nignored/\n');
    git(dir, 'add', '-A');
    git(dir, '-c', 'user.name=t', '-c', 'user.email=t@t', 'commit', '-qm', 'init');
  }
  return dir;
}

function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, { cwd, encoding: 'utf8' });
}

function cli(cwd: string, ...args: string[]): { code: number; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [bin, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}

/** Every file of a tree (but node_modules and .git) with its bytes, to prove what changed. */
function snapshot(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  const walk = (d: string): void => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      if (entry.name === 'node_modules' || entry.name === '.git') continue;
      const path = join(d, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.isFile()) files[relative(dir, path)] = readFileSync(path).toString('base64');
    }
  };
  walk(dir);
  return files;
}

afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('abstractllm-migrate', () => {
  it('reports what needs migrating, writes the Markdown and JSON reports, and exits 1', () => {
    const dir = project();
    const result = cli(dir, '--json', 'report.json');
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('abstractllm-migrate: 4 files scanned');
    expect(result.stdout).toContain('abstractllm/no-deprecated-imports:');
    expect(result.stderr).toContain('linting 4 files');
    const markdown = readFileSync(join(dir, 'abstractllm-migration.md'), 'utf8');
    expect(markdown).toContain('### `src/chat.ts`');
    expect(markdown).toMatch(/\| 1:10 \| abstractllm\/no-deprecated-imports \| 'Session' from 'abstractllm' is 'Agent' from 'abstractagent' in abstractllm 2\.0\. \| automatic \|/);
    expect(markdown).toMatch(/addToWorkingMemory.*\| manual \|/);
    expect(markdown).toContain('dependencies.abstractllm ^1.4.0 → ^2.0.0');
    expect(markdown).toContain('add dependencies.abstractagent ^1.0.0');
    const json = JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8'));
    expect(json.filesScanned).toBe(4);
    expect(json.files.find((f: { path: string }) => f.path === 'src/clean.ts').problems).toEqual([]);
    // Git-ignored files and node_modules are not scanned.
    expect(json.files.map((f: { path: string }) => f.path)).not.toContain('ignored/old.ts');
  });

  it('exits 0 on code that has nothing to migrate', () => {
    const dir = project();
    expect(cli(dir, 'src/clean.ts').code).toBe(0);
  });

  it('--dry-run prints each problem and the diff --fix would make, and writes nothing', () => {
    const dir = project();
    const before = snapshot(dir);
    const result = cli(dir, '--dry-run');
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('--- a/src/chat.ts');
    expect(result.stdout).toContain("+import { Agent } from 'abstractagent';");
    expect(result.stdout).toContain('--- a/package.json');
    expect(result.stdout).toMatch(/fixable {2}'Session' from 'abstractllm'/);
    expect(snapshot(dir)).toEqual(before);
  });

  it('--fix applies the fixes and package.json edits, keeps file modes, and --rollback restores every byte', () => {
    const dir = project();
    chmodSync(join(dir, 'scripts/run.cjs'), 0o755);
    git(dir, '-c', 'user.name=t', '-c', 'user.email=t@t', 'commit', '-qam', 'mode');
    const before = snapshot(dir);
    const fixed = cli(dir, '--fix');
    expect(fixed.code).toBe(1); // addToWorkingMemory is left for a person
    expect(readFileSync(join(dir, 'src/chat.ts'), 'utf8')).toContain("const session = new Agent({ llmConfig: { provider: 'openai' } });");
    expect(readFileSync(join(dir, 'scripts/run.cjs'), 'utf8')).toContain("require('abstractagent/cli')");
    expect(statSync(join(dir, 'scripts/run.cjs')).mode & 0o777).toBe(0o755);
    expect(readFileSync(join(dir, 'package.json'), 'utf8')).toBe(
      '{\n    "name": "app",\n    "private": true,\n    "dependencies": {\n        "abstractllm": "^2.0.0",\n        "zod": "^3.0.0",\n        "abstractagent": "^1.0.0",\n        "abstractmemory": "^1.0.0"\n    }\n}\n',
    );
    const backups = readdirSync(join(dir, '.abstractllm-migrate')).filter((name) => name.startsWith('backup-'));
    expect(backups).toHaveLength(1);
    expect(readFileSync(join(dir, '.abstractllm-migrate/.gitignore'), 'utf8')).toBe('*\n');
    const manifest = JSON.parse(readFileSync(join(dir, '.abstractllm-migrate', backups[0]!, 'manifest.json'), 'utf8'));
    expect(manifest.files.map((f: { path: string }) => f.path).sort()).toEqual(['package.json', 'scripts/run.cjs', 'src/chat.ts', 'src/memory.ts']);

    const again = cli(dir, '--dry-run');
    expect(again.stdout).toContain('--fix would change 0 files');

    const restored = cli(dir, '--rollback');
    expect(restored.code).toBe(0);
    const after = snapshot(dir);
    for (const [path, bytes] of Object.entries(before)) expect(after[path], path).toBe(bytes);
    expect(statSync(join(dir, 'scripts/run.cjs')).mode & 0o777).toBe(0o755);
  });

  it('--fix refuses to touch files with uncommitted changes unless --allow-dirty', () => {
    const dir = project();
    writeFileSync(join(dir, 'src/chat.ts'), `${readFileSync(join(dir, 'src/chat.ts'), 'utf8')}// wip\n`);
    const before = snapshot(dir);
    const refused = cli(dir, '--fix');
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('these files have uncommitted changes, and --fix would change them: src/chat.ts');
    expect(snapshot(dir)).toEqual(before);
    expect(cli(dir, '--fix', '--allow-dirty').code).toBe(1);
    expect(readFileSync(join(dir, 'src/chat.ts'), 'utf8')).toContain("from 'abstractagent'");
  });

  it('--rollback leaves a file edited since the fix alone, unless --force', () => {
    const dir = project();
    const original = readFileSync(join(dir, 'src/chat.ts'), 'utf8');
    cli(dir, '--fix');
    writeFileSync(join(dir, 'src/chat.ts'), 'export const mine = 1;\n');
    const result = cli(dir, '--rollback');
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('not restored (edited since the fix; --force to overwrite): src/chat.ts');
    expect(readFileSync(join(dir, 'src/chat.ts'), 'utf8')).toBe('export const mine = 1;\n');
    expect(cli(dir, '--rollback', '--force').code).toBe(0);
    expect(readFileSync(join(dir, 'src/chat.ts'), 'utf8')).toBe(original);
  });

  it('bad input is listed with a clear message, the run goes on, and the exit code is 2', () => {
    const dir = project({ git: false });
    writeFileSync(join(dir, 'src/broken.ts'), 'export const = ;\n');
    writeFileSync(join(dir, 'src/blob.js'), Buffer.from([0, 1, 2, 3, 0x61]));
    writeFileSync(join(dir, 'src/locked.ts'), "import 'abstractllm/cli';\n");
    chmodSync(join(dir, 'src/locked.ts'), 0o000);
    mkdirSync(join(dir, 'outside'));
    symlinkSync(join(tmpdir()), join(dir, 'src/escape'));
    const result = cli(dir, 'src', 'no/such/path');
    chmodSync(join(dir, 'src/locked.ts'), 0o644);
    expect(result.code).toBe(2);
    expect(result.stdout).toContain('skipped no/such/path: does not exist');
    expect(result.stdout).toContain('skipped src/blob.js: is a binary file');
    expect(result.stdout).toMatch(/skipped src\/broken\.ts: does not parse \(Parsing error: .* at 1:\d+\)/);
    if (process.getuid?.() !== 0) expect(result.stdout).toContain('skipped src/locked.ts: cannot be read (EACCES)');
    // The good files were still checked.
    expect(result.stdout).toContain('abstractllm/no-deprecated-imports');
    expect(result.stderr).not.toMatch(/\n\s+at /); // never a stack trace
  });

  it('a file that is not UTF-8 is bad input and never written; a UTF-8 file with a BOM is fixed and keeps it', () => {
    const dir = project({ git: false });
    const latin1 = Buffer.from("import { Session } from 'abstractllm';\n\nexport const menu = new Session();\nexport const dish = 'Café crème';\n", 'latin1');
    writeFileSync(join(dir, 'src/menu.ts'), latin1);
    writeFileSync(join(dir, 'src/bom.ts'), "\uFEFFimport { Session } from 'abstractllm';\n\nexport const dish = 'Café crème';\nexport const waiter = new Session();\n");
    const dry = cli(dir, '--dry-run');
    expect(dry.code).toBe(2);
    expect(dry.stdout).toContain('skipped src/menu.ts: is not valid UTF-8 (save it as UTF-8 first)');
    expect(dry.stdout).not.toContain('\uFFFD');
    expect(dry.stdout).not.toContain('--- a/src/menu.ts');
    expect(dry.stdout).toContain('--- a/src/bom.ts');

    const fixed = cli(dir, '--fix');
    expect(fixed.code).toBe(2);
    expect(fixed.stdout).toContain('skipped src/menu.ts: is not valid UTF-8 (save it as UTF-8 first)');
    expect(readFileSync(join(dir, 'src/menu.ts'))).toEqual(latin1);
    expect(readFileSync(join(dir, 'src/bom.ts'), 'utf8')).toBe(
      "\uFEFFimport { Agent } from 'abstractagent';\n\nexport const dish = 'Café crème';\nexport const waiter = new Agent({ llmConfig: { provider: 'ollama' } });\n",
    );
    // The other files are still fixed, as beside a binary or unparsable file.
    expect(readFileSync(join(dir, 'src/chat.ts'), 'utf8')).toContain("from 'abstractagent'");
    expect(readFileSync(join(dir, 'abstractllm-migration.md'), 'utf8')).toContain('- `src/menu.ts`: is not valid UTF-8 (save it as UTF-8 first)');
  });

  it('eslint-disable comments and inline rule config do not hide 1.x code from the CLI, on one thread or several', () => {
    const dir = project({ git: false });
    writeFileSync(join(dir, 'src/legacy.ts'), "/* eslint-disable */\nimport { Session } from 'abstractllm';\n\nexport const helper = new Session();\n");
    writeFileSync(
      join(dir, 'src/quiet.ts'),
      "import { Session } from 'abstractllm'; // eslint-disable-line abstractllm/no-deprecated-imports\n" +
        '/* eslint abstractllm/no-deprecated-session: off */\n' +
        "export const bot = new Session({ provider: 'openai' });\n",
    );
    // A directive for a rule the CLI does not run is neither reported unused nor unknown.
    writeFileSync(join(dir, 'src/log.ts'), "console.log('ready'); // eslint-disable-line no-console\n");
    const files = ['src/legacy.ts', 'src/quiet.ts', 'src/log.ts'];
    const dry = cli(dir, ...files, '--dry-run', '--concurrency', 'off');
    expect(dry.code).toBe(1);
    expect(cli(dir, ...files, '--dry-run', '--concurrency', '2').stdout).toBe(dry.stdout);
    expect(dry.stdout).toContain('abstractllm-migrate: 3 files scanned');
    expect(dry.stdout).toContain('2 need migrating: 4 problems --fix handles, 0 need a person');
    expect(dry.stdout).not.toContain('src/log.ts');

    expect(cli(dir, ...files, '--fix', '--json', 'r.json').code).toBe(0);
    expect(readFileSync(join(dir, 'src/legacy.ts'), 'utf8')).toBe(
      "/* eslint-disable */\nimport { Agent } from 'abstractagent';\n\nexport const helper = new Agent({ llmConfig: { provider: 'ollama' } });\n",
    );
    expect(readFileSync(join(dir, 'src/quiet.ts'), 'utf8')).toBe(
      "import { Agent } from 'abstractagent'; // eslint-disable-line abstractllm/no-deprecated-imports\n" +
        '/* eslint abstractllm/no-deprecated-session: off */\n' +
        "export const bot = new Agent({ llmConfig: { provider: 'openai' } });\n",
    );
    expect(readFileSync(join(dir, 'src/log.ts'), 'utf8')).toBe("console.log('ready'); // eslint-disable-line no-console\n");
    const json = JSON.parse(readFileSync(join(dir, 'r.json'), 'utf8'));
    expect(json.badInput).toEqual([]);
    expect(json.files.find((f: { path: string }) => f.path === 'src/log.ts')).toEqual({ path: 'src/log.ts', problems: [], manual: [], changed: false });
  });

  it('a path ESLint would not lint is bad input, with the reason, never clean', () => {
    const dir = project({ git: false });
    const outside = mkdtempSync(join(tmpdir(), 'abstractllm-outside-'));
    made.push(outside);
    const legacy = "import { Session } from 'abstractllm';\n\nexport const bot = new Session();\n";
    writeFileSync(join(outside, 'bot.ts'), legacy);
    mkdirSync(join(dir, 'packages/web/node_modules/dep'), { recursive: true });
    writeFileSync(join(dir, 'packages/web/node_modules/dep/index.js'), legacy);
    writeFileSync(join(dir, 'NOTES.md'), legacy);
    const outsidePath = relative(dir, join(outside, 'bot.ts'));
    const paths = [outsidePath, 'packages/web/node_modules/dep/index.js', 'packages/web/node_modules', 'NOTES.md', 'src/clean.ts'];
    const before = snapshot(dir);

    const result = cli(dir, ...paths, '--json', 'r.json');
    expect(result.code).toBe(2);
    expect(result.stdout).toContain('abstractllm-migrate: 1 files scanned');
    expect(result.stdout).toContain('  0 need migrating: 0 problems --fix handles, 0 need a person\n');
    const json = JSON.parse(readFileSync(join(dir, 'r.json'), 'utf8'));
    expect(json.badInput).toEqual([
      { path: outsidePath, reason: 'was not linted: it is outside the folder abstractllm-migrate runs in, and ESLint lints only files under it' },
      { path: 'packages/web/node_modules/dep/index.js', reason: 'was not linted: it is in node_modules, which abstractllm-migrate never lints' },
      { path: 'packages/web/node_modules', reason: 'was not linted: it is in node_modules, which abstractllm-migrate never lints' },
      { path: 'NOTES.md', reason: 'was not linted: it is not a JS or TS file (.js, .mjs, .cjs, .jsx, .ts, .mts, .cts, .tsx)' },
    ]);
    expect(result.stdout).toContain(`  skipped ${outsidePath}: was not linted: it is outside the folder abstractllm-migrate runs in`);

    // --fix writes none of them, and package.json stays at 1.x.
    expect(cli(dir, ...paths, '--fix').code).toBe(2);
    const after = snapshot(dir);
    for (const path of Object.keys(before)) expect(after[path], path).toBe(before[path]);
    expect(readFileSync(join(outside, 'bot.ts'), 'utf8')).toBe(legacy);
  });

  it('--concurrency 2 lints on worker threads and reports and fixes exactly as one thread does', () => {
    const threads = project();
    const single = project();
    const parallel = cli(threads, '--dry-run', '--concurrency', '2');
    const plain = cli(single, '--dry-run', '--concurrency', 'off');
    expect(parallel.code).toBe(1);
    expect(parallel.stdout.split(threads).join('<dir>')).toBe(plain.stdout.split(single).join('<dir>'));
    expect(parallel.stdout).toContain('+import { Agent } from');
    expect(cli(threads, '--concurrency', 'many').stderr).toBe("abstractllm-migrate: --concurrency takes a number of threads, off or auto, not 'many'.\n");
  });

  it('explains bad arguments without a stack trace', () => {
    const dir = project({ git: false });
    const result = cli(dir, '--fix', '--dry-run');
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('abstractllm-migrate: --fix and --dry-run exclude each other.\n');
    const unknown = cli(dir, '--nope');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain("Unknown option '--nope'");
    expect(cli(dir, '--help').stdout).toContain('Usage: abstractllm-migrate');
  });

  it('the backup folder is never scanned and the report is not written by --dry-run', () => {
    const dir = project();
    cli(dir, '--fix');
    git(dir, '-c', 'user.name=t', '-c', 'user.email=t@t', 'commit', '-qam', 'fixed');
    rmSync(join(dir, 'abstractllm-migration.md'));
    const result = cli(dir, '--dry-run', '--json', 'r.json');
    expect(result.stdout).not.toContain('.abstractllm-migrate');
    expect(existsSync(join(dir, 'abstractllm-migration.md'))).toBe(false);
    expect(existsSync(join(dir, 'r.json'))).toBe(false);
  });
});

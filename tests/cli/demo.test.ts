import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const app = join(root, 'examples/legacy-app');

function filesOf(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) files[relative(dir, join(entry.parentPath, entry.name))] = readFileSync(join(entry.parentPath, entry.name), 'utf8');
  }
  return files;
}

describe('npm run demo (scripts/demo.mjs, after the build)', () => {
  it('prints each problem and the --fix diff of the example app, changes nothing, and exits 0', () => {
    const before = filesOf(app);
    const result = spawnSync(process.execPath, [join(root, 'scripts/demo.mjs')], { cwd: root, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    expect(result.status).toBe(0);
    expect(filesOf(app)).toEqual(before);

    const diffed = [...result.stdout.matchAll(/^\+\+\+ b\/examples\/legacy-app\/(.+)$/gm)].map((match) => match[1]);
    // Every source file has something --fix migrates, but the server, whose compatibility layer a
    // person removes; package.json gets the 2.0 packages.
    expect(diffed).toEqual([
      'scripts/reindex.cjs',
      'src/cli/ask.ts',
      'src/cli/resume.ts',
      'src/lazy.ts',
      'src/memory/store.ts',
      'src/routes/chat.ts',
      'src/tools/index.ts',
      'test/chat.test.ts',
      'package.json',
    ]);
    expect(result.stdout).toContain('--fix would change 9 files; nothing was written.');
    expect(result.stdout).toMatch(/src\/server\.ts\n.*manual .*'abstractllm\/compat' is the transitional compatibility layer/);
    // The report names what is left for a person, with its rule.
    expect(result.stdout).toMatch(/src\/memory\/store\.ts\n(?:.*\n)*? {2}\d+:\d+ {2}manual {3}`this\.memory\.addToWorkingMemory` .*abstractllm\/no-deprecated-memory/);
    expect(result.stdout).toMatch(/`vi\.spyOn\(session, 'generate'\)` names the 1\.x `Session` member `generate`/);
    expect(result.stdout).toContain('+import { Agent } from \'abstractagent\';');
    expect(result.stdout).toContain('+    "abstractllm": "^2.0.0",');
  });
});

import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const script = join(root, 'scripts/migration-docs.mjs');
const check = (dir: string) => spawnSync(process.execPath, [script, '--check', '--root', dir], { encoding: 'utf8' });

describe('docs generated from the migration table', () => {
  it('are up to date in this repository', () => {
    const result = check(root);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  });

  it('a stale table fails the check (breaking-changes.md and the rule pages)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'abstractllm-docs-'));
    try {
      cpSync(join(root, 'docs'), join(dir, 'docs'), { recursive: true });
      cpSync(join(root, 'dist/lib'), join(dir, 'dist/lib'), { recursive: true });
      expect(check(dir).status).toBe(0);
      const page = join(dir, 'docs/breaking-changes.md');
      writeFileSync(page, readFileSync(page, 'utf8').replace('`abstractmemory/core`', '`abstractmemory/hierarchical`'));
      const rule = join(dir, 'docs/rules/no-deprecated-session.md');
      writeFileSync(rule, readFileSync(rule, 'utf8').replace('`enableReasoning`', '`enableReact`'));
      const result = check(dir);
      expect(result.status).toBe(1);
      expect(result.stderr).toContain('docs/breaking-changes.md is stale');
      expect(result.stderr).toContain('docs/rules/no-deprecated-session.md is stale');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

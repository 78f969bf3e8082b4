import { cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { createLinter, notLinted } from '../../src/cli/lint.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const made: string[] = [];

afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('notLinted', () => {
  // collectFiles keeps these paths from ESLint; this is what the CLI says of any it ignores still.
  it("gives ESLint's reason for a file it ignores, and nothing for a file it lints", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'abstractllm-lint-'));
    made.push(dir);
    cpSync(join(root, 'tests/cli/fixtures/app'), dir, { recursive: true });
    symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'));
    mkdirSync(join(dir, 'packages/web/node_modules/dep'), { recursive: true });
    writeFileSync(join(dir, 'packages/web/node_modules/dep/index.js'), "import { Session } from 'abstractllm';\n");
    mkdirSync(join(dir, '.git'));
    writeFileSync(join(dir, '.git/hook.js'), "import { Session } from 'abstractllm';\n");
    const outside = mkdtempSync(join(tmpdir(), 'abstractllm-outside-'));
    made.push(outside);
    writeFileSync(join(outside, 'bot.ts'), "import { Session } from 'abstractllm';\n");
    const linter = await createLinter(dir, false, 4, 'off');
    const files = ['packages/web/node_modules/dep/index.js', '.git/hook.js', join(outside, 'bot.ts'), 'src/chat.ts'];
    const results = await linter.lint(files.map((path) => resolve(dir, path)));
    expect(results.map(notLinted)).toEqual([
      'File ignored by default because it is located under the node_modules directory',
      'File ignored because of a matching ignore pattern',
      'File ignored because outside of base path',
      undefined,
    ]);
  });
});

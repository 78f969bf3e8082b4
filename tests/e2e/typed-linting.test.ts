// Typed linting (`parserOptions.projectService: true`) with ESLint 10: the Session rule finds
// instances by their type, which the syntactic path cannot (an Agent or a Session returned by a
// function of another file); untyped, the same project simply has those uses unreported.
//
// The project (tests/e2e/fixtures/typed) is half migrated: `abstractllm` 1.x is installed for
// the old code, `abstractagent` 2.0 for the new, each as the declarations of tests/api.
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { type Consumer, makeConsumer, repoRoot } from './support/consumer.js';
import { type LintRun, lintJson, readFiles, readTree, startEarly } from './support/legacy-project.js';

const fixture = join(repoRoot, 'tests', 'e2e', 'fixtures', 'typed');
const input = readTree(join(fixture, 'input'));
/** The project at its fixed point. */
const expected = readTree(join(fixture, 'expected'));
const sources = Object.keys(input).filter((path) => path.endsWith('.ts'));
const sourcesOf = (tree: Record<string, string>) => Object.fromEntries(sources.map((path) => [path, tree[path]]));

/** A package of declarations in the project's node_modules, from tests/api. */
function installedDeclarations(name: string, version: string, api: 'v1' | 'v2'): Record<string, string> {
  const files = readTree(join(repoRoot, 'tests', 'api', api, name));
  return {
    [`node_modules/${name}/package.json`]: JSON.stringify({ name, version, types: 'index.d.ts' }),
    ...Object.fromEntries(Object.entries(files).map(([path, text]) => [`node_modules/${name}/${path}`, text])),
  };
}

function eslintConfig(typed: boolean): string {
  const parserOptions = typed ? '\n      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },' : '';
  return `import tseslint from 'typescript-eslint';
import abstractllm from 'eslint-plugin-abstractllm';

export default [
  {
    files: ['**/*.ts'],
    languageOptions: {
      parser: tseslint.parser,${parserOptions}
    },
  },
  abstractllm.configs.recommended,
];
`;
}

function typedProject(name: string, typed: boolean): Consumer {
  return makeConsumer(name, {
    eslint: 10,
    dependencies: ['typescript-eslint', 'typescript'],
    files: {
      ...input,
      ...installedDeclarations('abstractllm', '1.9.0', 'v1'),
      ...installedDeclarations('abstractagent', '2.0.0', 'v2'),
      'eslint.config.mjs': eslintConfig(typed),
    },
  });
}

/** The reports every run makes on the 1.x file, while it is 1.x. */
const sessionsReports = [
  'src/legacy/sessions.ts:2:10 error abstractllm/no-deprecated-imports movedExport',
  'src/legacy/sessions.ts:5:10 error abstractllm/no-deprecated-session legacyOptionsBeforeImport',
];

describe('ESLint 10, typed linting (parserOptions.projectService)', () => {
  const runs = startEarly(async () => {
    const consumer = typedProject('eslint10-typed', true);
    const lint = await lintJson(consumer, ['.']);
    const fixes: { run: LintRun; files: Record<string, string> }[] = [];
    for (let pass = 0; pass < 3; pass++) {
      const run = await lintJson(consumer, ['.', '--fix']);
      fixes.push({ run, files: readFiles(consumer, sources) });
    }
    return { lint, fixes };
  });
  let lint: LintRun;
  /** The project after each of three `--fix` runs, and what each reported. */
  let fixes: Awaited<typeof runs>['fixes'];
  beforeAll(async () => {
    ({ lint, fixes } = await runs);
  });

  it('finds an Agent and a Session returned by a function of another file through their type', () => {
    expect(lint.reports).toEqual([
      'src/ask.ts:7:23 error abstractllm/no-deprecated-session legacyMember',
      'src/ask.ts:8:41 error abstractllm/no-deprecated-session legacyMember',
      'src/legacy/report.ts:5:17 error abstractllm/no-deprecated-session legacyMemberBeforeImport',
      ...sessionsReports,
    ]);
    expect(lint.stderr).toBe('');
  });

  it('--fix rewrites the uses of the Agent, and migrates the 1.x module', () => {
    const [first] = fixes;
    expect(first.files['src/ask.ts']).toBe(expected['src/ask.ts']);
    expect(first.files['src/legacy/sessions.ts']).toBe(expected['src/legacy/sessions.ts']);
    expect(first.run.stderr).toBe('');
  });

  // The types of the other files are read when the typed program is built, so a caller whose
  // Session comes from a module the same run migrates may still see the 1.x class (no fix may call
  // `chat` on one): whether it does depends on the order and timing of the files. The next --fix
  // sees the Agent.
  it('a use of a Session from another file is fixed by the next --fix at the latest', () => {
    const [first, second] = fixes;
    expect([input['src/legacy/report.ts'], expected['src/legacy/report.ts']]).toContain(first.files['src/legacy/report.ts']);
    expect(second.files).toEqual(sourcesOf(expected));
    expect(second.run.reports).toEqual([]);
    expect(second.run.status).toBe(0);
  });

  it('a further --fix changes nothing', () => {
    const [, second, third] = fixes;
    expect(third.files).toEqual(second.files);
    expect(third.run.reports).toEqual([]);
  });
});

describe('ESLint 10, the same project untyped', () => {
  const consumer = typedProject('eslint10-untyped', false);
  const runs = startEarly(async () => ({
    lint: await lintJson(consumer, ['.']),
    fix: await lintJson(consumer, ['.', '--fix']),
  }));
  let lint: LintRun;
  let fix: LintRun;
  beforeAll(async () => {
    ({ lint, fix } = await runs);
  });

  it('reports only what the file itself shows: instances of another file go unreported, without a crash', () => {
    expect(lint.reports).toEqual(sessionsReports);
    expect(lint.status).toBe(1);
    expect(lint.stderr).toBe('');
  });

  it('--fix migrates the 1.x module and leaves the callers as they were', () => {
    expect(readFiles(consumer, sources)).toEqual({ ...sourcesOf(input), 'src/legacy/sessions.ts': expected['src/legacy/sessions.ts'] });
    expect(fix.reports).toEqual([]);
    expect(fix.status).toBe(0);
    expect(fix.stderr).toBe('');
  });
});

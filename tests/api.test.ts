import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { typecheckFile, typecheckFixtures } from './utils/typecheck.js';

const example = (name: string) => ({
  name,
  code: readFileSync(new URL(`./api/examples/${name}`, import.meta.url), 'utf8'),
});

describe('API declarations (tests/api)', () => {
  it('uses-v1.ts type-checks against the 1.x API', () => {
    expect(typecheckFixtures([example('uses-v1.ts')], 'v1')).toEqual([]);
  });

  it('uses-v2.ts type-checks against the 2.0 API', () => {
    expect(typecheckFixtures([example('uses-v2.ts')], 'v2')).toEqual([]);
  });

  it('uses-v1.ts does not type-check against the 2.0 API', () => {
    const errors = typecheckFixtures([example('uses-v1.ts')], 'v2');
    expect(errors).toContain(`uses-v1.ts:1:10 TS2305: Module '"abstractllm"' has no exported member 'Session'.`);
    expect(errors).toContain(
      `uses-v1.ts:2:37 TS2307: Cannot find module 'abstractllm/session' or its corresponding type declarations.`,
    );
  });

  it('abstractagent does not exist in the 1.x API', () => {
    const fixture = { name: 'agent.ts', code: `import { Agent } from 'abstractagent';\nnew Agent({ llmConfig: { provider: 'openai' } });\n` };
    expect(typecheckFixtures([fixture], 'v1')).toEqual([
      `agent.ts:1:23 TS2307: Cannot find module 'abstractagent' or its corresponding type declarations.`,
    ]);
    expect(typecheckFixtures([fixture], 'v2')).toEqual([]);
  });

  it('typecheckFile checks a file from disk', () => {
    expect(typecheckFile('tests/api/examples/uses-v2.ts', 'v2')).toEqual([]);
    expect(typecheckFile('tests/api/examples/uses-v2.ts', 'v1')).toContain(
      `uses-v2.ts:2:23 TS2307: Cannot find module 'abstractagent' or its corresponding type declarations.`,
    );
  });
});

describe('typecheckFixtures', () => {
  it('checks many fixtures in one program, each as its own module', () => {
    const fixtures = Array.from({ length: 50 }, (_, index) => ({
      name: `case-${index}.ts`,
      // No import/export in odd cases: still modules, so `const value` never collides.
      code:
        index % 2
          ? `const value: number = ${index};\nvoid value;\n`
          : `import { createLLM } from 'abstractllm';\nconst value = createLLM('openai');\nvoid value;\n`,
    }));
    fixtures[7] = { name: 'case-7.ts', code: `const value = 1;\n\nconst broken: string = value;\n` };
    expect(typecheckFixtures(fixtures, 'v2')).toEqual([
      `case-7.ts:3:7 TS2322: Type 'number' is not assignable to type 'string'.`,
    ]);
  });

  it('declares test-runner and Node globals, and JSX', () => {
    const globals = {
      name: 'globals.ts',
      code: [
        `vi.mock('abstractllm', () => ({}));`,
        `jest.mock('abstractllm/session');`,
        `const mocked: jest.Mock = jest.fn();`,
        `describe('suite', () => { it('works', () => { expect(mocked).toBeDefined(); }); });`,
        `const resolved: string = require.resolve('abstractllm');`,
        `module.exports = { resolved, llm: require('abstractllm') };`,
        `const home: string | undefined = process.env.HOME;`,
        `console.log(home);`,
        `log('done');`,
      ].join('\n'),
    };
    const imported = {
      name: 'imported.ts',
      code: `import { vi, type Mock } from 'vitest';\nimport { jest } from '@jest/globals';\nconst fn: Mock = vi.fn();\njest.fn(fn);\n`,
    };
    const tsx = {
      name: 'view.tsx',
      code: `const Title = (props: { text: string }) => <h1>{props.text}</h1>;\nexport const view = <Title text="hi" />;\n`,
    };
    expect(typecheckFixtures([globals, imported, tsx], 'v2')).toEqual([]);
  });

  it('reports syntax errors at their position, and resolves fixtures relative to each other', () => {
    const errors = typecheckFixtures(
      [
        { name: 'a.ts', code: `export const a = 1;\n` },
        { name: 'b.ts', code: `import { a, missing } from './a';\nconst b = a +;\n` },
      ],
      'v1',
    );
    // Per fixture, in position order (syntactic and semantic diagnostics together).
    expect(errors).toEqual([
      `b.ts:1:13 TS2305: Module '"./a"' has no exported member 'missing'.`,
      `b.ts:2:14 TS1109: Expression expected.`,
    ]);
  });

  it('rejects unusable fixture names', () => {
    expect(() => typecheckFixtures([{ name: 'a.js', code: '' }], 'v1')).toThrow(/fixture name/);
    expect(() => typecheckFixtures([{ name: '../a.ts', code: '' }], 'v1')).toThrow(/fixture name/);
    expect(() =>
      typecheckFixtures(
        [
          { name: 'a.ts', code: '' },
          { name: 'a.ts', code: '' },
        ],
        'v1',
      ),
    ).toThrow(/duplicate/);
  });
});

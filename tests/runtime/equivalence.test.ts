/**
 * The Session fixes keep the program's meaning (MIGRATION.md, "Runtime meaning, for equivalence
 * tests"): each fixture in `.fixtures/` is a realistic 1.x program. It is fixed with the
 * recommended config to its fixed point; the original is type-checked against the 1.x API and run
 * against the 1.x stand-in (which is built on the 2.0 stand-ins), the output is type-checked
 * against the 2.0 API and run against the 2.0 stand-ins; what the 2.0 stand-ins recorded (with
 * the documented defaults applied), what the program returned, printed and exited with must be
 * deeply equal.
 *
 * The fixtures live in a folder whose name starts with a dot so that `tsc -p tests/tsconfig.json`
 * (which has no mapping for the abstractllm package names) does not pick them up; they are
 * type-checked here, with the mappings of `tests/api/tsconfig.v1.json` and `.v2.json`.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Linter } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';
import plugin from '../../src/index.js';
import { type FixToFixedPointResult, fixToFixedPoint, withPlugin } from '../utils/fix-passes.js';
import { typecheckFixtures } from '../utils/typecheck.js';
import { type RunResult, resolvePackage, runFixture, standInRoot } from './run-fixture.js';
import type { CallRecord } from './stand-ins/recorder.js';

const here = dirname(fileURLToPath(import.meta.url));
const configs = withPlugin(plugin);

interface Fixture {
  name: string;
  code: string;
}

function readFixtures(directory: string): Fixture[] {
  if (!existsSync(directory)) return [];
  return readdirSync(directory, { withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.ts'))
    .map((entry) => entry.name)
    .sort()
    .map((name) => ({ name, code: readFileSync(join(directory, name), 'utf8') }));
}

/** Programs the recommended config migrates completely with autofixes alone. */
const fixtures = readFixtures(join(here, '.fixtures'));
/** Programs with `Session.load`, which has no autofix: its editor suggestion is applied, as a person would. */
const suggestionFixtures = readFixtures(join(here, '.fixtures', 'suggestions'));
/** Programs whose fix is wrong today (known-bugs.md): kept out of the passing set. */
const knownBugFixtures = readFixtures(join(here, '.fixtures', 'known-bugs'));

/**
 * The problems the plugin's rules (all four, so no-deprecated-session and no-deprecated-imports
 * among them) still report, and parse errors. Other rules' messages are not the plugin's: a
 * fixture may carry an `eslint-disable` comment for a typescript-eslint rule, which this config
 * does not load.
 */
const pluginProblems = (messages: readonly Linter.LintMessage[]) =>
  messages.filter((message) => message.fatal === true || message.ruleId?.startsWith('abstractllm/'));

const calls = (records: readonly CallRecord[], call: string) => records.filter((record) => record.call === call);
/** The fixture calls a 1.x generate member (so the run must reach `Agent.chat`). */
const callsGenerate = (code: string) => /\.generate(?:WithTools)?\s*\(/.test(code);

/** Fixes `code`, checks the fix is complete and converges, type-checks both sides, runs both sides. */
async function expectMigratesEquivalently(name: string, code: string): Promise<string> {
  const result = fixToFixedPoint(code, 'fixture.ts', configs);
  expect(pluginProblems(result.remaining)).toEqual([]);
  expect(result.passes).toBeLessThanOrEqual(3);
  expect(result.stable).toBe(true);
  const before = typecheckFixtures([{ name, code }], 'v1');
  expect(before, before.join('\n')).toEqual([]);
  const after = typecheckFixtures([{ name, code: result.output }], 'v2');
  expect(after, after.join('\n')).toEqual([]);
  await expectEquivalent(name, code, result.output);
  return result.output;
}

async function expectEquivalent(name: string, before: string, after: string): Promise<{ v1: RunResult; v2: RunResult }> {
  const v1 = await runFixture(before, 'v1', { name });
  const v2 = await runFixture(after, 'v2', { name });
  expect(v2).toStrictEqual(v1);
  expect(v1.records.length).toBeGreaterThan(0);
  if (callsGenerate(before)) expect(calls(v1.records, 'Agent.chat').length).toBeGreaterThan(0);
  return { v1, v2 };
}

describe('the stand-ins implement the declared APIs', () => {
  const apiRoot = join(here, '..', 'api');
  const filesUnder = (directory: string): string[] =>
    readdirSync(directory, { withFileTypes: true, recursive: true })
      .filter((entry) => entry.isFile())
      .map((entry) => join(entry.parentPath, entry.name))
      .sort();
  const standIns = filesUnder(standInRoot)
    .filter((file) => file.endsWith('.ts'))
    .map((file) => ({ name: `stand-ins/${relative(standInRoot, file).split(sep).join('/')}`, code: readFileSync(file, 'utf8') }));

  /**
   * One assignment per declared module: the stand-in module's namespace must be assignable to the
   * declared one (every declared value export exists, with a compatible type: constructor
   * parameters, members, statics). Modules come from the declaration files, so a new one needs a
   * stand-in too.
   */
  it.each(['v1', 'v2'] as const)('%s', (api) => {
    const specifiers = filesUnder(join(apiRoot, api))
      .filter((file) => file.endsWith('.d.ts'))
      .map((file) => relative(join(apiRoot, api), file).split(sep).join('/').replace(/\.d\.ts$/, '').replace(/\/index$/, ''));
    expect(specifiers.length).toBeGreaterThan(8);
    const conformance = specifiers
      .map((specifier, index) => {
        const standIn = resolvePackage(specifier, api)!;
        const path = `./stand-ins/${relative(standInRoot, standIn).split(sep).join('/').replace(/\.ts$/, '.js')}`;
        return `import * as declared${index} from '${specifier}';\nimport * as standIn${index} from '${path}';\nexport const check${index}: typeof declared${index} = standIn${index};`;
      })
      .join('\n');
    expect(typecheckFixtures([...standIns, { name: 'conformance.ts', code: conformance }], api)).toEqual([]);
  });
});

describe('Session fixes are equivalent at run time', () => {
  const fixed = new Map<string, FixToFixedPointResult>();
  beforeAll(() => {
    for (const fixture of fixtures) fixed.set(fixture.name, fixToFixedPoint(fixture.code, 'fixture.ts', configs));
  });

  it('has at least 30 fixtures, each 10–40 lines', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(30);
    for (const fixture of fixtures) {
      const lines = fixture.code.trimEnd().split('\n').length;
      expect(lines, fixture.name).toBeGreaterThanOrEqual(10);
      expect(lines, fixture.name).toBeLessThanOrEqual(40);
    }
  });

  it('every fixture type-checks against the 1.x API before the fix', () => {
    expect(typecheckFixtures(fixtures, 'v1')).toEqual([]);
  });

  it('every fixed fixture type-checks against the 2.0 API', () => {
    const outputs = fixtures.map((fixture) => ({ name: fixture.name, code: fixed.get(fixture.name)!.output }));
    expect(typecheckFixtures(outputs, 'v2')).toEqual([]);
  });

  describe.each(fixtures.map((fixture) => [fixture.name, fixture] as const))('%s', (_name, fixture) => {
    it('is fixed completely, in at most 3 passes, and stays fixed', () => {
      const result = fixed.get(fixture.name)!;
      expect(result.output).not.toBe(fixture.code);
      expect(pluginProblems(result.remaining)).toEqual([]);
      expect(result.passes).toBeGreaterThan(0);
      expect(result.passes).toBeLessThanOrEqual(3);
      expect(result.stable).toBe(true);
    });

    it('records the same 2.0 calls, result and output before (on 1.x) and after the fix (on 2.0)', async () => {
      await expectEquivalent(fixture.name, fixture.code, fixed.get(fixture.name)!.output);
    });
  });

  it('with CRLF line endings, every fixture is fixed the same way, keeps CRLF and stays equivalent', async () => {
    for (const fixture of fixtures) {
      const crlf = fixture.code.replace(/\n/g, '\r\n');
      const result = fixToFixedPoint(crlf, 'fixture.ts', configs);
      expect(pluginProblems(result.remaining), fixture.name).toEqual([]);
      expect(result.stable, fixture.name).toBe(true);
      expect(result.output, fixture.name).toBe(fixed.get(fixture.name)!.output.replace(/\n/g, '\r\n'));
      await expectEquivalent(fixture.name, crlf, result.output);
    }
  });
});

describe('known rule bugs (tests/runtime/known-bugs.md): kept out of the passing set', () => {
  /** How each one fails today (the first check that fails). */
  const expectedFailure: Record<string, RegExp> = {
    'mixin-traced-session.ts': /TS2339: Property '(generate|id)' does not exist on type 'Agent'/,
  };


  it('every known bug is documented here and in known-bugs.md', () => {
    const documented = readFileSync(join(here, 'known-bugs.md'), 'utf8');
    expect(knownBugFixtures.map((fixture) => fixture.name).sort()).toEqual(Object.keys(expectedFailure).sort());
    for (const fixture of knownBugFixtures) expect(documented).toContain(fixture.name);
  });

  describe.runIf(knownBugFixtures.length > 0).each(knownBugFixtures.map((fixture) => [fixture.name, fixture] as const))('%s', (_name, fixture) => {
    it('the 1.x program itself type-checks and runs', async () => {
      expect(typecheckFixtures([fixture], 'v1')).toEqual([]);
      const v1 = await runFixture(fixture.code, 'v1', { name: fixture.name });
      expect(v1.records.length).toBeGreaterThan(0);
    });

    // When this starts failing, the rule was fixed: move the fixture to .fixtures/ and its entry
    // out of known-bugs.md.
    it('does not migrate completely and equivalently yet, for the documented reason', async () => {
      await expect(expectMigratesEquivalently(fixture.name, fixture.code)).rejects.toThrow(expectedFailure[fixture.name]);
    });
  });
});

describe('Session.load: the editor suggestion is equivalent at run time too', () => {
  /** Fix to the fixed point, apply every `load` suggestion (the only thing left), fix again. */
  function migrateWithSuggestions(code: string): { output: string; applied: number; final: FixToFixedPointResult } {
    const first = fixToFixedPoint(code, 'fixture.ts', configs);
    const left = pluginProblems(first.remaining);
    const loads = left.filter((m) => m.ruleId === 'abstractllm/no-deprecated-session' && m.messageId === 'load');
    expect(left.length).toBe(loads.length);
    // Re-lint to get the suggestions (the fix loop's messages do not carry them).
    const messages = new Linter().verify(first.output, configs, 'fixture.ts');
    const fixes = messages
      .filter((m) => m.messageId === 'load')
      .map((m) => {
        expect(m.suggestions, 'a load with a suggestion').toHaveLength(1);
        return m.suggestions![0]!.fix;
      })
      .sort((a, b) => b.range[0] - a.range[0]);
    let text = first.output;
    for (const fix of fixes) text = text.slice(0, fix.range[0]) + fix.text + text.slice(fix.range[1]);
    const final = fixToFixedPoint(text, 'fixture.ts', configs);
    return { output: final.output, applied: fixes.length, final };
  }

  it('has fixtures', () => {
    expect(suggestionFixtures.length).toBeGreaterThanOrEqual(2);
  });

  it.each(suggestionFixtures.map((fixture) => [fixture.name, fixture] as const))('%s', async (_name, fixture) => {
    const { output, applied, final } = migrateWithSuggestions(fixture.code);
    expect(applied).toBeGreaterThan(0);
    expect(pluginProblems(final.remaining)).toEqual([]);
    expect(final.stable).toBe(true);
    expect(typecheckFixtures([{ name: fixture.name, code: fixture.code }], 'v1')).toEqual([]);
    expect(typecheckFixtures([{ name: fixture.name, code: output }], 'v2')).toEqual([]);
    const { v1 } = await expectEquivalent(fixture.name, fixture.code, output);
    expect(calls(v1.records, 'Agent.loadState').length).toBe(applied);
  });
});

describe('the harness can fail', () => {
  const session = "import { Session } from 'abstractllm';\n";
  const agent = "import { Agent } from 'abstractagent';\n";

  /** A hand-written "migration" that type-checks against 2.0 and still changes what the program does. */
  async function runBoth(before: string, after: string): Promise<{ v1: RunResult; v2: RunResult }> {
    expect(typecheckFixtures([{ name: 'before.ts', code: before }], 'v1')).toEqual([]);
    expect(typecheckFixtures([{ name: 'after.ts', code: after }], 'v2')).toEqual([]);
    return { v1: await runFixture(before, 'v1'), v2: await runFixture(after, 'v2') };
  }

  it('a migration that drops useTools from generate options is caught', async () => {
    const { v1, v2 } = await runBoth(
      `${session}export async function main() {\n  const s = new Session({ provider: 'openai' });\n  return (await s.generate('latest news', { useTools: true })).content;\n}`,
      `${agent}export async function main() {\n  const s = new Agent({ llmConfig: { provider: 'openai' } });\n  return (await s.chat('latest news')).content;\n}`,
    );
    expect(v2).not.toStrictEqual(v1);
    expect(v2.result).toStrictEqual(v1.result);
    expect(calls(v1.records, 'Agent.chat')[0]!.args).toStrictEqual(['latest news', { useReasoning: false, useTools: true }]);
    expect(calls(v2.records, 'Agent.chat')[0]!.args).toStrictEqual(['latest news', { useReasoning: false, useTools: false }]);
  });

  it('a migration that keeps a persistMemory whose enableMemory was false is caught', async () => {
    const { v1, v2 } = await runBoth(
      `${session}export function main() {\n  return new Session({ enableMemory: false, persistMemory: './m' }).id;\n}`,
      `${agent}export function main() {\n  return new Agent({ llmConfig: { provider: 'ollama' }, memoryConfig: { temporal: true, persistPath: './m' } }).session.id;\n}`,
    );
    expect(v2).not.toStrictEqual(v1);
    expect(calls(v1.records, 'Agent.constructor')[0]!.args[0]).toMatchObject({ memoryConfig: undefined });
    expect(calls(v2.records, 'Agent.constructor')[0]!.args[0]).toMatchObject({ memoryConfig: { temporal: true, persistPath: './m' } });
  });

  it('a migration that maps generateWithTools to a plain chat and messages to getHistory() is caught', async () => {
    const { v1, v2 } = await runBoth(
      `${session}export async function main() {\n  const s = new Session();\n  await s.generateWithTools('weather');\n  return s.messages.length;\n}`,
      `${agent}export async function main() {\n  const s = new Agent({ llmConfig: { provider: 'ollama' } });\n  await s.chat('weather');\n  return s.session.getHistory().length;\n}`,
    );
    expect(v2).not.toStrictEqual(v1);
    expect(v2.result).toStrictEqual(v1.result);
    expect(v1.records.map((r) => r.call)).toContain('BasicSession.messages');
    expect(v2.records.map((r) => r.call)).not.toContain('BasicSession.messages');
  });

  it('a difference only in what the program returns or prints is caught', async () => {
    const { v1, v2 } = await runBoth(
      `${session}export async function main() {\n  const s = new Session();\n  console.log(s.id);\n  return s.messages.length;\n}`,
      `${agent}export async function main() {\n  const s = new Agent({ llmConfig: { provider: 'ollama' } });\n  console.log(s.session.id + '!');\n  return s.session.messages.length + 1;\n}`,
    );
    expect(v2.records).toStrictEqual(v1.records);
    expect(v2.output).not.toStrictEqual(v1.output);
    expect(v2.result).not.toStrictEqual(v1.result);
  });

  it('1.x code does not run against the 2.0 stand-ins, nor 2.0 code against the 1.x one', async () => {
    await expect(runFixture(`${session}export const main = () => new Session().id;`, 'v2')).rejects.toThrow(/not a constructor/);
    await expect(runFixture(`${agent}export const main = () => new Agent({ llmConfig: { provider: 'ollama' } });`, 'v1')).rejects.toThrow(
      /not a package of the 1\.x API/,
    );
  });

  it('documented defaults and undefined keys compare equal to writing them out (and only those)', async () => {
    const implicit = await runFixture(
      `${agent}export async function main() {\n  const a = new Agent({ llmConfig: { provider: 'ollama' } });\n  await a.chat('x');\n}`,
      'v2',
    );
    const explicit = await runFixture(
      `${agent}export async function main() {\n  const a = new Agent({ llmConfig: { provider: 'ollama', model: undefined }, memoryConfig: undefined, tools: undefined, enableReasoning: true, enableRetry: true });\n  await a.chat('x', { useReasoning: false, useTools: false });\n}`,
      'v2',
    );
    const different = await runFixture(
      `${agent}export async function main() {\n  const a = new Agent({ llmConfig: { provider: 'ollama' }, enableReasoning: false });\n  await a.chat('x');\n}`,
      'v2',
    );
    expect(explicit).toStrictEqual(implicit);
    expect(different).not.toStrictEqual(implicit);
  });
});

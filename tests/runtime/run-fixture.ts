/**
 * Runs a TypeScript program against the 1.x or the 2.0 stand-ins and returns what the 2.0
 * stand-ins recorded (MIGRATION.md, "Runtime meaning, for equivalence tests").
 *
 * - The program and the stand-ins are transpiled with `ts.transpileModule` (CommonJS, ES2022), each
 *   stand-in once per process; types are not checked here (the equivalence test does that with
 *   `typecheckFixtures`).
 * - Each run evaluates every module afresh in a small CommonJS loader of its own: a new module
 *   registry, so a new recorder (empty log, instance labels and ids from 1) and no state shared
 *   with any other run. The code runs in this realm (`vm.compileFunction` without a context), so
 *   what it returns compares with `toStrictEqual` across runs.
 * - `require` maps `abstractllm`, `abstractllm/*` to `stand-ins/<api>/abstractllm[/*]`, and for
 *   2.0 `abstractagent[/*]` and `abstractmemory[/*]` likewise (1.x code cannot import those: the
 *   1.x stand-in uses them through relative imports, as its implementation). `vitest` is a tiny
 *   stand-in that collects `describe`/`it` blocks, which the runner then runs in order (its
 *   functions are also given to the program as globals, jest style).
 * - The program gets its own `console` (captured into `output`) and `process` (fixed `argv` and
 *   `env`, an `exit` that ends the run), so what it prints and its exit code are compared too.
 *
 * A program is run by awaiting its exported `main()` (or default-exported function), then the
 * tests it registered, if any.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { format, isDeepStrictEqual } from 'node:util';
import vm from 'node:vm';
import ts from 'typescript';
import type { CallRecord } from './stand-ins/recorder.js';

export type ApiVersion = 'v1' | 'v2';

export interface RunResult {
  /** What the 2.0 stand-ins recorded, in order. */
  records: CallRecord[];
  /** What `main()` resolved to, as plain data (stand-in instances as `{ instance: 'Agent#1' }`). */
  result: unknown;
  /** Every line the program printed through `console`. */
  output: string[];
  /** `process.exitCode`, or the code given to `process.exit`. */
  exitCode: number | undefined;
  /** The names of the `it`/`test` blocks that ran (and passed). */
  tests: string[];
}

export interface RunOptions {
  /** Shown in stack traces. Default: `fixture.ts`. */
  name?: string;
}

const here = dirname(fileURLToPath(import.meta.url));
export const standInRoot = join(here, 'stand-ins');
const recorderPath = join(standInRoot, 'recorder.ts');

/** The packages each API version has. */
const packagesOf: Record<ApiVersion, readonly string[]> = {
  v1: ['abstractllm'],
  v2: ['abstractllm', 'abstractagent', 'abstractmemory'],
};
const knownPackages = new Set(['abstractllm', 'abstractagent', 'abstractmemory']);

/** The fixed command line and environment every program sees. */
export const fixtureArgv = ['ask', '--tools', 'What changed in abstractllm 2.0?'];
export const fixtureEnv: Readonly<Record<string, string>> = { NODE_ENV: 'test', LLM_MODEL: 'llama3.1' };

const wrapperParams = ['exports', 'require', 'module', '__filename', '__dirname', 'console', 'process'] as const;
type ModuleFunction = (...args: unknown[]) => void;

export function transpile(source: string, fileName: string): string {
  const output = ts.transpileModule(source, {
    fileName,
    reportDiagnostics: true,
    compilerOptions: {
      module: ts.ModuleKind.CommonJS,
      target: ts.ScriptTarget.ES2022,
      esModuleInterop: true,
    },
  });
  const errors = output.diagnostics ?? [];
  if (errors.length > 0) {
    throw new Error(`${fileName}: ${errors.map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n')).join('\n')}`);
  }
  return output.outputText;
}

/** The test-runner globals a program may use without importing them (jest style). */
const testGlobals = ['describe', 'it', 'test', 'expect', 'beforeEach', 'afterEach'] as const;

function compile(source: string, fileName: string, extraParams: readonly string[] = []): ModuleFunction {
  return vm.compileFunction(transpile(source, fileName), [...wrapperParams, ...extraParams], { filename: fileName }) as ModuleFunction;
}

/** Stand-ins are transpiled and compiled once per process; each run calls the function afresh. */
const compiledStandIns = new Map<string, ModuleFunction>();
function standInFunction(path: string): ModuleFunction {
  let compiled = compiledStandIns.get(path);
  if (!compiled) {
    compiled = compile(readFileSync(path, 'utf8'), path);
    compiledStandIns.set(path, compiled);
  }
  return compiled;
}

function firstExisting(candidates: readonly string[]): string | undefined {
  return candidates.find((candidate) => candidate.endsWith('.ts') && existsSync(candidate));
}

/** `abstractllm/memory` → `stand-ins/<api>/abstractllm/memory(.ts|/index.ts)`; `undefined` for other names. */
export function resolvePackage(specifier: string, api: ApiVersion): string | undefined {
  const [name = '', ...subpath] = specifier.split('/');
  if (!knownPackages.has(name)) return undefined;
  if (!packagesOf[api].includes(name)) {
    throw new Error(`Cannot find module '${specifier}': ${name} is not a package of the ${api === 'v1' ? '1.x' : '2.0'} API`);
  }
  if (subpath.some((segment) => segment === '' || segment === '.' || segment === '..')) {
    throw new Error(`Cannot find module '${specifier}'`);
  }
  const base = join(standInRoot, api, name);
  const file = subpath.length === 0 ? firstExisting([`${base}.ts`]) : firstExisting([`${join(base, ...subpath)}.ts`, join(base, ...subpath, 'index.ts')]);
  if (!file) throw new Error(`Cannot find module '${specifier}' among the ${api} stand-ins`);
  return file;
}

/** A relative import inside the stand-ins, written as TypeScript writes it (`./x.js` for `./x.ts`). */
function resolveRelative(specifier: string, fromDirectory: string): string {
  const target = resolve(fromDirectory, specifier);
  const file = firstExisting([target, target.replace(/\.js$/, '.ts'), `${target}.ts`, join(target, 'index.ts')]);
  if (!file || !file.startsWith(standInRoot)) throw new Error(`Cannot find module '${specifier}' from ${fromDirectory}`);
  return file;
}

interface LoadedModule {
  exports: Record<string, unknown>;
}

class ExitSignal {
  constructor(readonly code: number | undefined) {}
}

export async function runFixture(source: string, api: ApiVersion, options: RunOptions = {}): Promise<RunResult> {
  const name = options.name ?? 'fixture.ts';
  const registry = new Map<string, LoadedModule>();
  const output: string[] = [];
  const sandboxConsole = {
    log: (...args: unknown[]) => void output.push(format(...args)),
    info: (...args: unknown[]) => void output.push(format(...args)),
    debug: (...args: unknown[]) => void output.push(format(...args)),
    warn: (...args: unknown[]) => void output.push(`warn: ${format(...args)}`),
    error: (...args: unknown[]) => void output.push(`error: ${format(...args)}`),
  };
  const sandboxProcess = {
    argv: ['node', `/app/${name.replace(/\.[cm]?tsx?$/, '.js')}`, ...fixtureArgv],
    env: { ...fixtureEnv } as Record<string, string | undefined>,
    platform: 'linux',
    exitCode: undefined as number | undefined,
    cwd: () => '/app',
    exit(code?: number): never {
      throw new ExitSignal(code);
    },
  };
  const testApi = createTestApi();

  const load = (path: string): LoadedModule => {
    const cached = registry.get(path);
    if (cached) return cached;
    const module: LoadedModule = { exports: {} };
    registry.set(path, module);
    const requireFrom = (specifier: string): unknown =>
      load(resolvePackage(specifier, api) ?? (specifier.startsWith('.') ? resolveRelative(specifier, dirname(path)) : missing(specifier))).exports;
    standInFunction(path)(module.exports, requireFrom, module, path, dirname(path), sandboxConsole, sandboxProcess);
    return module;
  };
  const missing = (specifier: string): never => {
    throw new Error(`Cannot find module '${specifier}' (the runner provides only the abstractllm packages and vitest)`);
  };

  // Loaded first, so the program and the stand-ins share this run's log.
  const recorder = load(recorderPath).exports as typeof import('./stand-ins/recorder.js');

  const fixtureModule: LoadedModule = { exports: {} };
  const fixtureRequire = (specifier: string): unknown => {
    if (specifier === 'vitest') return testApi.module;
    const path = resolvePackage(specifier, api);
    return path ? load(path).exports : missing(specifier);
  };
  const fileName = `/app/${name}`;
  const globals = testGlobals.map((global) => testApi.module[global]);
  compile(source, fileName, testGlobals)(fixtureModule.exports, fixtureRequire, fixtureModule, fileName, '/app', sandboxConsole, sandboxProcess, ...globals);

  const entry = fixtureModule.exports.main ?? fixtureModule.exports.default;
  if (typeof entry !== 'function' && testApi.tests.length === 0) {
    throw new Error(`${name} exports no main() or default function and registers no tests`);
  }
  let result: unknown;
  let exitCode: number | undefined;
  try {
    if (typeof entry === 'function') result = await (entry as () => unknown)();
    await testApi.run();
    exitCode = sandboxProcess.exitCode;
  } catch (error) {
    if (!(error instanceof ExitSignal)) throw error;
    exitCode = error.code ?? 0;
  }
  return { records: recorder.records(), result: recorder.snapshot(result), output, exitCode, tests: testApi.passed };
}

// ---------------------------------------------------------------------------------------------
// A minimal `vitest` for test-like programs: blocks are collected, then run in order.

interface Scope {
  readonly beforeEach: (() => unknown)[];
  readonly afterEach: (() => unknown)[];
}

function createTestApi() {
  const tests: { name: string; scopes: Scope[]; body: () => unknown }[] = [];
  const scopes: Scope[] = [{ beforeEach: [], afterEach: [] }];
  const names: string[] = [];
  const passed: string[] = [];
  const current = (): Scope => scopes.at(-1)!;

  const describe = (name: string, body: () => void): void => {
    names.push(name);
    scopes.push({ beforeEach: [], afterEach: [] });
    try {
      body();
    } finally {
      scopes.pop();
      names.pop();
    }
  };
  const it = (name: string, body: () => unknown): void => {
    tests.push({ name: [...names, name].join(' > '), scopes: [...scopes], body });
  };

  const matchers = (actual: unknown, negated: boolean) => {
    const check = (pass: boolean, message: string): void => {
      if (pass === negated) throw new Error(`expect: ${negated ? 'not ' : ''}${message} (got ${format(actual)})`);
    };
    return {
      toBe: (expected: unknown) => check(Object.is(actual, expected), `toBe ${format(expected)}`),
      toEqual: (expected: unknown) => check(isDeepStrictEqual(actual, expected), `toEqual ${format(expected)}`),
      toStrictEqual: (expected: unknown) => check(isDeepStrictEqual(actual, expected), `toStrictEqual ${format(expected)}`),
      toHaveLength: (length: number) => check((actual as { length?: unknown })?.length === length, `toHaveLength ${length}`),
      toContain: (item: unknown) => check((actual as { includes?: (x: unknown) => boolean })?.includes?.(item) === true, `toContain ${format(item)}`),
      toMatch: (pattern: RegExp | string) => check(typeof actual === 'string' && new RegExp(pattern).test(actual), `toMatch ${String(pattern)}`),
      toBeTruthy: () => check(Boolean(actual), 'toBeTruthy'),
      toBeFalsy: () => check(!actual, 'toBeFalsy'),
      toBeDefined: () => check(actual !== undefined, 'toBeDefined'),
      toBeUndefined: () => check(actual === undefined, 'toBeUndefined'),
      toBeGreaterThan: (n: number) => check(typeof actual === 'number' && actual > n, `toBeGreaterThan ${n}`),
    };
  };
  const expect = (actual: unknown) => ({ ...matchers(actual, false), not: matchers(actual, true) });

  const module = {
    describe,
    it,
    test: it,
    expect,
    beforeEach: (hook: () => unknown) => void current().beforeEach.push(hook),
    afterEach: (hook: () => unknown) => void current().afterEach.push(hook),
  };

  const run = async (): Promise<void> => {
    for (const test of tests) {
      for (const scope of test.scopes) for (const hook of scope.beforeEach) await hook();
      await test.body();
      for (const scope of [...test.scopes].reverse()) for (const hook of scope.afterEach) await hook();
      passed.push(test.name);
    }
  };
  return { module, tests, run, passed };
}

/**
 * In-memory type-checking of test fixtures against the abstractllm 1.x or 2.0 public API.
 *
 * All fixtures of one call share ONE `ts.Program`: they live in a virtual folder
 * (`tests/__virtual__/`, never written to disk), each as its own module, next to an ambient
 * prelude that declares the test-runner and Node globals a fixture may use without importing.
 * Everything else (TypeScript's lib files, the API declarations in `tests/api/v1|v2`) is read
 * from disk, and the parsed SourceFiles are cached for the life of the process, so only the
 * fixtures themselves are parsed on each call.
 */
import { statSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

export interface Fixture {
  /** A file name such as `case-12.ts` or `case-3.tsx` (unique within one call). */
  readonly name: string;
  readonly code: string;
}

export type ApiVersion = 'v1' | 'v2';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const apiDir = join(repoRoot, 'tests', 'api');
/** Fixtures are served from here; nothing is ever written to this folder. */
const virtualDir = join(repoRoot, 'tests', '__virtual__');
const preludeName = '__globals__.d.ts';
const preludePath = join(virtualDir, preludeName);

/**
 * Module names answered by ambient stubs in the prelude instead of the real packages. The real
 * `vitest` typings would drag a large graph of declarations (and Node's types) into every program.
 */
const stubbedModules = new Set(['vitest', '@jest/globals']);

const preludeText = (declareConsole: boolean): string => `// Ambient globals available to every fixture (test runners + a little Node).
interface FixtureRequire {
  (id: string): any;
  resolve(id: string, options?: { paths?: string[] }): string;
  cache: Record<string, any>;
  main: FixtureModule | undefined;
}
interface FixtureModule {
  exports: any;
  require: FixtureRequire;
  id: string;
  filename: string;
  loaded: boolean;
  paths: string[];
  [key: string]: any;
}
declare var require: FixtureRequire;
declare var module: FixtureModule;
declare var exports: any;
declare var __dirname: string;
declare var __filename: string;
declare var global: any;
declare var process: {
  env: Record<string, string | undefined>;
  argv: string[];
  platform: string;
  cwd(): string;
  exit(code?: number): never;
  [key: string]: any;
};
${declareConsole ? 'declare var console: any;\n' : ''}declare function log(...args: any[]): void;

declare var vi: any;
declare var jest: any;
declare namespace jest {
  type Mock<T = any> = any;
  type Mocked<T = any> = any;
  type MockedFunction<T = any> = any;
  type MockedClass<T = any> = any;
  type SpyInstance<T = any> = any;
}
declare var describe: any;
declare var it: any;
declare var test: any;
declare var expect: any;
declare var beforeAll: any;
declare var beforeEach: any;
declare var afterAll: any;
declare var afterEach: any;

declare namespace JSX {
  interface Element {}
  interface ElementAttributesProperty { props: {} }
  interface ElementChildrenAttribute { children: {} }
  interface IntrinsicAttributes { key?: string | number | null }
  interface IntrinsicElements { [elementName: string]: any }
  type ElementType = any;
}

declare module 'vitest' {
  export const vi: any;
  export const describe: any;
  export const it: any;
  export const test: any;
  export const expect: any;
  export const beforeAll: any;
  export const beforeEach: any;
  export const afterAll: any;
  export const afterEach: any;
  export type Mock<T = any> = any;
  export type Mocked<T = any> = any;
  export type MockedFunction<T = any> = any;
  export type MockedClass<T = any> = any;
  export type MockInstance<T = any> = any;
}
declare module '@jest/globals' {
  export const jest: any;
  export const describe: any;
  export const it: any;
  export const test: any;
  export const expect: any;
  export const beforeAll: any;
  export const beforeEach: any;
  export const afterAll: any;
  export const afterEach: any;
}
`;

// ---------------------------------------------------------------------------------------------
// Compiler options

interface ApiSettings {
  readonly options: ts.CompilerOptions;
  /** Identifies the options that affect parsing/binding (everything but module-name mapping). */
  readonly cacheKey: string;
  readonly prelude: string;
}

function readApiSettings(api: ApiVersion): ApiSettings {
  const configPath = join(apiDir, `tsconfig.${api}.json`);
  const read = ts.readConfigFile(configPath, ts.sys.readFile);
  if (read.error) throw new Error(formatDiagnostics([read.error]).join('\n'));
  const parsed = ts.parseJsonConfigFileContent(
    read.config,
    ts.sys,
    apiDir,
    {
      jsx: ts.JsxEmit.Preserve,
      allowJs: false,
      noEmit: true,
      // Every fixture is a module even without import/export (so their top-level names never
      // collide across fixtures). Declaration files (the prelude, lib and API files) are exempt,
      // which keeps the prelude global. Unlike appending `export {}` to the text, this leaves
      // every diagnostic position exactly as in the fixture.
      moduleDetection: ts.ModuleDetectionKind.Force,
    },
    configPath,
  );
  // 18003: "No inputs were found" — the harness chooses its own root files.
  const errors = parsed.errors.filter((d) => d.code !== 18003);
  if (errors.length) throw new Error(formatDiagnostics(errors).join('\n'));
  const options = parsed.options;

  // The default lib of a target without an explicit `lib` (lib.<target>.full.d.ts) includes
  // the DOM, which already declares `console`; a second, different declaration would clash.
  const libHasDom = options.lib ? options.lib.some((lib) => /(^|[\\/])lib\.dom\./i.test(lib)) : true;
  const prelude = preludeText(!libHasDom);

  const mappingKeys = new Set(['paths', 'pathsBasePath', 'baseUrl', 'configFilePath', 'configFile', 'types', 'typeRoots']);
  const cacheKey = JSON.stringify(
    Object.keys(options)
      .filter((key) => !mappingKeys.has(key))
      .sort()
      .map((key) => [key, options[key]]),
  );
  return { options, cacheKey, prelude };
}

// ---------------------------------------------------------------------------------------------
// SourceFile cache (lib files, API declarations, anything else read from disk)

interface CachedSourceFile {
  readonly mtimeMs: number;
  readonly size: number;
  readonly sourceFile: ts.SourceFile;
}

/**
 * Parsed (and, once a checker has run, bound) SourceFiles shared by all programs, like the
 * language service's document registry. Keyed by path + parse/bind-relevant settings; entries
 * are revalidated with a cheap `stat` so edits to the API declarations in watch mode are seen.
 */
const sourceFileCache = new Map<string, CachedSourceFile>();
const preludeCache = new Map<string, ts.SourceFile>();

function parseKey(path: string, settings: ApiSettings, target: ts.ScriptTarget | ts.CreateSourceFileOptions): string {
  const parse =
    typeof target === 'object'
      ? [target.languageVersion, target.impliedNodeFormat ?? '', target.jsDocParsingMode ?? '']
      : [target];
  return `${path}\0${parse.join(',')}\0${settings.cacheKey}`;
}

function getCachedSourceFile(
  path: string,
  settings: ApiSettings,
  target: ts.ScriptTarget | ts.CreateSourceFileOptions,
): ts.SourceFile | undefined {
  let stat;
  try {
    stat = statSync(path);
  } catch {
    return undefined;
  }
  const key = parseKey(path, settings, target);
  const hit = sourceFileCache.get(key);
  if (hit && hit.mtimeMs === stat.mtimeMs && hit.size === stat.size) return hit.sourceFile;
  const text = ts.sys.readFile(path);
  if (text === undefined) return undefined;
  const sourceFile = ts.createSourceFile(path, text, target);
  sourceFileCache.set(key, { mtimeMs: stat.mtimeMs, size: stat.size, sourceFile });
  return sourceFile;
}

// ---------------------------------------------------------------------------------------------
// Program

interface RootFile {
  /** Absolute path of the file in the program. */
  readonly path: string;
  /** Text served from memory; `undefined` = read the file from disk (not cached). */
  readonly text?: string;
  /** How diagnostics name the file. */
  readonly label: string;
}

const canonical = ts.sys.useCaseSensitiveFileNames ? (p: string) => p : (p: string) => p.toLowerCase();

function createHost(settings: ApiSettings, roots: readonly RootFile[]): ts.CompilerHost {
  const { options } = settings;
  const memory = new Map<string, string>();
  for (const root of roots) if (root.text !== undefined) memory.set(canonical(root.path), root.text);
  memory.set(canonical(preludePath), settings.prelude);
  const rootPaths = new Set(roots.map((root) => canonical(root.path)));
  const virtualDirKey = canonical(virtualDir);
  const isVirtualDir = (dir: string) => {
    const key = canonical(resolve(dir));
    return key === virtualDirKey || key.startsWith(virtualDirKey + sep);
  };

  const moduleCache = ts.createModuleResolutionCache(repoRoot, canonical, options);

  const host: ts.CompilerHost = {
    getSourceFile(fileName, target, onError) {
      const path = resolve(fileName);
      const key = canonical(path);
      if (key === canonical(preludePath)) {
        const preludeKey = parseKey(path, settings, target) + '\0' + settings.prelude;
        let prelude = preludeCache.get(preludeKey);
        if (!prelude) {
          prelude = ts.createSourceFile(path, settings.prelude, target);
          preludeCache.set(preludeKey, prelude);
        }
        return prelude;
      }
      const text = memory.get(key);
      if (text !== undefined) return ts.createSourceFile(path, text, target);
      if (rootPaths.has(key)) {
        // A real file checked by `typecheckFile`: always read fresh, never cached.
        const diskText = ts.sys.readFile(path);
        return diskText === undefined ? undefined : ts.createSourceFile(path, diskText, target);
      }
      const cached = getCachedSourceFile(path, settings, target);
      if (!cached) onError?.(`File not found: ${path}`);
      return cached;
    },
    getDefaultLibFileName: (opts) => ts.getDefaultLibFilePath(opts),
    getDefaultLibLocation: () => dirname(ts.getDefaultLibFilePath(options)),
    writeFile: () => {
      throw new Error('typecheck harness never emits');
    },
    getCurrentDirectory: () => repoRoot,
    getCanonicalFileName: canonical,
    useCaseSensitiveFileNames: () => ts.sys.useCaseSensitiveFileNames,
    getNewLine: () => '\n',
    fileExists: (fileName) => memory.has(canonical(resolve(fileName))) || ts.sys.fileExists(fileName),
    readFile: (fileName) => memory.get(canonical(resolve(fileName))) ?? ts.sys.readFile(fileName),
    directoryExists: (dir) => isVirtualDir(dir) || ts.sys.directoryExists(dir),
    getDirectories: (dir) => (isVirtualDir(dir) ? [] : ts.sys.getDirectories(dir)),
    realpath: (fileName) => (memory.has(canonical(resolve(fileName))) ? fileName : (ts.sys.realpath?.(fileName) ?? fileName)),
    resolveModuleNameLiterals(literals, containingFile, redirectedReference, compilerOptions, containingSourceFile) {
      return literals.map((literal) => {
        // Left unresolved on purpose: the prelude's `declare module` stubs answer these.
        if (stubbedModules.has(literal.text)) return { resolvedModule: undefined };
        const mode = ts.getModeForUsageLocation(containingSourceFile, literal, compilerOptions);
        return ts.resolveModuleName(literal.text, containingFile, compilerOptions, host, moduleCache, redirectedReference, mode);
      });
    },
  };
  return host;
}

function formatDiagnostics(diagnostics: readonly ts.Diagnostic[], labels?: ReadonlyMap<string, string>): string[] {
  return diagnostics.map((diagnostic) => {
    const message = ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n');
    const { file } = diagnostic;
    if (!file) return `TS${diagnostic.code}: ${message}`;
    const label =
      labels?.get(canonical(file.fileName)) ?? relative(repoRoot, file.fileName).split(sep).join('/');
    const start = Math.min(diagnostic.start ?? 0, file.text.length);
    const { line, character } = file.getLineAndCharacterOfPosition(start);
    return `${label}:${line + 1}:${character + 1} TS${diagnostic.code}: ${message}`;
  });
}

function check(roots: readonly RootFile[], api: ApiVersion): string[] {
  const settings = readApiSettings(api);
  const host = createHost(settings, roots);
  const program = ts.createProgram({
    rootNames: [preludePath, ...roots.map((root) => root.path)],
    options: settings.options,
    host,
  });

  const labels = new Map<string, string>(roots.map((root) => [canonical(root.path), root.label]));
  labels.set(canonical(preludePath), preludeName);

  const diagnostics: ts.Diagnostic[] = [...program.getOptionsDiagnostics(), ...program.getGlobalDiagnostics()];
  // Fixtures first, in the given order; then the prelude and the API declarations. The default
  // lib files and node_modules declarations are not checked (only their parse errors count).
  const files = program.getSourceFiles();
  const rootOrder = new Map(roots.map((root, index) => [canonical(root.path), index]));
  const ordered = [...files].sort(
    (a, b) =>
      (rootOrder.get(canonical(a.fileName)) ?? Infinity) - (rootOrder.get(canonical(b.fileName)) ?? Infinity),
  );
  for (const file of ordered) {
    const perFile: ts.Diagnostic[] = [...program.getSyntacticDiagnostics(file)];
    if (!program.isSourceFileDefaultLibrary(file) && !program.isSourceFileFromExternalLibrary(file)) {
      perFile.push(...program.getSemanticDiagnostics(file));
    }
    diagnostics.push(...ts.sortAndDeduplicateDiagnostics(perFile));
  }
  return formatDiagnostics(diagnostics, labels);
}

// ---------------------------------------------------------------------------------------------
// Public API

/**
 * Type-checks all `fixtures` in one program against the `api` declarations
 * (`tests/api/tsconfig.<api>.json`). Returns `"<name>:<line>:<col> TS<code>: <message>"` lines
 * (1-based; files other than fixtures are named relative to the repository); `[]` = clean.
 * Fixtures may import each other by relative path (`./case-2`).
 */
export function typecheckFixtures(fixtures: readonly Fixture[], api: ApiVersion): string[] {
  const seen = new Set<string>();
  const roots = fixtures.map((fixture): RootFile => {
    const name = fixture.name;
    if (!/\.(?:ts|tsx|mts|cts)$/.test(name) || /\.d\.[cm]?ts$/.test(name)) {
      throw new Error(`fixture name must end in .ts/.tsx/.mts/.cts (not .d.ts): ${JSON.stringify(name)}`);
    }
    if (isAbsolute(name) || name.split(/[\\/]/).includes('..')) {
      throw new Error(`fixture name must be a relative path inside the virtual folder: ${JSON.stringify(name)}`);
    }
    if (name === preludeName) throw new Error(`fixture name is reserved: ${name}`);
    const path = join(virtualDir, name);
    if (seen.has(canonical(path))) throw new Error(`duplicate fixture name: ${name}`);
    seen.add(canonical(path));
    return { path, text: fixture.code, label: name };
  });
  return check(roots, api);
}

/**
 * Type-checks one real file (read from disk, in place, so its relative imports work) against
 * the `api` declarations. Diagnostics name it by its base name.
 */
export function typecheckFile(path: string, api: ApiVersion): string[] {
  const absolute = resolve(repoRoot, path);
  return check([{ path: absolute, label: basename(absolute) }], api);
}

import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/types';
import { isLegacySpecifier } from '../migration-table.js';
import { type StringNode, moduleExportName, staticKeyName, staticString } from './ast.js';
import { resolveName } from './scope.js';

/**
 * Every place a file names a module (MIGRATION.md C), found by one visitor: the rules share it
 * so that ESM, CommonJS, TypeScript and test-double forms are all seen the same way.
 */
export type ModuleSite =
  | { kind: 'import'; node: TSESTree.ImportDeclaration; source: StringNode; specifier: string }
  | { kind: 'export-named'; node: TSESTree.ExportNamedDeclaration; source: StringNode; specifier: string }
  | { kind: 'export-all'; node: TSESTree.ExportAllDeclaration; source: StringNode; specifier: string }
  | { kind: 'import-equals'; node: TSESTree.TSImportEqualsDeclaration; source: StringNode; specifier: string }
  /** `require('x')` and `import('x')`: expressions whose value is the module. */
  | { kind: 'load'; node: TSESTree.CallExpression | TSESTree.ImportExpression; source: StringNode; specifier: string }
  /** `require.resolve('x')`, `import.meta.resolve('x')`, `vi.unmock('x')`: only the path matters. */
  | { kind: 'resolve'; node: TSESTree.CallExpression; source: StringNode; specifier: string }
  /** `vi.mock('x', factory?)`, `jest.doMock(…)`. */
  | { kind: 'mock'; node: TSESTree.CallExpression; source: StringNode; specifier: string; factory?: TSESTree.Node }
  /** `vi.importActual('x')`, `jest.requireMock('x')`: the real or mocked module as a value. */
  | { kind: 'mock-load'; node: TSESTree.CallExpression; source: StringNode; specifier: string }
  | { kind: 'import-type'; node: TSESTree.TSImportType; source: StringNode; specifier: string }
  | { kind: 'module-declaration'; node: TSESTree.TSModuleDeclaration; source: StringNode; specifier: string };

const mockMethods: Record<'vi' | 'jest', ReadonlySet<string>> = {
  vi: new Set(['mock', 'doMock']),
  jest: new Set(['mock', 'doMock']),
};
/** `vi.unmock('x')`: a path only, which moves with the module like `require.resolve('x')`. */
const unmockMethods: Record<'vi' | 'jest', ReadonlySet<string>> = {
  vi: new Set(['unmock', 'doUnmock']),
  jest: new Set(['unmock', 'dontMock']),
};
const mockLoadMethods: Record<'vi' | 'jest', ReadonlySet<string>> = {
  vi: new Set(['importActual', 'importMock']),
  jest: new Set(['requireActual', 'requireMock']),
};

type SourceCode = Readonly<TSESLint.SourceCode>;

type RunnerName = 'vi' | 'jest';
const runnerNames: ReadonlySet<string> = new Set<RunnerName>(['vi', 'jest']);

/**
 * Which test runner object an identifier is: `vi` / `jest` as the runner provides them (a
 * global), imported (`import { vi } from 'vitest'`, also under another name:
 * `import { jest as j } from '@jest/globals'`) or loaded (`const { jest } = require('@jest/globals')`).
 * Generous on purpose: taking a look-alike for a runner only holds an import back, while missing
 * a mock would let one stop mocking.
 */
export function testRunnerOf(sourceCode: SourceCode, identifier: TSESTree.Identifier): RunnerName | undefined {
  const variable = resolveName(sourceCode.getScope(identifier), identifier.name);
  if (!variable) return runnerNames.has(identifier.name) ? (identifier.name as RunnerName) : undefined;
  let found: RunnerName | undefined;
  for (const def of variable.defs) {
    if (def.type !== 'ImportBinding' && !isLoaded(def)) return undefined;
    const taken = def.type === 'ImportBinding' ? importedName(def.node) : loadedName(def);
    const name = taken !== undefined && runnerNames.has(taken) ? taken : identifier.name;
    if (!runnerNames.has(name)) return undefined;
    found = name as RunnerName;
  }
  return found;
}

/** Whether an identifier is the `vi` or `jest` object of a test runner (`testRunnerOf`). */
export function isTestRunner(sourceCode: SourceCode, identifier: TSESTree.Identifier): boolean {
  return testRunnerOf(sourceCode, identifier) !== undefined;
}

/** The name an import binding takes from its module: `jest` for `import { jest as j }`; the local name otherwise. */
function importedName(node: TSESTree.Node): string | undefined {
  if (node.type === AST_NODE_TYPES.ImportSpecifier) return moduleExportName(node.imported);
  return node.type === AST_NODE_TYPES.ImportDefaultSpecifier || node.type === AST_NODE_TYPES.ImportNamespaceSpecifier ? node.local.name : undefined;
}

/** The name a loaded variable takes: the key of `{ jest: j }`, the member of `require('vitest').vi`, or its own name. */
function loadedName(def: TSESLint.Scope.Definition): string | undefined {
  const declarator = def.node as TSESTree.VariableDeclarator;
  if (declarator.id.type === AST_NODE_TYPES.ObjectPattern) {
    const property = declarator.id.properties.find((p) => p.type === AST_NODE_TYPES.Property && p.value === def.name);
    return property?.type === AST_NODE_TYPES.Property ? staticKeyName(property.key, property.computed) : undefined;
  }
  const init = declarator.init;
  if (init?.type === AST_NODE_TYPES.MemberExpression) return staticKeyName(init.property, init.computed);
  return def.name.type === AST_NODE_TYPES.Identifier ? def.name.name : undefined;
}

/** A variable initialised by `require(…)` or `await import(…)`: whole, destructured, or one member of it. */
function isLoaded(def: TSESLint.Scope.Definition): boolean {
  if (def.type !== 'Variable' || def.node.type !== AST_NODE_TYPES.VariableDeclarator) return false;
  let init = def.node.init;
  if (init?.type === AST_NODE_TYPES.MemberExpression) init = init.object; // `require('vitest').vi`
  if (init?.type === AST_NODE_TYPES.AwaitExpression) init = init.argument;
  return (
    init?.type === AST_NODE_TYPES.ImportExpression ||
    (init?.type === AST_NODE_TYPES.CallExpression && init.callee.type === AST_NODE_TYPES.Identifier && init.callee.name === 'require')
  );
}

/** A declaration with no value of its own: `declare const x: T`, `declare function f(): T`. */
function isAmbient(def: TSESLint.Scope.Definition): boolean {
  if (def.node.type === AST_NODE_TYPES.TSDeclareFunction) return true;
  return def.node.type === AST_NODE_TYPES.VariableDeclarator && def.parent?.type === AST_NODE_TYPES.VariableDeclaration && def.parent.declare === true;
}

/**
 * Listeners that call `onSite` for every site whose specifier belongs to the 1.x package.
 * Computed specifiers (`import(name)`, templates with `${}`) are never sites.
 */
export function moduleSiteListeners(
  sourceCode: SourceCode,
  onSite: (site: ModuleSite) => void,
): TSESLint.RuleListener {
  const legacy = (node: TSESTree.Node | null | undefined): { source: StringNode; specifier: string } | undefined => {
    const specifier = staticString(node);
    return specifier !== undefined && isLegacySpecifier(specifier)
      ? { source: node as StringNode, specifier }
      : undefined;
  };
  /**
   * `require` as Node provides it, not a local function of that name; or the one ESM code makes
   * with `const require = createRequire(import.meta.url)`, which loads modules the same way.
   */
  const isGlobal = (identifier: TSESTree.Identifier): boolean => {
    const variable = resolveName(sourceCode.getScope(identifier), identifier.name);
    if (!variable || variable.defs.length === 0) return true;
    // `declare const require: (id: string) => any`, `declare function require(…)`: Node's own,
    // typed by hand where @types/node is missing.
    if (variable.defs.every(isAmbient)) return true;
    const [def] = variable.defs;
    const init = variable.defs.length === 1 && def?.node.type === AST_NODE_TYPES.VariableDeclarator ? def.node.init : undefined;
    const callee = init?.type === AST_NODE_TYPES.CallExpression ? init.callee : undefined;
    return (
      (callee?.type === AST_NODE_TYPES.Identifier && callee.name === 'createRequire') ||
      (callee?.type === AST_NODE_TYPES.MemberExpression && staticKeyName(callee.property, callee.computed) === 'createRequire')
    );
  };

  /** `vi.mock(…)`, `jest.doMock(…)` on the runner. */
  const isMockCall = (call: TSESTree.CallExpression): boolean => {
    const { callee } = call;
    if (callee.type !== AST_NODE_TYPES.MemberExpression || callee.computed || callee.object.type !== AST_NODE_TYPES.Identifier) return false;
    const runner = testRunnerOf(sourceCode, callee.object);
    return runner !== undefined && callee.property.type === AST_NODE_TYPES.Identifier && mockMethods[runner].has(callee.property.name);
  };

  return {
    ImportDeclaration(node) {
      const found = legacy(node.source);
      if (found) onSite({ kind: 'import', node, ...found });
    },
    ExportNamedDeclaration(node) {
      const found = legacy(node.source);
      if (found) onSite({ kind: 'export-named', node, ...found });
    },
    ExportAllDeclaration(node) {
      const found = legacy(node.source);
      if (found) onSite({ kind: 'export-all', node, ...found });
    },
    TSImportEqualsDeclaration(node) {
      if (node.moduleReference.type !== AST_NODE_TYPES.TSExternalModuleReference) return;
      const found = legacy(node.moduleReference.expression);
      if (found) onSite({ kind: 'import-equals', node, ...found });
    },
    ImportExpression(node) {
      const found = legacy(node.source);
      if (!found) return;
      // `vi.mock(import('abstractllm'), factory?)`, Vitest's typed form: a mock, not a load.
      const call = node.parent;
      if (call?.type === AST_NODE_TYPES.CallExpression && call.arguments[0] === node && isMockCall(call)) {
        onSite({ kind: 'mock', node: call, ...found, factory: mockFactoryOf(call) });
        return;
      }
      onSite({ kind: 'load', node, ...found });
    },
    TSImportType(node) {
      // `source` is the newer field; `argument` (a literal type) is what older parsers give.
      const legacyNode = node as { source?: TSESTree.StringLiteral; argument?: TSESTree.TypeNode };
      const literal =
        legacyNode.source ??
        (legacyNode.argument?.type === AST_NODE_TYPES.TSLiteralType ? legacyNode.argument.literal : undefined);
      const found = legacy(literal);
      if (found) onSite({ kind: 'import-type', node, ...found });
    },
    TSModuleDeclaration(node) {
      if (node.id.type !== AST_NODE_TYPES.Literal) return;
      const found = legacy(node.id);
      if (found) onSite({ kind: 'module-declaration', node, ...found });
    },
    CallExpression(node) {
      const found = legacy(node.arguments[0]);
      if (!found) return;
      const { callee } = node;
      if (callee.type === AST_NODE_TYPES.Identifier) {
        if (callee.name === 'require' && isGlobal(callee)) onSite({ kind: 'load', node, ...found });
        return;
      }
      if (callee.type !== AST_NODE_TYPES.MemberExpression || callee.computed) return;
      if (callee.property.type !== AST_NODE_TYPES.Identifier) return;
      const method = callee.property.name;
      const { object } = callee;
      if (object.type === AST_NODE_TYPES.MetaProperty) {
        if (object.meta.name === 'import' && object.property.name === 'meta' && method === 'resolve') {
          onSite({ kind: 'resolve', node, ...found });
        }
        return;
      }
      if (object.type !== AST_NODE_TYPES.Identifier) return;
      if (object.name === 'require' && method === 'resolve' && isGlobal(object)) {
        onSite({ kind: 'resolve', node, ...found });
        return;
      }
      const runner = testRunnerOf(sourceCode, object);
      if (runner === undefined) {
        return;
      } else if (mockMethods[runner].has(method)) {
        onSite({ kind: 'mock', node, ...found, factory: mockFactoryOf(node) });
      } else if (mockLoadMethods[runner].has(method)) {
        onSite({ kind: 'mock-load', node, ...found });
      } else if (unmockMethods[runner].has(method)) {
        onSite({ kind: 'resolve', node, ...found });
      }
    },
  };
}

/** A mock's factory: its second argument, unless that is `vi.mock(path, { spy: true })`'s options (an automock). */
function mockFactoryOf(call: TSESTree.CallExpression): TSESTree.Node | undefined {
  const [, second] = call.arguments;
  return second?.type === AST_NODE_TYPES.ObjectExpression ? undefined : second;
}

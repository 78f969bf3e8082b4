import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/types';
import { mayName, staticKeyName } from './ast.js';

type Scope = TSESLint.Scope.Scope;
type Variable = TSESLint.Scope.Variable;
type SourceCode = Readonly<TSESLint.SourceCode>;

/** An identifier that names a binding: in code, in a type, or as a JSX tag. */
export type ReferenceNode = TSESTree.Identifier | TSESTree.JSXIdentifier;

/** The variable `name` resolves to from `scope`, walking out to the global scope. */
export function resolveName(scope: Scope | null, name: string): Variable | undefined {
  for (let current = scope; current; current = current.upper) {
    const variable = current.set.get(name);
    if (variable) return variable;
  }
  return undefined;
}

/**
 * The JSX tag identifiers (`<Session>`, `</Session>`, `<Session.Item>`) of a file. Not every
 * scope analyser references them (eslint-scope before ESLint 10 does not), so they are resolved
 * by hand where the scope manager has no reference for them.
 */
export function jsxTagIdentifier(name: TSESTree.JSXTagNameExpression): TSESTree.JSXIdentifier | undefined {
  let node: TSESTree.JSXTagNameExpression = name;
  while (node.type === AST_NODE_TYPES.JSXMemberExpression) node = node.object;
  if (node.type !== AST_NODE_TYPES.JSXIdentifier || node.name === 'this') return undefined;
  // A lower-case tag is an intrinsic element (`<div>`), never a binding; the object of a member
  // tag is one whatever its case (`<agents.Agent>`).
  return node !== name || /^[^a-z]/.test(node.name) ? node : undefined;
}

/** Every place `variable` is read or written: its scope references plus the JSX tags that resolve to it. */
export function referenceNodes(
  variable: Variable,
  jsxTags: readonly TSESTree.JSXIdentifier[],
  sourceCode: SourceCode,
): ReferenceNode[] {
  const nodes: ReferenceNode[] = [];
  const seen = new Set<TSESTree.Node>();
  for (const reference of variable.references) {
    const identifier = reference.identifier as ReferenceNode;
    if (!seen.has(identifier)) {
      seen.add(identifier);
      nodes.push(identifier);
    }
  }
  for (const tag of jsxTags) {
    if (tag.name !== variable.name || seen.has(tag)) continue;
    if (resolveName(sourceCode.getScope(tag), tag.name) === variable) {
      seen.add(tag);
      nodes.push(tag);
    }
  }
  return nodes;
}

/**
 * What is read off a module object's binding (`llm` of `import * as llm`, `const llm = require(…)`,
 * a `.then((llm) => …)` parameter): each static member (`llm.X`, `llm['X']`, `llm.X` in a type,
 * `<llm.X>`, `const { X } = llm`) with the node that names it, and whether it is also used as a
 * whole (passed, returned, exported), where any name may be taken from it, and whether any such
 * use is more than a type query (`typeof llm`).
 */
export function memberReadsOf(
  variable: Variable,
  jsx?: { tags: readonly TSESTree.JSXIdentifier[]; sourceCode: SourceCode },
): { reads: { node: TSESTree.Node; name: string }[]; whole: boolean; wholeAtRunTime: boolean } {
  const reads: { node: TSESTree.Node; name: string }[] = [];
  let whole = false;
  // `typeof llm` is the whole module too, but only to the type checker.
  let wholeAtRunTime = false;
  for (const reference of variable.references) {
    if (reference.init) continue; // `const llm = require(…)` itself
    const { identifier } = reference;
    const parent = identifier.parent;
    if (parent?.type === AST_NODE_TYPES.MemberExpression && parent.object === identifier) {
      const name = staticKeyName(parent.property, parent.computed);
      if (name !== undefined) reads.push({ node: parent, name });
      else whole = wholeAtRunTime = true;
    } else if (parent?.type === AST_NODE_TYPES.TSQualifiedName && parent.left === identifier) reads.push({ node: parent, name: parent.right.name });
    else if (parent?.type === AST_NODE_TYPES.JSXMemberExpression && parent.object === identifier) reads.push({ node: parent, name: parent.property.name });
    else if (parent?.type === AST_NODE_TYPES.VariableDeclarator && parent.init === identifier && parent.id.type === AST_NODE_TYPES.ObjectPattern) {
      for (const property of parent.id.properties) {
        const name = property.type === AST_NODE_TYPES.Property ? staticKeyName(property.key, property.computed) : undefined;
        if (name !== undefined) reads.push({ node: property, name });
        else whole = wholeAtRunTime = true; // `...rest` or a computed key: any name
      }
    } else {
      whole = true;
      if (parent?.type !== AST_NODE_TYPES.TSTypeQuery) wholeAtRunTime = true;
    }
  }
  // `<llm.Session />` where the scope manager has no reference for the tag (eslint-scope before
  // ESLint 10): read off the file's tags by hand; a closing tag is the same element.
  const referenced = new Set<TSESTree.Node>(variable.references.map((reference) => reference.identifier));
  for (const tag of jsx ? referenceNodes(variable, jsx.tags, jsx.sourceCode).filter((node) => !referenced.has(node)) : []) {
    let element: TSESTree.Node | undefined = tag.parent;
    while (element?.type === AST_NODE_TYPES.JSXMemberExpression) element = element.parent;
    if (element?.type === AST_NODE_TYPES.JSXClosingElement) continue;
    const parent = tag.parent;
    if (parent?.type === AST_NODE_TYPES.JSXMemberExpression && parent.object === tag) reads.push({ node: parent, name: parent.property.name });
    else whole = wholeAtRunTime = true;
  }
  return { reads, whole, wholeAtRunTime };
}

/**
 * Names this fix has already given out, by scope, so two renames in one pass never pick the
 * same name (unicorn's name-replacements keeps the same memory).
 */
export type ClaimedNames = Map<Scope, Set<string>>;

/**
 * Whether binding `name` in `declarationScope` would capture nothing and be shadowed nowhere:
 * no scope from any of `usedAt` out to the declaration scope declares it, the declaration scope
 * has no such binding, no global of that name exists or is referenced, and this fix has not
 * claimed it already.
 */
export function isNameFree(
  name: string,
  declarationScope: Scope,
  usedAt: readonly TSESTree.Node[],
  sourceCode: SourceCode,
  claimed: ClaimedNames,
): boolean {
  if (declarationScope.set.has(name) || claimed.get(declarationScope)?.has(name)) return false;
  // A sloppy direct `eval('var Agent = 1')` can declare any name, where no scope analysis sees it.
  if (hasDirectEval(sourceCode)) return false;
  if (hasSloppyBlockFunction(declarationScope, name)) return false;
  for (const node of usedAt) {
    for (let scope: Scope | null = sourceCode.getScope(node); scope && scope !== declarationScope; scope = scope.upper) {
      if (scope.set.has(name) || claimed.get(scope)?.has(name)) return false;
      // Inside `with (o)`, a name resolves to `o`'s property first, if it has one.
      if (scope.type === 'with') return false;
      if (hasSloppyBlockFunction(scope, name)) return false;
      if (mergedBlockDeclares(scope, name, sourceCode)) return false;
    }
  }
  const globalScope = sourceCode.scopeManager?.globalScope;
  if (globalScope) {
    if (globalScope.set.has(name)) return false;
    if (globalScope.through.some((reference) => reference.identifier.name === name)) return false;
  }
  // A reference anywhere in the file that leaves the declaration scope unresolved would now bind to it.
  if (declarationScope.through.some((reference) => reference.identifier.name === name)) return false;
  return true;
}

/**
 * Whether `scope` is one block of a namespace or enum declared in several blocks, another of which
 * declares `name` (`namespace Bots { export class Agent {} }`, `enum E { Agent = 1 }`): TypeScript
 * merges the blocks, so in this one `Agent` is `Bots.Agent` too. The scope manager shows each block
 * alone. Any name another block declares counts, exported or not: keeping the local name is safe.
 */
function mergedBlockDeclares(scope: Scope, name: string, sourceCode: SourceCode): boolean {
  if (scope.type !== 'tsModule' && scope.type !== 'tsEnum') return false;
  const block = scope.block as TSESTree.Node;
  const blockName = (block.type === AST_NODE_TYPES.TSModuleDeclaration || block.type === AST_NODE_TYPES.TSEnumDeclaration) && block.id.type === AST_NODE_TYPES.Identifier ? block.id.name : undefined;
  const merged = blockName === undefined ? undefined : scope.upper?.set.get(blockName);
  if (!merged || merged.defs.length < 2) return false;
  return merged.defs.some((def) => def.node !== block && !!sourceCode.scopeManager?.acquire(def.node)?.set.has(name));
}

/**
 * Whether, in sloppy code, a function named `name` is declared in a block of `scope` (a function
 * or the global scope): Annex B gives it a `var` binding in `scope` too, which the scope manager
 * does not show (`if (fast) { function Agent() {} }` makes `Agent` a local of the whole function).
 */
function hasSloppyBlockFunction(scope: Scope, name: string): boolean {
  if (scope.isStrict || (scope.type !== 'function' && scope.type !== 'global')) return false;
  const blocks = [...scope.childScopes];
  for (let block = blocks.pop(); block; block = blocks.pop()) {
    // Nested functions and classes have bindings of their own; strict code has no Annex B.
    if (block.type === 'function' || block.type === 'class' || block.isStrict) continue;
    if (block.set.get(name)?.defs.some((def) => def.type === 'FunctionName')) return true;
    blocks.push(...block.childScopes);
  }
  return false;
}

export function claimName(claimed: ClaimedNames, scope: Scope, name: string): void {
  const names = claimed.get(scope) ?? new Set<string>();
  names.add(name);
  claimed.set(scope, names);
}

/** Whether the file calls `eval` directly (not a local function of that name). */
function hasDirectEval(sourceCode: SourceCode): boolean {
  const globalScope = sourceCode.scopeManager?.globalScope;
  if (!globalScope || !mayName(sourceCode.text, ['eval'])) return false;
  const references = [...(globalScope.set.get('eval')?.references ?? []), ...globalScope.through.filter((reference) => reference.identifier.name === 'eval')];
  return references.some((reference) => {
    const call = reference.identifier.parent;
    return call?.type === AST_NODE_TYPES.CallExpression && call.callee === reference.identifier;
  });
}

import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/types';
import type { ExportMove } from '../migration-table.js';
import type { UnmigratableUse } from './legacy-uses.js';
import { isFunctionLike, staticKeyName } from './ast.js';

type SourceCode = Readonly<TSESLint.SourceCode>;

/** A JSDoc `@param {T} name` or `@type {T}` tag, with the type's text. */
interface TypeTag {
  tag: string;
  type: string;
  /** The parameter a `@param` tag names. */
  name?: string;
}

/**
 * The 1.x members read off values that a JSDoc type of the file gives as the class bound to
 * `local` (`/** @param {Session} s *\/ function ask(s) { return s.generate(p); }`). The instance
 * detection reads TypeScript annotations only, so such a value's `generate` would survive the
 * rename unreported (MIGRATION.md D7): the rename waits for a person instead.
 *
 * Followed: a `@param` of the function the comment documents, and a `@type` of the variable
 * declaration it documents (also through a `@typedef` of the file that names the class); the
 * members read directly off that binding, or destructured from it.
 */
export function jsdocTypedLegacyUses(local: string, move: ExportMove, sourceCode: SourceCode): UnmigratableUse[] {
  const legacy = move.legacyMembers;
  if (!legacy || move.newName === move.name) return [];
  const docs = sourceCode.getAllComments().filter((comment) => comment.type === 'Block' && comment.value.startsWith('*') && comment.value.includes('{'));
  if (docs.length === 0) return [];
  // `@typedef {Session} Chat` makes `Chat` the class too.
  const names = new Set([local]);
  for (const comment of docs) {
    for (const tag of typeTags(comment.value)) {
      if (tag.tag === 'typedef' && tag.name && mentions(tag.type, names)) names.add(tag.name);
    }
  }
  const found: UnmigratableUse[] = [];
  for (const comment of docs) {
    const tags = typeTags(comment.value).filter((tag) => tag.tag !== 'typedef' && mentions(tag.type, names));
    if (tags.length === 0) continue;
    const documented = documentedNode(sourceCode, comment);
    if (!documented) continue;
    for (const tag of tags) {
      for (const variable of typedVariables(sourceCode, documented, tag)) {
        for (const reference of variable.references) {
          const member = legacyMemberRead(reference.identifier, legacy);
          if (member) {
            found.push({
              node: member.node,
              reason: `${variable.name}.${member.name} on a value a JSDoc type gives as ${local}, which the migration does not follow`,
            });
          }
        }
      }
    }
  }
  return found;
}

/** The `@param`, `@arg`, `@argument`, `@type` and `@typedef` tags of a JSDoc comment's text. */
function typeTags(text: string): TypeTag[] {
  const tags: TypeTag[] = [];
  const tagPattern = /@(param|arg|argument|type|typedef)\s*\{/g;
  for (let match = tagPattern.exec(text); match; match = tagPattern.exec(text)) {
    const open = match.index + match[0].length - 1;
    let depth = 0;
    let close = -1;
    for (let index = open; index < text.length; index++) {
      if (text[index] === '{') depth++;
      else if (text[index] === '}' && --depth === 0) {
        close = index;
        break;
      }
    }
    if (close < 0) break;
    const type = text.slice(open + 1, close);
    const tag = match[1] === 'arg' || match[1] === 'argument' ? 'param' : match[1]!;
    // `@param {T} name`, `@param {T} [name]`, `@param {T} [name=default]`, `@typedef {T} Name`.
    const name = /^\s*\[?\s*([\w$]+)/.exec(text.slice(close + 1))?.[1];
    tags.push({ tag, type, name });
    tagPattern.lastIndex = close + 1;
  }
  return tags;
}

/** Whether a JSDoc type names one of `names` as a whole identifier (not `ns.Session`, not `Sessions`). */
function mentions(type: string, names: ReadonlySet<string>): boolean {
  for (const match of type.matchAll(/[\w$.]+/g)) {
    const [first] = match[0].split('.');
    if (first !== undefined && names.has(first) && !match[0].startsWith('.')) return true;
  }
  return false;
}

/** The statement, function or property right after a JSDoc comment. */
function documentedNode(sourceCode: SourceCode, comment: TSESTree.Comment): TSESTree.Node | undefined {
  const token = sourceCode.getTokenAfter(comment, { includeComments: false });
  if (!token) return undefined;
  let node = sourceCode.getNodeByRangeIndex(token.range[0]) as TSESTree.Node | null;
  // The outermost node that starts at the token: `export function f(s) {}`, `const f = (s) => …`.
  while (node?.parent && node.parent.range[0] === token.range[0] && node.parent.type !== AST_NODE_TYPES.Program) node = node.parent;
  return node ?? undefined;
}

/** The bindings a tag types in the documented node: a `@param`'s parameter, a `@type`'s declared variables. */
function typedVariables(sourceCode: SourceCode, documented: TSESTree.Node, tag: TypeTag): TSESLint.Scope.Variable[] {
  let node = documented;
  if (node.type === AST_NODE_TYPES.ExportNamedDeclaration || node.type === AST_NODE_TYPES.ExportDefaultDeclaration) {
    if (!node.declaration) return [];
    node = node.declaration;
  }
  if (tag.tag === 'type') {
    return node.type === AST_NODE_TYPES.VariableDeclaration ? node.declarations.flatMap((d) => sourceCode.getDeclaredVariables(d)) : [];
  }
  const fn = functionOf(node);
  if (!fn || tag.name === undefined) return [];
  return sourceCode.getDeclaredVariables(fn).filter((variable) => variable.name === tag.name);
}

/** The function a `@param` tag documents: a declaration, or the value of a declarator, property, method or assignment. */
function functionOf(node: TSESTree.Node): TSESTree.FunctionLike | undefined {
  const isFunction = (value: TSESTree.Node | null | undefined): value is TSESTree.FunctionLike => !!value && isFunctionLike(value);
  if (isFunction(node)) return node;
  if (node.type === AST_NODE_TYPES.VariableDeclaration && node.declarations.length === 1) {
    const init = node.declarations[0]!.init;
    return isFunction(init) ? init : undefined;
  }
  if (node.type === AST_NODE_TYPES.MethodDefinition || node.type === AST_NODE_TYPES.Property || node.type === AST_NODE_TYPES.PropertyDefinition) {
    return isFunction(node.value) ? node.value : undefined;
  }
  if (node.type === AST_NODE_TYPES.ExpressionStatement && node.expression.type === AST_NODE_TYPES.AssignmentExpression) {
    return isFunction(node.expression.right) ? node.expression.right : undefined;
  }
  return undefined;
}

/** `s.generate`, `s['id']`, `const { generate } = s`: a 1.x member read off the identifier. */
function legacyMemberRead(identifier: TSESTree.Node, legacy: readonly string[]): { node: TSESTree.Node; name: string } | undefined {
  const parent = identifier.parent;
  if (parent?.type === AST_NODE_TYPES.MemberExpression && parent.object === identifier) {
    const name = staticKeyName(parent.property, parent.computed);
    return name !== undefined && legacy.includes(name) ? { node: parent, name } : undefined;
  }
  if (parent?.type === AST_NODE_TYPES.VariableDeclarator && parent.init === identifier && parent.id.type === AST_NODE_TYPES.ObjectPattern) {
    for (const property of parent.id.properties) {
      if (property.type !== AST_NODE_TYPES.Property) continue;
      const name = staticKeyName(property.key, property.computed);
      if (name !== undefined && legacy.includes(name)) return { node: property, name };
    }
  }
  return undefined;
}

import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/types';
import type { ExportMove } from '../migration-table.js';
import { isCommonJsExportsObject, isTypeWrapper, staticKeyName, writtenMemberOf } from './ast.js';

/** A use of a 1.x class that a rename would make look like valid 2.0 code (MIGRATION.md D7). */
export interface UnmigratableUse {
  node: TSESTree.Node;
  /** Says what the use is, for the message: "new Session(options) with options no fix can migrate". */
  reason: string;
  /** The use is `new C(options)` (the Session rule reports those itself). */
  constructorOptions?: boolean;
}

/**
 * The uses of a renamed class that must be dealt with by hand before the rename may go ahead.
 *
 * `uses` are the nodes that denote the class: an identifier (`Session`), or a namespace member
 * (`llm.Session`). Reads that stay visibly 1.x after a rename (`Agent.load(…)`, types,
 * `instanceof`) are fine: the member rules still report them. What is not fine is a use whose
 * 1.x meaning would survive the rename silently: constructor options no fix can rewrite, a
 * subclass or an implementation of the class (its members and `super(…)` options are 1.x), an
 * alias of the class, the class handed on as a value (an argument, a property, an element, a
 * return value, one side of `?:`), where whatever receives it may construct it with 1.x options
 * or call 1.x members on what it makes, or reflection on its prototype.
 */
export function findUnmigratableUses(
  uses: readonly TSESTree.Node[],
  move: ExportMove,
  displayName: string,
  sourceCode: Readonly<TSESLint.SourceCode>,
): UnmigratableUse[] {
  if (move.newName === move.name) return [];
  const found: UnmigratableUse[] = [];
  for (const use of uses) {
    const reason = unmigratableReason(use, move, displayName, sourceCode);
    if (reason) found.push({ node: use, reason, constructorOptions: use.parent?.type === AST_NODE_TYPES.NewExpression });
  }
  return found;
}

function unmigratableReason(written: TSESTree.Node, move: ExportMove, name: string, sourceCode: Readonly<TSESLint.SourceCode>): string | undefined {
  // `Session as typeof Session`, `Session!`: the use is what the type wrappers are used as.
  let use = written;
  // `(0, Session)` is the class too (the Session rule reads it so): its use is the sequence's.
  for (let parent = use.parent; parent; parent = use.parent) {
    if (isTypeWrapper(parent) && parent.expression === use) use = parent;
    else if (parent.type === AST_NODE_TYPES.SequenceExpression && parent.expressions.at(-1) === use) use = parent;
    // `vi.mocked(Session)`, `jest.mocked(Session)` return the class itself, typed as a mock.
    else if (parent.type === AST_NODE_TYPES.CallExpression && parent.arguments[0] === use && isMockedCall(parent)) use = parent;
    else break;
  }
  const parent = use.parent;
  if (!parent) return undefined;
  const handedOn = `${name} handed on as a value hides its uses from the migration`;
  switch (parent.type) {
    // `<Session model="gpt" />`: the attributes are the constructor's options, which no fix
    // rewrites (the closing tag is the same element).
    case AST_NODE_TYPES.JSXOpeningElement:
      return parent.name === use && move.migratableOptions ? `<${name} … /> takes its attributes as 1.x options no fix can migrate` : undefined;
    case AST_NODE_TYPES.NewExpression: {
      if (parent.arguments.includes(use as TSESTree.Expression)) return handedOn;
      if (parent.callee !== use) return undefined;
      // `const s = new Session(); s.session = req.session`: an expando that is the 2.0 class's own
      // member, which the rename would make the code overwrite.
      const overwritten = newMemberWrittenOn(parent, move, sourceCode);
      if (overwritten) return `${overwritten} is written on a ${name}, and is the 2.0 ${move.newName}'s own member`;
      if (!move.migratableOptions) return undefined;
      return migratableArguments(parent.arguments, move.migratableOptions)
        ? undefined
        : `new ${name}(…) with options no fix can migrate`;
    }
    case AST_NODE_TYPES.CallExpression:
      if (!parent.arguments.includes(use as TSESTree.Expression)) return undefined;
      return isCheck(parent) ? undefined : handedOn;
    case AST_NODE_TYPES.TemplateLiteral:
      // ``tag`${Session}` `` hands it to `tag`; an untagged template only makes a string of it.
      return parent.parent?.type === AST_NODE_TYPES.TaggedTemplateExpression ? handedOn : undefined;
    case AST_NODE_TYPES.PropertyDefinition:
      // `static Impl = Session`: a field holding the class is an alias of it.
      return parent.value === use ? `an alias of ${name} hides its uses from the migration` : undefined;
    case AST_NODE_TYPES.Property:
      if (parent.value !== use || parent.parent.type !== AST_NODE_TYPES.ObjectExpression) return undefined;
      return isExportedValue(parent.parent, sourceCode) ? undefined : handedOn;
    case AST_NODE_TYPES.ArrayExpression:
      return isExportedValue(parent, sourceCode) ? undefined : handedOn;
    case AST_NODE_TYPES.ReturnStatement:
    case AST_NODE_TYPES.YieldExpression:
    case AST_NODE_TYPES.JSXExpressionContainer:
      return handedOn;
    case AST_NODE_TYPES.ArrowFunctionExpression:
      return parent.body === use ? handedOn : undefined;
    case AST_NODE_TYPES.ConditionalExpression:
      return parent.test === use ? undefined : handedOn;
    case AST_NODE_TYPES.LogicalExpression:
      return handedOn;
    case AST_NODE_TYPES.AssignmentPattern:
      return parent.right === use ? `an alias of ${name} hides its uses from the migration` : undefined;
    case AST_NODE_TYPES.ClassDeclaration:
    case AST_NODE_TYPES.ClassExpression:
      return parent.superClass === use
        ? `class ${parent.id?.name ?? '(anonymous)'} extends ${name}: its members and super(…) options are 1.x`
        : undefined;
    case AST_NODE_TYPES.TSClassImplements: {
      const declaration = parent.parent;
      const className = 'id' in declaration && declaration.id ? declaration.id.name : '(anonymous)';
      return parent.expression === use ? `class ${className} implements ${name}: its members are 1.x` : undefined;
    }
    case AST_NODE_TYPES.TSInterfaceHeritage: {
      const declaration = parent.parent as TSESTree.Node;
      return parent.expression === use && declaration.type === AST_NODE_TYPES.TSInterfaceDeclaration
        ? `interface ${declaration.id.name} extends ${name}: its members are 1.x`
        : undefined;
    }
    case AST_NODE_TYPES.MemberExpression: {
      if (parent.object !== use) return undefined;
      const member = staticKeyName(parent.property, parent.computed);
      const called = parent.parent?.type === AST_NODE_TYPES.CallExpression && parent.parent.callee === parent;
      // A static 1.x member call (`Session.load(…)`) stays visibly 1.x after the rename.
      if (called && member !== undefined && move.legacyMembers?.includes(member)) return undefined;
      return `${name}.${member ?? '[…]'} reaches into the 1.x class`;
    }
    case AST_NODE_TYPES.VariableDeclarator:
      return parent.init === use ? `an alias of ${name} hides its uses from the migration` : undefined;
    case AST_NODE_TYPES.AssignmentExpression:
      // `exports.Session = Session` exports it under its public name, as `export { Session }` does (D3).
      if (parent.right === use && parent.operator === '=' && isCommonJsExport(parent.left)) return undefined;
      return parent.right === use ? `an alias of ${name} hides its uses from the migration` : undefined;
    case AST_NODE_TYPES.AwaitExpression:
      return handedOn;
    default:
      return undefined;
  }
}

/**
 * `s.session` for `const s = new Session(…)` and `s.session = …` later: a member only the 2.0 class
 * has (`newMembers`), written through the binding the construction initialises.
 */
function newMemberWrittenOn(construction: TSESTree.NewExpression, move: ExportMove, sourceCode: Readonly<TSESLint.SourceCode>): string | undefined {
  const declarator = construction.parent;
  if (!move.newMembers || declarator?.type !== AST_NODE_TYPES.VariableDeclarator || declarator.init !== construction || declarator.id.type !== AST_NODE_TYPES.Identifier) return undefined;
  for (const variable of sourceCode.getDeclaredVariables(declarator)) {
    for (const { identifier } of variable.references) {
      const key = writtenMemberOf(identifier);
      if (key !== undefined && move.newMembers.includes(key)) return `${variable.name}.${key}`;
    }
  }
  return undefined;
}

/** Assertion methods that take a class to check an instance against, as `instanceof` does. */
const instanceChecks = new Set(['toBeInstanceOf', 'instanceOf']);

/**
 * A call that only looks at the class: an instance check (`expect(s).toBeInstanceOf(Session)`,
 * `assert.instanceOf(s, Session)`, `expect.any(Session)`), an assertion's subject
 * (`expect(Session).toBeDefined()`), or logging (`console.log(Session)`).
 */
function isCheck(call: TSESTree.CallExpression): boolean {
  const { callee } = call;
  if (callee.type === AST_NODE_TYPES.Identifier) return callee.name === 'expect';
  if (callee.type !== AST_NODE_TYPES.MemberExpression) return false;
  const method = staticKeyName(callee.property, callee.computed);
  if (method !== undefined && instanceChecks.has(method)) return true;
  const object = callee.object.type === AST_NODE_TYPES.Identifier ? callee.object.name : undefined;
  return (object === 'expect' && method === 'any') || object === 'console';
}

/** `vi.mocked(x)`, `jest.mocked(x)`: the value itself, typed as a mock. */
function isMockedCall(call: TSESTree.CallExpression): boolean {
  const { callee } = call;
  return (
    callee.type === AST_NODE_TYPES.MemberExpression &&
    callee.object.type === AST_NODE_TYPES.Identifier &&
    (callee.object.name === 'vi' || callee.object.name === 'jest') &&
    staticKeyName(callee.property, callee.computed) === 'mocked'
  );
}

/**
 * An object or array literal that is (part of) what the module exports: `export const registry =
 * { Session }`, `export default [Session]`, `module.exports = { Session }`. Its classes are exported
 * as `export { Session }` exports one, under their public names (MIGRATION.md D3).
 */
function isExportedValue(literal: TSESTree.ObjectExpression | TSESTree.ArrayExpression, sourceCode: Readonly<TSESLint.SourceCode>): boolean {
  let value: TSESTree.Node = literal;
  // Nested literals: `module.exports = { classes: [Session] }`.
  for (;;) {
    const parent: TSESTree.Node | undefined = value.parent;
    if (parent?.type === AST_NODE_TYPES.ArrayExpression) value = parent;
    else if (parent?.type === AST_NODE_TYPES.Property && parent.value === value && parent.parent.type === AST_NODE_TYPES.ObjectExpression) value = parent.parent;
    else break;
  }
  const parent = value.parent;
  if (parent?.type === AST_NODE_TYPES.ExportDefaultDeclaration) return true;
  if (parent?.type === AST_NODE_TYPES.VariableDeclarator) {
    // `export const registry = { Session }` read in the file too (`new registry.Session(o)`) is handed on there.
    if (parent.init !== value || parent.parent.parent?.type !== AST_NODE_TYPES.ExportNamedDeclaration) return false;
    return sourceCode.getDeclaredVariables(parent).every((variable) => variable.references.every((reference) => reference.init));
  }
  return parent?.type === AST_NODE_TYPES.AssignmentExpression && parent.right === value && isCommonJsExport(parent.left);
}

/** `module.exports`, `exports`, `module.exports.x`, `exports.x`. */
export function isCommonJsExport(target: TSESTree.Node): boolean {
  if (isCommonJsExportsObject(target)) return true;
  if (target.type !== AST_NODE_TYPES.MemberExpression) return false;
  // `module.id` is no export; `module.exports.x` and `exports.x.y` are.
  if (target.object.type === AST_NODE_TYPES.Identifier && target.object.name === 'module') return false;
  return isCommonJsExport(target.object);
}

/** A value the module exports as it is: `export { x }`, `export default x`, `export = x`, `module.exports = x`, `exports.y = x`. */
export function isExportedAsIs(value: TSESTree.Node): boolean {
  const parent = value.parent;
  switch (parent?.type) {
    case AST_NODE_TYPES.ExportSpecifier:
      return parent.local === value;
    case AST_NODE_TYPES.ExportDefaultDeclaration:
    case AST_NODE_TYPES.TSExportAssignment:
      return true;
    case AST_NODE_TYPES.AssignmentExpression:
      return parent.right === value && isCommonJsExport(parent.left);
    default:
      return false;
  }
}

/** `()` or `({ …known keys… })`: options the Session rule can rewrite (MIGRATION.md E). */
function migratableArguments(args: readonly TSESTree.CallExpressionArgument[], known: readonly string[]): boolean {
  if (args.length === 0) return true;
  const [options] = args;
  if (args.length > 1 || options?.type !== AST_NODE_TYPES.ObjectExpression) return false;
  return options.properties.every((property) => {
    if (property.type !== AST_NODE_TYPES.Property || property.kind !== 'init' || property.method) return false;
    const key = staticKeyName(property.key, property.computed);
    return key !== undefined && !property.computed && known.includes(key);
  });
}

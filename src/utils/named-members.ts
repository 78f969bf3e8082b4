import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/types';
import { type TrackedClass, isTableKey, memoryRemovedMembers, sessionMemberMoves } from '../migration-table.js';
import { patternMembers, staticKeyName, staticString } from './ast.js';
import type { InstanceTracker } from './instances.js';
import { isTestRunner } from './module-sites.js';
import { resolveName } from './scope.js';

/**
 * 1.x members named without a member expression: destructured (`const { generate } = s`), in a
 * type query (`typeof s.id`) or by string in a spy (`vi.spyOn(s, 'generate')`). The Session and
 * memory rules report them, and no-compat-layer counts them as left to migrate: one answer for all.
 */

/** The members of a tracked class that 2.0 changed, by the rule that reports them. */
function legacyMembersOf(tracked: TrackedClass | undefined): object | undefined {
  if (tracked?.legacyName === 'Session') return sessionMemberMoves;
  return tracked?.legacyName === 'HierarchicalMemory' ? memoryRemovedMembers : undefined;
}

/**
 * `const { generate } = s`, `({ id } = s)`, `({ messages }: Session)`, and patterns that take the
 * members of an element or a property (`team.map(({ id }) => id)`, `for (const { id } of team)`,
 * `const [{ messages }] = team`, `({ session: { id } }: Deps)`) or of a default
 * (`function f({ generate } = new Session())`): the instance (as written, for the message) and the
 * 1.x members taken from it.
 */
export function destructuredLegacyMembers(
  sourceCode: Readonly<TSESLint.SourceCode>,
  tracker: InstanceTracker,
  pattern: TSESTree.ObjectPattern,
): { tracked: TrackedClass; object: string; members: { property: TSESTree.Property; name: string }[] } | undefined {
  const candidates = patternMembers(pattern, (name) => isTableKey(sessionMemberMoves, name) || isTableKey(memoryRemovedMembers, name));
  const held = candidates.length > 0 ? heldAt(sourceCode, tracker, pattern) : undefined;
  const table = legacyMembersOf(held?.tracked);
  const members = table ? candidates.filter(({ name }) => isTableKey(table, name) && tracker.ownsMember(held!.tracked, name)) : [];
  return members.length > 0 ? { tracked: held!.tracked, object: held!.object, members } : undefined;
}

/**
 * The class of the instance an expression holds, as the tracker says, and for a binding
 * destructured with a default the tracker does not follow (`({ session = shared }: Deps)`): what
 * the pattern takes it from, when the binding is never assigned again. Asked for a `member`, only
 * when that member is the class's (not another part's of `Agent & { id: string }`).
 */
export function instanceAt(sourceCode: Readonly<TSESLint.SourceCode>, tracker: InstanceTracker, node: TSESTree.Node, member?: string): TrackedClass | undefined {
  const tracked = instanceHeldAt(sourceCode, tracker, node);
  return tracked && member !== undefined && !tracker.ownsMember(tracked, member) ? undefined : tracked;
}

function instanceHeldAt(sourceCode: Readonly<TSESLint.SourceCode>, tracker: InstanceTracker, node: TSESTree.Node): TrackedClass | undefined {
  const tracked = tracker.instanceOf(node);
  if (tracked || node.type !== AST_NODE_TYPES.Identifier) return tracked;
  const variable = resolveName(sourceCode.getScope(node), node.name);
  const def = variable?.defs.length === 1 ? variable.defs[0] : undefined;
  const binding = def?.name;
  // Only a binding in a pattern (`{ session = shared }`): a plain parameter `(session = shared)` is
  // the tracker's to judge, and it takes only a `new …` default for one.
  const inPattern = binding?.parent?.type === AST_NODE_TYPES.AssignmentPattern && binding.parent.left === binding ? binding.parent.parent : undefined;
  if (inPattern?.type !== AST_NODE_TYPES.Property && inPattern?.type !== AST_NODE_TYPES.ArrayPattern) return undefined;
  if (variable!.references.some((reference) => reference.isWrite() && !reference.init)) return undefined;
  return heldAt(sourceCode, tracker, binding!)?.tracked;
}

type Held = { tracked: TrackedClass; object: string };

/**
 * What the value at a pattern position holds (`position` is the pattern, or a binding in one):
 * asked of the tracker for the expression the value comes from, or read off the annotation.
 * An annotation decides; a default counts only where nothing else says what the value is.
 */
function heldAt(sourceCode: Readonly<TSESLint.SourceCode>, tracker: InstanceTracker, position: TSESTree.Node, depth = 0): Held | undefined {
  if (depth > 8) return undefined;
  const text = (node: TSESTree.Node): string => sourceCode.getText(node);
  const valueHeld = (value: TSESTree.Node, object = text(value)): Held | undefined => {
    const tracked = tracker.instanceOf(value);
    return tracked && { tracked, object };
  };
  // `for (const { id } of team)`, `team.map(({ id }) => id)`, `const [{ id }] = team`: an element,
  // what the tracker says the array's elements hold.
  const elementHeld = (array: TSESTree.Node): Held | undefined => {
    const tracked = tracker.elementOf(array);
    return tracked && { tracked, object: elementName(array) };
  };
  // An element is named as one of its array's (`team[…]`); one of a set, which has no index, as the pattern.
  const elementName = (array: TSESTree.Node): string => (tracker.elementOf(array, true) ? `${text(array)}[…]` : text(position));
  // An annotation decides (`({ messages }: Session)`); the tracker reads those of bindings itself.
  if (position.type === AST_NODE_TYPES.ObjectPattern && position.typeAnnotation) {
    const annotation = position.typeAnnotation.typeAnnotation;
    const tracked = tracker.classOf(annotation);
    return tracked && { tracked, object: text(annotation) };
  }
  if ((position.type === AST_NODE_TYPES.Identifier || position.type === AST_NODE_TYPES.ArrayPattern) && position.typeAnnotation) return undefined;
  const parent = position.parent;
  let held: Held | undefined;
  switch (parent?.type) {
    case AST_NODE_TYPES.VariableDeclarator: {
      if (parent.id !== position) break;
      if (parent.init) held = valueHeld(parent.init);
      else {
        const loop = parent.parent.parent;
        if (loop?.type === AST_NODE_TYPES.ForOfStatement && loop.left === parent.parent && !loop.await) held = elementHeld(loop.right);
      }
      break;
    }
    case AST_NODE_TYPES.AssignmentExpression:
      if (parent.left === position) held = valueHeld(parent.right);
      break;
    case AST_NODE_TYPES.ForOfStatement:
      if (parent.left === position && !parent.await) held = elementHeld(parent.right);
      break;
    case AST_NODE_TYPES.AssignmentPattern:
      // `({ session = shared }: Deps)`: what the outer pattern says; else the default's instance.
      if (parent.left === position) held = heldAt(sourceCode, tracker, parent, depth + 1) ?? valueHeld(parent.right);
      break;
    case AST_NODE_TYPES.Property: {
      const outer = parent.parent;
      const key = staticKeyName(parent.key, parent.computed);
      if (parent.value !== position || outer.type !== AST_NODE_TYPES.ObjectPattern || key === undefined) break;
      const outerType = outer.typeAnnotation?.typeAnnotation;
      if (outerType) {
        const tracked = tracker.typePropertyOf(outerType, key);
        held = tracked && { tracked, object: key };
      } else {
        // `const { session: { id } } = this`: the tracker's answer for `this.session`.
        const source = valueSourceOf(outer);
        const tracked = source && tracker.propertyOf(source, key);
        held = tracked && { tracked, object: `${text(source!)}.${key}` };
      }
      break;
    }
    case AST_NODE_TYPES.ArrayPattern: {
      const source = valueSourceOf(parent);
      if (source) held = elementHeld(source);
      break;
    }
    case AST_NODE_TYPES.ArrowFunctionExpression:
    case AST_NODE_TYPES.FunctionExpression: {
      // `team.map(({ id }) => id)`, `byName.forEach(({ id }) => …)`, `p.then(({ id }) => …)`: the first parameter of a callback.
      if (parent.params[0] !== position) break;
      const tracked = tracker.callbackParameterOf(parent);
      const call = parent.parent;
      const array = call?.type === AST_NODE_TYPES.CallExpression && call.callee.type === AST_NODE_TYPES.MemberExpression ? call.callee.object : undefined;
      // A map's value or a promise's result is named as the pattern.
      held = tracked && { tracked, object: array ? elementName(array) : text(position) };
      break;
    }
    default:
      break;
  }
  // With type information, the pattern's own type.
  return held ?? (position.type === AST_NODE_TYPES.ObjectPattern ? valueHeld(position, text(position)) : undefined);
}


/** The expression a pattern destructures: `const [a] = e`, `[a] = e`. */
function valueSourceOf(pattern: TSESTree.ObjectPattern | TSESTree.ArrayPattern): TSESTree.Expression | undefined {
  const parent = pattern.parent;
  if (parent?.type === AST_NODE_TYPES.VariableDeclarator && parent.id === pattern && parent.init) return parent.init;
  if (parent?.type === AST_NODE_TYPES.AssignmentExpression && parent.left === pattern) return parent.right;
  return undefined;
}


/** Whether `name` is a 1.x member of some tracked class (`load` included): the cheap first check of a listener. */
export function isLegacyMemberName(name: string): boolean {
  return name === 'load' || isTableKey(sessionMemberMoves, name) || isTableKey(memoryRemovedMembers, name);
}

/**
 * `typeof s.id`, `ReturnType<typeof s.generate>`, `typeof m.addToWorkingMemory`: the instance
 * whose 1.x member a type query names.
 */
export function typeQueriedMember(sourceCode: Readonly<TSESLint.SourceCode>, tracker: InstanceTracker, node: TSESTree.TSQualifiedName): TrackedClass | undefined {
  const table = tableFor(node.right.name);
  if (!table) return undefined;
  const tracked = instanceAt(sourceCode, tracker, node.left, node.right.name);
  return legacyMembersOf(tracked) === table ? tracked : undefined;
}

/**
 * `Session['generate']`, `Awaited<ReturnType<Session['generate']>>`, `HierarchicalMemory['addToWorkingMemory']`:
 * an indexed access type that names a 1.x member of the class (in either version: the member type
 * is gone from the 2.0 class).
 */
export function indexedLegacyMember(
  tracker: InstanceTracker,
  node: TSESTree.TSIndexedAccessType,
): { tracked: TrackedClass; member: string } | undefined {
  const member = indexedName(node);
  const table = member === undefined ? undefined : tableFor(member);
  if (!table) return undefined;
  const tracked = tracker.classOf(node.objectType);
  return legacyMembersOf(tracked) === table ? { tracked: tracked!, member: member! } : undefined;
}

/** The member an indexed access type names by a string literal: `'generate'` in `T['generate']`. */
export function indexedName(node: TSESTree.TSIndexedAccessType): string | undefined {
  const index = node.indexType;
  return index.type === AST_NODE_TYPES.TSLiteralType && index.literal.type === AST_NODE_TYPES.Literal && typeof index.literal.value === 'string'
    ? index.literal.value
    : undefined;
}

/** The member table a 1.x member name belongs to (the names of the two tables do not overlap). */
function tableFor(name: string): object | undefined {
  if (isTableKey(sessionMemberMoves, name)) return sessionMemberMoves;
  return isTableKey(memoryRemovedMembers, name) ? memoryRemovedMembers : undefined;
}

/**
 * `vi.spyOn(session, 'generate')`, `jest.spyOn(Session, 'load')`, `vi.spyOn(memory, 'addToWorkingMemory')`:
 * a test runner's spy on a 1.x member of a tracked class.
 */
export function spiedLegacyMember(
  sourceCode: Readonly<TSESLint.SourceCode>,
  tracker: InstanceTracker,
  call: TSESTree.CallExpression,
): { target: TSESTree.Node; member: string; tracked: TrackedClass } | undefined {
  const { callee } = call;
  if (callee.type !== AST_NODE_TYPES.MemberExpression || callee.computed || callee.object.type !== AST_NODE_TYPES.Identifier) return undefined;
  const [target] = call.arguments;
  const member = staticString(call.arguments[1]);
  if (!target || member === undefined || !isLegacyMemberName(member)) return undefined;
  if (!isTestRunner(sourceCode, callee.object)) return undefined;
  if (member === 'load') {
    const tracked = tracker.classOf(target);
    return tracked?.legacyName === 'Session' ? { target, member, tracked } : undefined;
  }
  const tracked = instanceAt(sourceCode, tracker, target, member);
  return tracked && legacyMembersOf(tracked) === tableFor(member) ? { target, member, tracked } : undefined;
}

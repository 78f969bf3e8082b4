import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/types';
import { createRule } from '../create-rule.js';
import {
  defaultProvider,
  generateOptionMoves,
  isTableKey,
  legacyPackage,
  sessionMemberMoves,
  type TrackedClass,
} from '../migration-table.js';
import {
  type Edit,
  isInTypeQuery,
  isStatementListItem,
  isWritten,
  lineEndingOf,
  lineIndentAt,
  mayName,
  memberKey,
  objectAsWritten,
  staticKeyName,
  staticString,
  suppressedLines,
} from '../utils/ast.js';
import { leadingSemicolonOf, writtenRange } from '../utils/imports.js';
import { type InstanceTracker, fieldDeclarationsOf, instanceTrackerFor } from '../utils/instances.js';
import { destructuredLegacyMembers, indexedLegacyMember, indexedName, instanceAt, spiedLegacyMember, typeQueriedMember } from '../utils/named-members.js';
import { NestedFixes } from '../utils/nested-fixes.js';
import { hasLegacyAttributes, hasLegacyOptions, mapObjectOptions, unmappableOptionsReason } from '../utils/options.js';
import { jsxTagIdentifier, resolveName } from '../utils/scope.js';
import { hasTypeInformation } from '../utils/typed.js';

export type MessageIds =
  | 'legacyMember'
  | 'legacyMemberManual'
  | 'legacyMemberBeforeImport'
  | 'legacyOptions'
  | 'legacyOptionsManual'
  | 'legacyAttributes'
  | 'legacyOverride'
  | 'legacyOptionsBeforeImport'
  | 'load'
  | 'loadBeforeImport'
  | 'spiedMember'
  | 'suggestLoadState';

type Context = Readonly<TSESLint.RuleContext<MessageIds, []>>;
type MemberName = keyof typeof sessionMemberMoves;

const legacyMemberNames = new Set<string>([...Object.keys(sessionMemberMoves), 'load']);

export default createRule<[], MessageIds>({
  name: 'no-deprecated-session',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow abstractllm 1.x `Session` options and members, rewriting them for the 2.0 `Agent`',
      recommended: true,
      requiresTypeChecking: false,
    },
    fixable: 'code',
    hasSuggestions: true,
    schema: [],
    messages: {
      legacyMember: '`{{object}}.{{member}}` is 1.x `Session` API: on an `Agent` it is `{{object}}.{{replacement}}`.',
      legacyMemberManual:
        '`{{object}}.{{member}}` is 1.x `Session` API (on an `Agent`: `{{object}}.{{replacement}}`); this use ({{reason}}) cannot be rewritten safely: change it by hand.',
      legacyMemberBeforeImport:
        '`{{object}}.{{member}}` is 1.x `Session` API (on an `Agent`: `{{object}}.{{replacement}}`). Migrate the import first (abstractllm/no-deprecated-imports); this use is fixed after it.',
      legacyOptions: '`new {{className}}(…)` takes 1.x `Session` options: 2.0 `AgentOptions` are `{{shape}}`.',
      legacyOptionsManual:
        '`new {{className}}(…)` takes 1.x `Session` options that cannot be rewritten safely ({{reason}}): write 2.0 `AgentOptions` by hand.',
      legacyAttributes:
        '`<{{className}} … />` takes 1.x `Session` options as attributes, which no fix rewrites: write 2.0 `AgentOptions` by hand.',
      legacyOverride:
        '`{{className}}` extends `{{base}}` and declares the 1.x `Session` member `{{member}}`, which 2.0 replaced with `{{replacement}}`: 2.0 code that calls `{{replacement}}` never reaches it. Move the override by hand.',
      legacyOptionsBeforeImport:
        '`new {{className}}(…)` takes 1.x `Session` options. Migrate the import first (abstractllm/no-deprecated-imports); the options are rewritten after it.',
      load: '`{{className}}.load(path)` has no 2.0 equivalent: create `new Agent({ llmConfig: { provider: \'ollama\' } })` and call `.loadState(path)` on it.',
      loadBeforeImport:
        '`{{className}}.load(path)` has no 2.0 equivalent (create an `Agent`, then `.loadState(path)`). Migrate the import first (abstractllm/no-deprecated-imports).',
      spiedMember:
        '`{{call}}` names the 1.x `Session` member `{{member}}`: an `Agent` has `{{replacement}}` instead, with other arguments and results. Change the spy and what it mocks by hand.',
      suggestLoadState: 'Create the Agent, then call `.loadState(…)` on it.',
    },
  },
  defaultOptions: [],
  create(context) {
    const { sourceCode } = context;
    // Without type information an instance can only come from a class imported in this file.
    if (!hasTypeInformation(sourceCode) && !mayName(sourceCode.text, [legacyPackage, 'abstractagent'])) return {};

    const members: TSESTree.MemberExpression[] = [];
    const constructions: TSESTree.NewExpression[] = [];
    const spies: TSESTree.CallExpression[] = [];
    // Members named without a member expression: `const { generate } = s`, `typeof s.id`.
    const patterns: TSESTree.ObjectPattern[] = [];
    const typeQueries: TSESTree.TSQualifiedName[] = [];
    const indexedTypes: TSESTree.TSIndexedAccessType[] = [];
    const elements: TSESTree.JSXOpeningElement[] = [];
    const subclasses: (TSESTree.ClassDeclaration | TSESTree.ClassExpression)[] = [];
    return {
      MemberExpression(node) {
        const name = staticKeyName(node.property, node.computed);
        if (name !== undefined && legacyMemberNames.has(name)) members.push(node);
      },
      ObjectPattern(node) {
        patterns.push(node);
      },
      TSQualifiedName(node) {
        if (legacyMemberNames.has(node.right.name) && node.left.type === AST_NODE_TYPES.Identifier && isInTypeQuery(node)) typeQueries.push(node);
      },
      // `Session['generate']`: the type of a 1.x member, by name.
      TSIndexedAccessType(node) {
        const name = indexedName(node);
        if (name !== undefined && legacyMemberNames.has(name)) indexedTypes.push(node);
      },
      NewExpression(node) {
        constructions.push(node);
      },
      // `<Agent provider="openai" />` constructs the class with its attributes as options.
      JSXOpeningElement(node) {
        if (jsxTagIdentifier(node.name)) elements.push(node);
      },
      // `class Traced extends Agent { generate() { … } }` overrides a member 2.0 no longer has.
      'ClassDeclaration, ClassExpression'(node: TSESTree.ClassDeclaration | TSESTree.ClassExpression) {
        if (node.superClass) subclasses.push(node);
      },
      // `vi.spyOn(session, 'generate')` names a member by string: no member expression to see.
      'CallExpression[callee.property.name="spyOn"]'(node: TSESTree.CallExpression) {
        const member = staticString(node.arguments[1]);
        if (member !== undefined && legacyMemberNames.has(member)) spies.push(node);
      },
      'Program:exit'() {
        if (
          members.length === 0 &&
          constructions.length === 0 &&
          spies.length === 0 &&
          patterns.length === 0 &&
          typeQueries.length === 0 &&
          indexedTypes.length === 0 &&
          elements.length === 0 &&
          subclasses.length === 0
        ) {
          return;
        }
        const tracker = instanceTrackerFor(sourceCode);
        const fixes = new NestedFixes<MessageIds>(sourceCode);
        // The 1.x members the file's own subclasses of the 2.0 class declare (`class Traced extends Agent { generate() … }`).
        const overrides = subclasses.map((node) => legacyOverridesOf(context, tracker, node));
        const overridden = new Set(overrides.flatMap((found) => found?.members.map((member) => member.name) ?? []));
        for (const node of members) checkMember(context, tracker, node, fixes, overridden);
        for (const node of patterns) checkDestructuring(context, tracker, node);
        for (const node of typeQueries) checkTypeQuery(context, tracker, node);
        for (const node of indexedTypes) checkIndexedType(context, tracker, node);
        // Innermost first: an options rewrite writes the fixes planned inside it into its text.
        const innermostFirst = [...constructions].sort((a, b) => a.range[1] - a.range[0] - (b.range[1] - b.range[0]));
        for (const node of innermostFirst) checkConstruction(context, tracker, node, fixes);
        for (const node of spies) checkSpy(context, tracker, node);
        for (const node of elements) checkElement(context, tracker, node);
        for (const found of overrides) if (found) reportOverrides(context, found);
        fixes.report(context);
      },
    };
  },
});

/**
 * `<Agent provider="openai" />`: an element of the 2.0 class given 1.x options as attributes. No fix
 * rewrites attributes; for the 1.x class, no-deprecated-imports holds the rename back instead.
 */
function checkElement(context: Context, tracker: InstanceTracker, node: TSESTree.JSXOpeningElement): void {
  const tracked = tracker.classOf(node.name);
  if (tracked?.legacyName !== 'Session' || tracked.version !== 2 || !hasLegacyAttributes(node)) return;
  const className = context.sourceCode.getText(node.name);
  context.report({ node, messageId: 'legacyAttributes', data: { className } });
}

/**
 * `class Traced extends Agent { generate(p) { … } }`: a subclass of the 2.0 class that declares a
 * 1.x member. It looks like valid 2.0 code, but 2.0 calls `chat`, not the override (D7). Of the
 * 1.x class, no-deprecated-imports holds the rename back instead.
 */
function legacyOverridesOf(
  context: Context,
  tracker: InstanceTracker,
  node: TSESTree.ClassDeclaration | TSESTree.ClassExpression,
): { className: string; base: string; members: { name: MemberName; key: TSESTree.Node }[] } | undefined {
  // `class Traced extends Base` where `class Base extends Agent {}`: through the file's own classes.
  let tracked: TrackedClass | undefined;
  for (let superClass: TSESTree.Node | null | undefined = node.superClass, depth = 0; superClass && !tracked && depth < 16; depth++) {
    tracked = tracker.classOf(superClass);
    superClass = tracked ? undefined : localSuperClassOf(context, superClass);
  }
  if (tracked?.legacyName !== 'Session' || tracked.version !== 2) return undefined;
  const className = node.id?.name ?? '(anonymous class)';
  const base = context.sourceCode.getText(node.superClass!);
  // Its fields, getters and constructor parameter properties (`constructor(public id: string)`), and its methods.
  const methods = node.body.body.flatMap((member) => {
    const isMethod = member.type === AST_NODE_TYPES.MethodDefinition || member.type === AST_NODE_TYPES.TSAbstractMethodDefinition;
    if (!isMethod || member.kind === 'constructor' || member.kind === 'get' || member.static) return [];
    const name = memberKey(member.key, member.computed);
    return name === undefined ? [] : [{ name, key: member.key as TSESTree.Node }];
  });
  const declared = [...fieldDeclarationsOf(node.body), ...methods].sort((a, b) => a.key.range[0] - b.key.range[0]);
  const members = declared.flatMap(({ name, key }) => (isTableKey(sessionMemberMoves, name) ? [{ name, key }] : []));
  return { className, base, members };
}

function reportOverrides(context: Context, { className, base, members }: NonNullable<ReturnType<typeof legacyOverridesOf>>): void {
  for (const { name, key } of members) {
    context.report({ node: key, messageId: 'legacyOverride', data: { className, base, member: name, replacement: replacementOf(name) } });
  }
}

/** What 2.0 has instead of a 1.x member, as the messages write it: `chat(…)`, `session.id`. */
function replacementOf(member: MemberName): string {
  const move = sessionMemberMoves[member];
  return move.kind === 'call' ? `${move.to}(…)` : move.to;
}

/** The class a class of this file extends: `Agent` for `Base` in `class Base extends Agent {}` (or `const Base = class extends Agent {}`). */
function localSuperClassOf(context: Context, node: TSESTree.Node): TSESTree.Node | null | undefined {
  if (node.type !== AST_NODE_TYPES.Identifier) return undefined;
  const def = resolveName(context.sourceCode.getScope(node), node.name)?.defs[0];
  if (def?.type === 'ClassName') return (def.node as TSESTree.ClassDeclaration).superClass;
  const init = def?.node.type === AST_NODE_TYPES.VariableDeclarator && def.node.id === def.name ? def.node.init : undefined;
  return init?.type === AST_NODE_TYPES.ClassExpression ? init.superClass : undefined;
}

function checkConstruction(context: Context, tracker: InstanceTracker, node: TSESTree.NewExpression, fixes: NestedFixes<MessageIds>): void {
  const tracked = tracker.classOf(node.callee);
  if (tracked?.legacyName !== 'Session') return;
  const { sourceCode } = context;
  const className = sourceCode.getText(node.callee);
  const [options] = node.arguments;
  if (tracked.version === 1) {
    // Options no fix can rewrite keep the import at 1.x (no-deprecated-imports, D7): say so now.
    const reason =
      node.arguments.length === 0
        ? undefined
        : options?.type !== AST_NODE_TYPES.ObjectExpression || node.arguments.length > 1
          ? 'options that are not an object literal'
          : unmappableOptionsReason(sourceCode, options);
    context.report(
      reason
        ? { node, messageId: 'legacyOptionsManual', data: { className, reason } }
        : { node, messageId: 'legacyOptionsBeforeImport', data: { className } },
    );
    return;
  }
  if (node.arguments.length === 0) {
    const shape = `{ llmConfig: { provider: '${defaultProvider}' } }`;
    // With no arguments, an argument list is `()` at the very end: in `new (Session)` the last
    // `)` closes the parenthesised callee instead.
    const closing = sourceCode.getLastToken(node);
    const opening = closing && sourceCode.getTokenBefore(closing);
    const hasArgumentList = closing?.value === ')' && opening?.value === '(' && opening.range[0] >= node.callee.range[1];
    fixes.add({
      descriptor: { node, messageId: 'legacyOptions', data: { className, shape } },
      edits: [
        hasArgumentList
          ? { range: [closing.range[0], closing.range[0]], text: shape }
          : { range: [node.range[1], node.range[1]], text: `(${shape})` },
      ],
    });
    return;
  }
  if (!hasLegacyOptions(node)) return; // 2.0 options, or not ours to judge
  if (options?.type !== AST_NODE_TYPES.ObjectExpression) {
    // `new Agent({ provider: 'openai' } as any)`: 1.x options the assertion keeps from being checked.
    context.report({ node, messageId: 'legacyOptionsManual', data: { className, reason: 'options under a type assertion' } });
    return;
  }
  if (expectsAnError(sourceCode, options)) {
    context.report({ node: options, messageId: 'legacyOptionsManual', data: { className, reason: expectErrorReason } });
    return;
  }
  const mapped = mapObjectOptions(sourceCode, options, (value) => fixes.textOf(value));
  if ('reason' in mapped) {
    context.report({ node: options, messageId: 'legacyOptionsManual', data: { className, reason: mapped.reason } });
    return;
  }
  fixes.add({
    descriptor: {
      node: options,
      messageId: 'legacyOptions',
      data: { className, shape: '{ llmConfig: { provider, model }, memoryConfig, tools, enableReasoning, enableRetry }' },
    },
    edits: [{ range: options.range, text: mapped.text }],
  });
}

function checkMember(context: Context, tracker: InstanceTracker, node: TSESTree.MemberExpression, fixes: NestedFixes<MessageIds>, overridden: ReadonlySet<string>): void {
  const { sourceCode } = context;
  const name = staticKeyName(node.property, node.computed)!;
  if (name === 'load') return checkLoad(context, tracker, node);
  const tracked = instanceAt(sourceCode, tracker, node.object, name);
  if (tracked?.legacyName !== 'Session') {
    // `this.#session.generate(…)` where the field holds an Agent on some paths and a stub on
    // others: no fix is safe, and after the rename the use must not pass for 2.0 code (D7).
    const maybe = tracked ? undefined : tracker.maybeHeld(node.object);
    if (maybe?.legacyName === 'Session' && maybe.version === 2 && tracker.ownsMember(maybe, name)) {
      reportManualUse(context, node, 2, { object: objectAsWritten(sourceCode, node), member: name as MemberName }, 'it holds an Agent on some paths only');
    }
    return;
  }
  const move = sessionMemberMoves[name as MemberName];
  const object = objectAsWritten(sourceCode, node);
  const data = { object, member: name, replacement: replacementOf(name as MemberName) };
  if (tracked.version === 1) {
    context.report({ node, messageId: 'legacyMemberBeforeImport', data });
    return;
  }
  const manual = (reason: string): void => context.report({ node, messageId: 'legacyMemberManual', data: { ...data, reason } });
  // `t.generate(…)` for `t: Agent` may call `Traced`'s own `generate`: `chat` would skip it
  // (`super.generate(…)` and `new Agent(…).generate(…)` are the class's own).
  const exact = node.object.type === AST_NODE_TYPES.Super || node.object.type === AST_NODE_TYPES.NewExpression;
  if (overridden.has(name) && !exact) return manual('a subclass of this file declares it');
  if (node.computed) return manual('computed member access');
  if (expectsAnError(sourceCode, node.property)) return manual(expectErrorReason);
  // `s?.generate(p)`, `s.generate?.(p)`, `s?.messages`: the chain stops where it stopped before
  // (a nullish `s`), and a 1.x member was always there to call; the same edits keep the meaning.
  const parent = node.parent;
  if (move.kind === 'read') {
    if (isWritten(node) || (parent.type === AST_NODE_TYPES.CallExpression && parent.callee === node)) return manual('not a plain read');
    fixes.add({ descriptor: { node, messageId: 'legacyMember', data }, edits: [{ range: node.property.range, text: move.to }] });
    return;
  }
  if (parent.type !== AST_NODE_TYPES.CallExpression || parent.callee !== node) {
    return manual('not a direct call');
  }
  const edits = callEdits(sourceCode, parent, name as MemberName);
  if ('reason' in edits) return manual(edits.reason);
  fixes.add({ descriptor: { node, messageId: 'legacyMember', data }, edits });
}

/**
 * `const { generate } = s` (and `({ id } = s)`, `function f({ messages }: Session)`): a 1.x
 * member taken by name. Reported without a fix (MIGRATION.md E), before and after the import's
 * rename, so that the rename never hides it (D7).
 */
function checkDestructuring(context: Context, tracker: InstanceTracker, pattern: TSESTree.ObjectPattern): void {
  const taken = destructuredLegacyMembers(context.sourceCode, tracker, pattern);
  if (taken?.tracked.legacyName !== 'Session') return;
  const { object } = taken;
  for (const { property, name } of taken.members) {
    reportManualUse(context, property, taken.tracked.version, { object, member: name as MemberName }, 'destructuring');
  }
}

/** `typeof s.id`, `ReturnType<typeof s.generate>`: the type of a 1.x member, which the `Agent` member does not have. */
function checkTypeQuery(context: Context, tracker: InstanceTracker, node: TSESTree.TSQualifiedName): void {
  const tracked = typeQueriedMember(context.sourceCode, tracker, node);
  if (tracked?.legacyName !== 'Session') return;
  reportManualUse(context, node, tracked.version, { object: context.sourceCode.getText(node.left), member: node.right.name as MemberName }, 'a type query');
}

/** `Session['generate']`, `Agent['messages']`: the type of a 1.x member, which the `Agent` does not have. */
function checkIndexedType(context: Context, tracker: InstanceTracker, node: TSESTree.TSIndexedAccessType): void {
  const indexed = indexedLegacyMember(tracker, node);
  if (indexed?.tracked.legacyName !== 'Session') return;
  const use = { object: context.sourceCode.getText(node.objectType), member: indexed.member as MemberName };
  reportManualUse(context, node, indexed.tracked.version, use, 'an indexed access type');
}

function reportManualUse(context: Context, node: TSESTree.Node, version: 1 | 2, use: { object: string; member: MemberName }, reason: string): void {
  const data = { ...use, replacement: replacementOf(use.member) };
  if (version === 1) context.report({ node, messageId: 'legacyMemberBeforeImport', data });
  else context.report({ node, messageId: 'legacyMemberManual', data: { ...data, reason } });
}

/**
 * Whether a `// @ts-expect-error` covers a line of `node`: in a half-migrated file it silences the
 * 2.0 error a 1.x use is (`agent.generate(…)` on an `Agent`), and once the fix removes that error the
 * directive is an error itself (TS2578). Which error it expects is not known here, so such a use is
 * left for a person.
 */
function expectsAnError(sourceCode: Readonly<TSESLint.SourceCode>, node: TSESTree.Node): boolean {
  const lines = suppressedLines(sourceCode, 'expect-error');
  if (lines.size === 0) return false;
  for (let line = node.loc.start.line; line <= node.loc.end.line; line++) if (lines.has(line)) return true;
  return false;
}
const expectErrorReason = 'a // @ts-expect-error expects the error the fix would remove';

/** The edits of a member call: the member name, and the `generate` options (MIGRATION.md E). */
function callEdits(
  sourceCode: Readonly<TSESLint.SourceCode>,
  call: TSESTree.CallExpression,
  name: MemberName,
): Edit[] | { reason: string } {
  const member = call.callee as TSESTree.MemberExpression;
  const move = sessionMemberMoves[name];
  const edits: Edit[] = [{ range: member.property.range, text: move.to }];
  if (name !== 'generate' && name !== 'generateWithTools') return edits;
  if (call.arguments.some((argument) => argument.type === AST_NODE_TYPES.SpreadElement)) return { reason: 'spread arguments' };
  if (call.arguments.length > 2) return { reason: 'more than two arguments' };
  const [prompt, options] = call.arguments;
  const withTools = name === 'generateWithTools';
  if (options) {
    if (options.type !== AST_NODE_TYPES.ObjectExpression) return { reason: 'options that are not an object literal' };
    for (const property of options.properties) {
      if (property.type !== AST_NODE_TYPES.Property || property.computed || property.kind !== 'init' || property.method) {
        return { reason: 'options with a spread, computed key or method' };
      }
      const key = staticKeyName(property.key, false);
      if (key === undefined || !isTableKey(generateOptionMoves, key) || (withTools && key === 'useTools')) {
        return { reason: `an option '${key ?? '…'}' 2.0 has no place for` };
      }
      const newKey = generateOptionMoves[key];
      if (newKey !== key) {
        edits.push(
          property.shorthand
            ? { range: property.range, text: `${newKey}: ${sourceCode.getText(property.value)}` }
            : { range: property.key.range, text: newKey },
        );
      }
    }
    if (withTools) {
      const last = options.properties.at(-1);
      if (!last) {
        // `{}` → `{ useTools: true }`; comments in it stay, the option goes after them.
        const close = sourceCode.getLastToken(options)!;
        const lastComment = sourceCode.getCommentsBefore(close).at(-1);
        if (!lastComment) edits.push({ range: options.range, text: '{ useTools: true }' });
        else if (lastComment.loc.end.line === close.loc.start.line) {
          const space = lastComment.range[1] === close.range[0] ? ' ' : '';
          edits.push({ range: [close.range[0], close.range[0]], text: `${space}useTools: true ` });
        } else {
          // On a line of its own, indented like the comment (or one step in from the brace's line).
          const open = sourceCode.getFirstToken(options)!;
          const text = sourceCode.text;
          const indent =
            lastComment.loc.start.line === open.loc.end.line ? `${lineIndentAt(text, close.range[0])}  ` : lineIndentAt(text, lastComment.range[0]);
          edits.push({ range: [lastComment.range[1], lastComment.range[1]], text: `${lineEndingOf(text)}${indent}useTools: true` });
        }
      } else {
        const afterLast = sourceCode.getTokenAfter(last)!;
        edits.push(
          afterLast.value === ','
            ? { range: [afterLast.range[1], afterLast.range[1]], text: ' useTools: true,' }
            : { range: [last.range[1], last.range[1]], text: ', useTools: true' },
        );
      }
    }
    return edits;
  }
  if (!withTools) return edits;
  // generateWithTools(p) → chat(p, { useTools: true }); generateWithTools() → chat(undefined, { useTools: true })
  const closing = sourceCode.getLastToken(call)!;
  const beforeClosing = sourceCode.getTokenBefore(closing)!;
  if (!prompt) edits.push({ range: [closing.range[0], closing.range[0]], text: 'undefined, { useTools: true }' });
  else if (beforeClosing.value === ',') edits.push({ range: [closing.range[0], closing.range[0]], text: ' { useTools: true }' });
  // After the prompt's last token, so that a parenthesised prompt `((p))` stays whole.
  else edits.push({ range: [beforeClosing.range[1], beforeClosing.range[1]], text: ', { useTools: true }' });
  return edits;
}

/**
 * `vi.spyOn(session, 'generate')` / `jest.spyOn(Session, 'load')`: a spy on a 1.x member. Reported
 * with no fix, before and after the import's rename (D7): the spy's replacement and what it mocks
 * (`chat` takes other options and `load` has no 2.0 counterpart) are a person's call.
 */
function checkSpy(context: Context, tracker: InstanceTracker, node: TSESTree.CallExpression): void {
  const spied = spiedLegacyMember(context.sourceCode, tracker, node);
  if (spied?.tracked.legacyName !== 'Session') return;
  const { target, member } = spied;
  const callee = node.callee as TSESTree.MemberExpression;
  const replacement = member === 'load' ? 'loadState (on an instance)' : sessionMemberMoves[member as MemberName].to;
  const call = `${context.sourceCode.getText(callee)}(${context.sourceCode.getText(target)}, '${member}')`;
  context.report({ node, messageId: 'spiedMember', data: { call, member, replacement } });
}

/** `Session.load(path)`: reported; a suggestion writes the two statements when it initialises a declaration. */
function checkLoad(context: Context, tracker: InstanceTracker, node: TSESTree.MemberExpression): void {
  const tracked = tracker.classOf(node.object);
  if (tracked?.legacyName !== 'Session') return;
  const { sourceCode } = context;
  const className = sourceCode.getText(node.object);
  const call = node.parent;
  if (tracked.version === 1) {
    context.report({ node, messageId: 'loadBeforeImport', data: { className } });
    return;
  }
  const declarator = call.parent;
  const declaration = declarator?.parent;
  // `export const a = Agent.load(p)`: the statement is the export.
  const statement = declaration?.parent?.type === AST_NODE_TYPES.ExportNamedDeclaration ? declaration.parent : declaration;
  const suggestable =
    call.type === AST_NODE_TYPES.CallExpression &&
    call.callee === node &&
    call.arguments.length === 1 &&
    call.arguments[0]?.type !== AST_NODE_TYPES.SpreadElement &&
    declarator?.type === AST_NODE_TYPES.VariableDeclarator &&
    declarator.init === call &&
    declarator.id.type === AST_NODE_TYPES.Identifier &&
    declaration?.type === AST_NODE_TYPES.VariableDeclaration &&
    (declaration.kind === 'const' || declaration.kind === 'let') &&
    declaration.declarations.length === 1 &&
    !!statement &&
    isStatementListItem(statement);
  if (!suggestable) {
    context.report({ node, messageId: 'load', data: { className } });
    return;
  }
  const id = declarator.id as TSESTree.Identifier;
  const text = sourceCode.text;
  // The argument as written between the parentheses, comments and a trailing comma included.
  const open = sourceCode.getTokenAfter(node, { filter: (token) => token.value === '(' })!;
  const close = sourceCode.getLastToken(call)!;
  const path = text.slice(open.range[1], close.range[0]).trim();
  // `Agent.load(p, // why` then `)`: a line comment in the argument needs the `)` on a line of its own.
  const lineComment = sourceCode.getCommentsInside(call).some((comment) => comment.type === 'Line' && comment.range[0] > open.range[0]);
  const indent = lineIndentAt(text, statement.range[0]);
  const eol = lineEndingOf(text);
  // Written after the statement, keeping its semicolon style; a `;` that begins the next line
  // (`let a = Agent.load(p)` then `;[a].forEach(…)`) stays where it is, guarding that line.
  const semi = sourceCode.getLastToken(statement)!.value === ';' && !leadingSemicolonOf(sourceCode, statement) ? ';' : '';
  const at = writtenRange(sourceCode, statement)[1];
  context.report({
    node,
    messageId: 'load',
    data: { className },
    suggest: [
      {
        messageId: 'suggestLoadState',
        // Only the call and the new line change: comments around them stay.
        fix: (fixer) => [
          fixer.replaceText(call, `new ${newable(node.object, className)}({ llmConfig: { provider: '${defaultProvider}' } })`),
          fixer.insertTextAfterRange([at, at], `${eol}${indent}${id.name}.loadState(${path}${lineComment ? eol + indent : ''})${semi}`),
        ],
      },
    ],
  });
}

/**
 * A class expression as the callee of `new`: as written when it is a chain of names
 * (`Agent`, `agents.Agent`), in parentheses otherwise. `new require('abstractagent').Agent(…)`
 * would call `require` with `new` and then call the class without it.
 */
function newable(node: TSESTree.Node, text: string): string {
  let current = node;
  while (current.type === AST_NODE_TYPES.MemberExpression && !current.optional) current = current.object;
  return current.type === AST_NODE_TYPES.Identifier || current.type === AST_NODE_TYPES.ThisExpression ? text : `(${text})`;
}


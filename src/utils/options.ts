import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/types';
import { defaultProvider, isTableKey, sessionOptionMoves } from '../migration-table.js';
import { hasCommentInside, indentOf, isTypeWrapper, itemText, lineEndingOf, lineIndentAt, staticKeyName } from './ast.js';
import { resolveName } from './scope.js';

type SourceCode = Readonly<TSESLint.SourceCode>;
type OptionName = keyof typeof sessionOptionMoves;

const agentOptionKeys = new Set(['llmConfig', 'memoryConfig', 'tools', 'enableReasoning', 'enableRetry']);

/**
 * Whether `new Agent(…)` is given 1.x `Session` options: no argument, or an object literal (also
 * under a type assertion) with a 1.x-only key or without `llmConfig`. A non-literal argument is
 * taken for 2.0 options.
 */
export function hasLegacyOptions(node: TSESTree.NewExpression): boolean {
  if (node.arguments.length === 0) return true;
  // `{ provider: 'openai' } as any` is a literal of 1.x options too, only unchecked.
  let options = node.arguments.length === 1 ? node.arguments[0] : undefined;
  while (options && isTypeWrapper(options)) options = options.expression;
  if (options?.type !== AST_NODE_TYPES.ObjectExpression) return false;
  return areLegacyOptionKeys(options.properties.map((p) => (p.type === AST_NODE_TYPES.Property ? staticKeyName(p.key, p.computed) : undefined)));
}

/**
 * Whether a JSX element's attributes are 1.x `Session` options (`<Agent provider="openai" />`,
 * which TypeScript checks as a construction with them): false with a spread, not ours to judge.
 */
export function hasLegacyAttributes(element: TSESTree.JSXOpeningElement): boolean {
  const keys = element.attributes.map((attribute) =>
    attribute.type === AST_NODE_TYPES.JSXAttribute && attribute.name.type === AST_NODE_TYPES.JSXIdentifier ? attribute.name.name : undefined,
  );
  return !keys.includes(undefined) && areLegacyOptionKeys(keys);
}

/** Whether options with these keys (undefined: not static) are 1.x ones: a 1.x-only key, or no `llmConfig`. */
export function areLegacyOptionKeys(keys: readonly (string | undefined)[]): boolean {
  return keys.some((key) => key !== undefined && isTableKey(sessionOptionMoves, key) && !agentOptionKeys.has(key)) || !keys.includes('llmConfig');
}

/** An expression whose evaluation has no effect: dropping it, or evaluating it later, changes nothing. */
export function isSideEffectFree(node: TSESTree.Node): boolean {
  switch (node.type) {
    case AST_NODE_TYPES.Literal:
    case AST_NODE_TYPES.Identifier:
    case AST_NODE_TYPES.ThisExpression:
    case AST_NODE_TYPES.ArrowFunctionExpression:
    case AST_NODE_TYPES.FunctionExpression:
      return true;
    case AST_NODE_TYPES.TemplateLiteral:
      return node.expressions.every(isSideEffectFree);
    case AST_NODE_TYPES.MemberExpression:
      return isSideEffectFree(node.object) && (!node.computed || isSideEffectFree(node.property));
    case AST_NODE_TYPES.UnaryExpression:
      return node.operator !== 'delete' && isSideEffectFree(node.argument);
    // `flags.memory ? './m' : undefined`, `flags.dir ?? './m'`, `dir + '/m'` (which coerces as a
    // template does); `in` and `instanceof` may run a proxy's or a class's own code.
    case AST_NODE_TYPES.ConditionalExpression:
      return isSideEffectFree(node.test) && isSideEffectFree(node.consequent) && isSideEffectFree(node.alternate);
    case AST_NODE_TYPES.LogicalExpression:
      return isSideEffectFree(node.left) && isSideEffectFree(node.right);
    case AST_NODE_TYPES.BinaryExpression:
      return node.operator !== 'in' && node.operator !== 'instanceof' && isSideEffectFree(node.left) && isSideEffectFree(node.right);
    case AST_NODE_TYPES.TSAsExpression:
    case AST_NODE_TYPES.TSNonNullExpression:
    case AST_NODE_TYPES.TSSatisfiesExpression:
      return isSideEffectFree(node.expression);
    default:
      return false;
  }
}

/** A value that reads nothing, so it may move past any other expression. */
function isConstant(node: TSESTree.Node): boolean {
  return node.type === AST_NODE_TYPES.Literal || (node.type === AST_NODE_TYPES.TemplateLiteral && node.expressions.length === 0);
}

/**
 * An expression that can never be `null` or `undefined` by its form alone (as TypeScript judges it
 * for TS2869): `e ?? 'ollama'` would be dead code there, and a type error.
 */
function isNeverNullish(node: TSESTree.Node, voidCounts = false): boolean {
  // TypeScript judges `'x' as const` by its expression, and rejects `?? …` after one that
  // cannot be nullish (TS2869).
  if (isTypeWrapper(node)) return isNeverNullish(node.expression, voidCounts);
  switch (node.type) {
    case AST_NODE_TYPES.Literal:
      return node.value !== null || 'regex' in node || 'bigint' in node;
    case AST_NODE_TYPES.TemplateLiteral:
    case AST_NODE_TYPES.BinaryExpression:
    case AST_NODE_TYPES.ObjectExpression:
    case AST_NODE_TYPES.ArrayExpression:
    case AST_NODE_TYPES.ArrowFunctionExpression:
    case AST_NODE_TYPES.FunctionExpression:
    case AST_NODE_TYPES.ClassExpression:
    case AST_NODE_TYPES.NewExpression:
    case AST_NODE_TYPES.UpdateExpression:
      return true;
    case AST_NODE_TYPES.UnaryExpression:
      // `void e` is always undefined at run time, yet TypeScript judges it never nullish (TS2869).
      return node.operator !== 'void' || voidCounts;
    case AST_NODE_TYPES.ConditionalExpression:
      return isNeverNullish(node.consequent, voidCounts) && isNeverNullish(node.alternate, voidCounts);
    case AST_NODE_TYPES.SequenceExpression:
      return isNeverNullish(node.expressions.at(-1)!, voidCounts);
    case AST_NODE_TYPES.AssignmentExpression:
      // `p = e` is `e`; `p ??= e`, `p ||= e` and `p &&= e` may be either side; `p += 'x'` and the
      // other arithmetic ones are a string or a number.
      if (node.operator === '=') return isNeverNullish(node.right);
      return node.operator !== '??=' && node.operator !== '||=' && node.operator !== '&&=';
    default:
      return false;
  }
}

/** `undefined` or `void <side-effect-free>`: always undefined (TypeScript rejects it before `??`, TS2871). */
function isAlwaysUndefined(node: TSESTree.Node, sourceCode: SourceCode): boolean {
  // `undefined` itself, not a binding the code declares of that name (`function f(undefined) {…}`).
  if (node.type === AST_NODE_TYPES.Identifier) return node.name === 'undefined' && !resolveName(sourceCode.getScope(node), node.name)?.defs.length;
  return node.type === AST_NODE_TYPES.UnaryExpression && node.operator === 'void' && isSideEffectFree(node.argument);
}

/** Parenthesised when needed as the left operand of `??` (mixing `??` with `||`/`&&` is a syntax error). */
function asNullishOperand(node: TSESTree.Node, text: string): string {
  const safe: string[] = [
    AST_NODE_TYPES.Identifier,
    AST_NODE_TYPES.MemberExpression,
    AST_NODE_TYPES.CallExpression,
    AST_NODE_TYPES.Literal,
    AST_NODE_TYPES.TemplateLiteral,
    AST_NODE_TYPES.ThisExpression,
    AST_NODE_TYPES.TSNonNullExpression,
    AST_NODE_TYPES.ChainExpression,
  ];
  return safe.includes(node.type) ? text : `(${text})`;
}

/** Parenthesised when needed as the test of `?:`. */
function asConditionTest(node: TSESTree.Node, text: string): string {
  const unsafe: string[] = [
    AST_NODE_TYPES.ConditionalExpression,
    AST_NODE_TYPES.AssignmentExpression,
    AST_NODE_TYPES.SequenceExpression,
    AST_NODE_TYPES.ArrowFunctionExpression,
    AST_NODE_TYPES.YieldExpression,
  ];
  return unsafe.includes(node.type) ? `(${text})` : text;
}

interface OutputItem {
  /** The source position it takes: that of its first 1.x option. */
  anchor: number;
  /** Its text, written only once the whole rewrite is known to be safe. */
  write: () => string;
  /** The kept value expressions, in the order the new code evaluates them. */
  values: TSESTree.Node[];
  /** The 1.x properties whose comments travel with it. */
  properties: TSESTree.Property[];
  /** Properties the fix drops whose comments it takes, after its own. */
  adopted: TSESTree.Property[];
}

/**
 * 1.x `SessionOptions` written as an object literal → the 2.0 `AgentOptions` literal
 * (MIGRATION.md E), or the reason it cannot be rewritten safely. Every kept value is copied byte
 * for byte and evaluated exactly as often, and in the same order, as before.
 */
export function mapObjectOptions(
  sourceCode: SourceCode,
  options: TSESTree.ObjectExpression,
  /** A value's text (as written by default); a caller with fixes planned inside the values passes them in. */
  textOf?: (value: TSESTree.Node) => string,
): { text: string } | { reason: string } {
  const plan = planOptions(sourceCode, options, textOf);
  return 'reason' in plan ? plan : { text: printObject(sourceCode, options, plan.items, plan.dropped) };
}

/** Why `mapObjectOptions` would refuse these options, without writing anything; `undefined` if it would not. */
export function unmappableOptionsReason(sourceCode: SourceCode, options: TSESTree.ObjectExpression): string | undefined {
  const plan = planOptions(sourceCode, options);
  return 'reason' in plan ? plan.reason : undefined;
}

/**
 * The items of the 2.0 literal in their order, and the 1.x values none of them writes (whose
 * comments must be written with their option's), or the reason there is none: no text is read yet.
 */
function planOptions(
  sourceCode: SourceCode,
  options: TSESTree.ObjectExpression,
  textOf: (value: TSESTree.Node) => string = (value) => sourceCode.getText(value),
): { items: OutputItem[]; dropped: TSESTree.Node[] } | { reason: string } {
  const found = new Map<OptionName, { index: number; property: TSESTree.Property }>();
  for (const [index, property] of options.properties.entries()) {
    if (property.type !== AST_NODE_TYPES.Property || property.computed || property.kind !== 'init' || property.method) {
      return { reason: 'a spread, computed key or method' };
    }
    const key = staticKeyName(property.key, false);
    // A 2.0 key (`llmConfig`) among 1.x ones is a half-done migration, not an unknown option.
    if (key !== undefined && agentOptionKeys.has(key) && !isTableKey(sessionOptionMoves, key)) {
      const missing = key === 'llmConfig' ? '' : " or without 'llmConfig'";
      return { reason: `the 2.0 option '${key}' mixed with 1.x options${missing}` };
    }
    if (key === undefined || !isTableKey(sessionOptionMoves, key)) return { reason: `the option '${key ?? '…'}', which 2.0 has no place for` };
    if (found.has(key)) return { reason: `'${key}' given twice` };
    found.set(key, { index, property });
  }
  const valueOf = (name: OptionName): TSESTree.Node | undefined => found.get(name)?.property.value;
  const text = (node: TSESTree.Node): string => itemText({ getText: textOf }, node);
  let quoteCache: string | undefined;
  const quote = (): string => (quoteCache ??= firstQuote(sourceCode, options));
  const propertiesOf = (...names: OptionName[]): TSESTree.Property[] =>
    names.flatMap((name) => {
      const entry = found.get(name);
      return entry ? [entry.property] : [];
    });
  const anchorOf = (...names: OptionName[]): number =>
    Math.min(...names.map((name) => found.get(name)?.index ?? Number.POSITIVE_INFINITY));

  const items: OutputItem[] = [];
  const dropped: TSESTree.Node[] = [];

  // llmConfig: provider (required in 2.0, 'ollama' when omitted) and model, in their source order.
  const provider = valueOf('provider');
  const model = valueOf('model');
  const defaultText = (): string => `${quote()}${defaultProvider}${quote()}`;
  const llmParts: { index: number; write: () => string; value?: TSESTree.Node }[] = [];
  if (!provider) llmParts.push({ index: -1, write: () => `provider: ${defaultText()}` });
  else if (!isAlwaysUndefined(provider, sourceCode) && !isNeverNullish(provider) && isNeverNullish(provider, true)) {
    // `void track()`, `c ? void track() : p`: undefined (so 1.x used the default), but TypeScript
    // judges a `void` never nullish and rejects `?? 'ollama'` after it (TS2869), and writing the
    // default in its place would drop the call.
    return { reason: "a provider written with `void`: it is undefined, so 1.x used 'ollama', but TypeScript rejects `?? 'ollama'` after a `void`" };
  } else {
    // 1.x read an undefined provider as omitted; a provider that cannot be nullish needs no
    // fallback, and one that is always undefined (and side-effect free) is the default itself.
    // A literal is kept as written, `null` included (MIGRATION.md E: only a provider that is not
    // a literal gets the fallback; 1.x read only `undefined` as omitted).
    if (isAlwaysUndefined(provider, sourceCode)) dropped.push(provider);
    const value = (): string =>
      isAlwaysUndefined(provider, sourceCode)
        ? defaultText()
        : isNeverNullish(provider) || provider.type === AST_NODE_TYPES.Literal
          ? text(provider)
          : `${asNullishOperand(provider, text(provider))} ?? ${defaultText()}`;
    llmParts.push({ index: found.get('provider')!.index, write: () => `provider: ${value()}`, value: provider });
  }
  if (model) llmParts.push({ index: found.get('model')!.index, write: () => `model: ${text(model)}`, value: model });
  llmParts.sort((a, b) => a.index - b.index);
  items.push({
    // Where provider/model were written, or first when neither was.
    anchor: provider || model ? anchorOf('provider', 'model') : -1,
    write: () => `llmConfig: { ${llmParts.map((part) => part.write()).join(', ')} }`,
    values: llmParts.flatMap((part) => (part.value ? [part.value] : [])),
    properties: propertiesOf('provider', 'model'),
    adopted: [],
  });

  // memoryConfig: only when enableMemory is on; a persistMemory without it had no effect.
  const enable = valueOf('enableMemory');
  const persist = valueOf('persistMemory');
  // Off for `false`, and for a value that is always falsy and free of side effects (`undefined`,
  // `void 0`, `null`, `0`): 1.x treated it as off, and TypeScript rejects `undefined ? … : …`.
  const memoryOff = !enable || (enable.type === AST_NODE_TYPES.Literal && !enable.value && !('regex' in enable)) || isAlwaysUndefined(enable, sourceCode);
  const memoryOn = enable?.type === AST_NODE_TYPES.Literal && enable.value === true;
  if (persist && !memoryOn && !isSideEffectFree(persist)) {
    return { reason: memoryOff ? 'a persistMemory the fix would drop has side effects' : 'a persistMemory that 2.0 evaluates only when memory is on has side effects' };
  }
  if (memoryOff) dropped.push(...[enable, persist].filter((value) => value !== undefined));
  else if (memoryOn) dropped.push(enable);
  if (!memoryOff) {
    const config = (): string => `{ temporal: true${persist ? `, persistPath: ${text(persist)}` : ''} }`;
    items.push({
      anchor: anchorOf('enableMemory', 'persistMemory'),
      write: () => (memoryOn ? `memoryConfig: ${config()}` : `memoryConfig: ${asConditionTest(enable, text(enable))} ? ${config()} : undefined`),
      values: [...(memoryOn ? [] : [enable]), ...(persist ? [persist] : [])],
      properties: propertiesOf('enableMemory', 'persistMemory'),
      adopted: [],
    });
  }

  for (const name of ['tools', 'enableReact', 'enableRetry'] as const) {
    const value = valueOf(name);
    if (!value) continue;
    items.push({
      anchor: found.get(name)!.index,
      write: () => `${sessionOptionMoves[name].key}: ${text(value)}`,
      values: [value],
      properties: propertiesOf(name),
      adopted: [],
    });
  }
  items.sort((a, b) => a.anchor - b.anchor);
  // Comments on options the fix drops are kept, on the option written before them.
  if (memoryOff && (enable || persist)) {
    const dropAt = anchorOf('enableMemory', 'persistMemory');
    const host = [...items].reverse().find((item) => item.anchor < dropAt) ?? items[0]!;
    host.adopted.push(...propertiesOf('enableMemory', 'persistMemory'));
  }

  // Evaluation order: no value that reads or does something may cross one that does something.
  const evaluated = items.flatMap((item) => item.values);
  for (let i = 0; i < evaluated.length; i++) {
    for (let j = i + 1; j < evaluated.length; j++) {
      const [a, b] = [evaluated[i]!, evaluated[j]!];
      if (isConstant(a) || isConstant(b)) continue;
      if (a.range[0] > b.range[0] && (!isSideEffectFree(a) || !isSideEffectFree(b))) {
        return { reason: 'options whose evaluation order would change' };
      }
    }
  }
  return { items, dropped };
}

function printObject(
  sourceCode: SourceCode,
  options: TSESTree.ObjectExpression,
  planned: readonly OutputItem[],
  dropped: readonly TSESTree.Node[],
): string {
  const { leading, trailing, loose } = commentsByProperty(sourceCode, options, dropped);
  const commentsIn = (map: Map<TSESTree.Node, string[]>, properties: readonly TSESTree.Property[]): string[] =>
    properties.flatMap((property) => map.get(property) ?? []);
  const items = planned.map((item, index) => ({
    text: item.write(),
    comments: [
      // The comments of a literal with no property (`{ /* defaults */ }`) lead the first item.
      ...(index === 0 ? loose : []),
      ...commentsIn(leading, item.properties),
      ...commentsIn(leading, item.adopted),
      ...commentsIn(trailing, item.adopted),
    ],
    trailing: commentsIn(trailing, item.properties),
  }));
  const open = sourceCode.getFirstToken(options)!;
  const close = sourceCode.getLastToken(options)!;
  const multiline = open.loc.end.line !== close.loc.start.line;
  const hasLineComment = items.some((item) => [...item.comments, ...item.trailing].some((comment) => comment.startsWith('//')));
  if (!multiline && !hasLineComment) {
    return `{ ${items.map((item) => [...item.comments, item.text, ...item.trailing].join(' ')).join(', ')} }`;
  }
  const text = sourceCode.text;
  const eol = lineEndingOf(text);
  const first = options.properties[0];
  // The brace's own line when it starts one; else the line the options begin on
  // (`new Agent({ provider: 'x',` … `model: 'm' })` inside an indented block).
  const closingIndent = indentOf(close as unknown as TSESTree.Node, text) || lineIndentAt(text, open.range[0]);
  const innerIndent = (first && indentOf(first, text)) || `${closingIndent}  `;
  const trailingComma = sourceCode.getTokenBefore(close)?.value === ',';
  const lines = items.map((item, index) => {
    const comma = index < items.length - 1 || trailingComma ? ',' : '';
    const comments = item.comments.map((comment) => `${innerIndent}${comment}${eol}`).join('');
    const trailingText = item.trailing.length > 0 ? ` ${item.trailing.join(' ')}` : '';
    return `${comments}${innerIndent}${item.text}${comma}${trailingText}`;
  });
  return `{${eol}${lines.join(eol)}${eol}${closingIndent}}`;
}

/** The quote the options already use for strings, so a written `'ollama'` matches them. */
function firstQuote(sourceCode: SourceCode, options: TSESTree.ObjectExpression): string {
  for (const token of sourceCode.getTokens(options)) {
    if (token.type === 'String') return token.value[0] ?? "'";
  }
  return "'";
}

/**
 * Comments between properties: on a property's last line they trail it, otherwise they lead the
 * next one. A comment inside a value is copied with it, or leads its property when the value is
 * `dropped` (not written). Those of a literal with no property are `loose`.
 */
function commentsByProperty(
  sourceCode: SourceCode,
  options: TSESTree.ObjectExpression,
  dropped: readonly TSESTree.Node[],
): { leading: Map<TSESTree.Node, string[]>; trailing: Map<TSESTree.Node, string[]>; loose: string[] } {
  const leading = new Map<TSESTree.Node, string[]>();
  const trailingMap = new Map<TSESTree.Node, string[]>();
  const loose: string[] = [];
  // Most options have no comment: a binary search of the file's comments says so without tokens.
  if (!hasCommentInside(sourceCode, options)) return { leading, trailing: trailingMap, loose };
  const properties = options.properties;
  for (const comment of sourceCode.getCommentsInside(options)) {
    const text = sourceCode.getText(comment as unknown as TSESTree.Node);
    const holder = properties.find(
      (p) => p.type === AST_NODE_TYPES.Property && comment.range[0] >= p.value.range[0] && comment.range[1] <= p.value.range[1],
    ) as TSESTree.Property | undefined;
    if (holder) {
      // Inside a value: copied with it, unless the fix drops the value.
      if (dropped.includes(holder.value)) leading.set(holder, [...(leading.get(holder) ?? []), text]);
      continue;
    }
    const trailed = properties.find((p) => p.loc.end.line === comment.loc.start.line && p.range[1] <= comment.range[0]);
    const next = properties.find((p) => p.range[0] >= comment.range[1]);
    const [map, owner] = trailed ? [trailingMap, trailed] : next ? [leading, next] : [trailingMap, properties.at(-1)];
    if (owner) map.set(owner, [...(map.get(owner) ?? []), text]);
    else loose.push(text);
  }
  return { leading, trailing: trailingMap, loose };
}

import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/types';

/** A string literal or an expression-free template: the only forms of a static module specifier. */
export type StringNode = TSESTree.StringLiteral | TSESTree.TemplateLiteral;

/** The value of a static string node (`'x'`, `"x"`, `` `x` ``), or `undefined` for anything computed. */
export function staticString(node: TSESTree.Node | null | undefined): string | undefined {
  if (!node) return undefined;
  if (node.type === AST_NODE_TYPES.Literal && typeof node.value === 'string') return node.value;
  if (node.type === AST_NODE_TYPES.TemplateLiteral && node.expressions.length === 0) {
    return node.quasis[0]?.value.cooked ?? undefined;
  }
  return undefined;
}

export function isStringNode(node: TSESTree.Node | null | undefined): node is StringNode {
  return staticString(node) !== undefined;
}

/**
 * The object of a member expression as written, its parentheses included (`(m as Memory)` of
 * `(m as Memory).search`), for a message: `getText(member.object)` would leave them out.
 */
export function objectAsWritten(
  sourceCode: { text: string; getTokenBefore(node: TSESTree.Node, options: { filter(token: TSESTree.Token): boolean }): TSESTree.Token | null },
  member: TSESTree.MemberExpression,
): string {
  const access = sourceCode.getTokenBefore(member.property, { filter: (token) => token.value === '.' || token.value === '?.' || token.value === '[' });
  const end = access && access.range[0] >= member.object.range[1] ? access.range[0] : member.object.range[1];
  return sourceCode.text.slice(member.range[0], end).trim().replace(/\?\.$/, '');
}

/** The edit that changes a specifier's value while keeping its quotes (D1): only the inside changes. */
export function specifierEdit(node: StringNode, value: string): Edit {
  return { range: [node.range[0] + 1, node.range[1] - 1], text: value };
}

/**
 * An expression's text for a place where a comma separates items (a property value, an argument):
 * `getText` leaves out the parentheses around a sequence `(a, b)`, and without them it would split.
 */
export function itemText(sourceCode: { getText(node: TSESTree.Node): string }, node: TSESTree.Node): string {
  const text = sourceCode.getText(node);
  return node.type === AST_NODE_TYPES.SequenceExpression ? `(${text})` : text;
}

/** The opening quote of a string node, reused when writing a new specifier (D1). */
export function quoteOf(node: StringNode, sourceText: string): string {
  return sourceText[node.range[0]] ?? "'";
}

/**
 * Whether a file's text may name one of `names` (the rules' first, textual check): it contains
 * one as written, or spelled with escapes a string or an identifier allows: `\u006d`, `\x6d`,
 * `\u{6d}`, a legacy octal `\155`, an identity escape `\m`, a `\/`, or a line continuation inside the name
 * (`'abstractll\u006d'`, `Sess\u0069on`, `'addToWorkingM\emory'`, `'abstract\⏎llm'`).
 * Only a file with a backslash pays for the second look, and only the names asked are looked for,
 * so a regular expression's `\d` or `\/` elsewhere does not switch every rule on.
 */
export function mayName(text: string, names: readonly string[]): boolean {
  if (names.some((name) => text.includes(name))) return true;
  if (!text.includes('\\')) return false;
  return escapedSpelling(names).test(text);
}

/**
 * Whether the text may name `name` twice or more (once where it is declared, once where it is
 * read): a member named nowhere else in the file is never read in it. An escaped spelling
 * (`\u0061gent`) may be any name, so any backslash answers yes.
 */
export function mayNameTwice(text: string, name: string): boolean {
  const first = text.indexOf(name);
  return (first >= 0 && text.indexOf(name, first + 1) >= 0) || text.includes('\\');
}

const escapedSpellings = new Map<string, RegExp>();

/** One regular expression for every spelling of the names (built on first use, kept per list). */
function escapedSpelling(names: readonly string[]): RegExp {
  const key = names.join('\0');
  let pattern = escapedSpellings.get(key);
  if (!pattern) {
    pattern = new RegExp(names.map(spellingsOf).join('|'));
    escapedSpellings.set(key, pattern);
  }
  return pattern;
}

// A line continuation (`\` before a line break) is no character at all in a string.
const lineContinuations = String.raw`(?:\\(?:\r\n?|[\n\u2028\u2029]))*`;
// Letters whose escape means something else (`\n` is a line break, `\u` starts a code point).
const escapeLetters = new Set('bfnrtvxu0123456789');

function spellingsOf(name: string): string {
  return [...name].map((character) => {
    const code = character.codePointAt(0)!;
    const hex = caseless(code.toString(16).padStart(2, '0'));
    const escapes = [String.raw`x${hex}`, String.raw`u0{0,2}${hex}`, String.raw`u\{0*${hex}\}`];
    // A legacy octal escape (`\155`), which sloppy scripts still allow.
    if (code < 0o400) escapes.push(code.toString(8).padStart(3, '0'));
    if (!escapeLetters.has(character)) escapes.push(escapeRegExp(character));
    return `(?:${escapeRegExp(character)}|\\\\(?:${escapes.join('|')}))`;
  }).join(lineContinuations);
}

/** A hex number matched in either case (`6d`, `6D`). */
function caseless(hex: string): string {
  return [...hex].map((digit) => (/[a-f]/.test(digit) ? `[${digit}${digit.toUpperCase()}]` : digit)).join('');
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
}

/** A property or member name written as an identifier or a string (`a.b`, `{ b: 1 }`, `{ 'b': 1 }`). */
export function staticKeyName(node: TSESTree.Node, computed: boolean): string | undefined {
  if (!computed && node.type === AST_NODE_TYPES.Identifier) return node.name;
  if (node.type === AST_NODE_TYPES.PrivateIdentifier) return undefined;
  return staticString(node);
}

/** A class member's key as written: `name`, or `#name` for a private one (`this.#session`). */
export function memberKey(node: TSESTree.Node, computed: boolean): string | undefined {
  return node.type === AST_NODE_TYPES.PrivateIdentifier ? `#${node.name}` : staticKeyName(node, computed);
}

/** The name of an import/export specifier part (an identifier, or an ES2022 string name). */
export function moduleExportName(node: TSESTree.Identifier | TSESTree.StringLiteral): string {
  return node.type === AST_NODE_TYPES.Identifier ? node.name : node.value;
}

/** One text replacement of a fix; several make one fix (they must not overlap). */
export interface Edit {
  range: readonly [number, number];
  text: string;
}

/** The line ending the file already uses, so generated lines match it (CRLF stays CRLF). */
export function lineEndingOf(text: string): string {
  const index = text.indexOf('\n');
  return index > 0 && text[index - 1] === '\r' ? '\r\n' : '\n';
}

/**
 * CommonJS's exports object as written: `exports` or `module.exports`. `isGlobal` says whether the
 * name is CommonJS's own and not a binding the file declares (asked only where that matters).
 */
export function isCommonJsExportsObject(node: TSESTree.Node, isGlobal: (identifier: TSESTree.Identifier) => boolean = () => true): boolean {
  if (node.type === AST_NODE_TYPES.Identifier) return node.name === 'exports' && isGlobal(node);
  return (
    node.type === AST_NODE_TYPES.MemberExpression &&
    node.object.type === AST_NODE_TYPES.Identifier &&
    node.object.name === 'module' &&
    staticKeyName(node.property, node.computed) === 'exports' &&
    isGlobal(node.object)
  );
}

/** The whitespace the line holding offset `at` begins with. */
export function lineIndentAt(text: string, at: number): string {
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  let end = lineStart;
  while (text[end] === ' ' || text[end] === '\t') end++;
  return text.slice(lineStart, end);
}

/** The whitespace before `node` on its line, when `node` starts the line's code. */
export function indentOf(node: TSESTree.Node, sourceText: string): string {
  const lineStart = sourceText.lastIndexOf('\n', node.range[0] - 1) + 1;
  const before = sourceText.slice(lineStart, node.range[0]);
  return /^[ \t]*$/.test(before) ? before : '';
}

/**
 * Calls `visit` on each child node of `node` (not on `parent`). With the parser's visitor keys
 * (`sourceCode.visitorKeys`), only the keys ESLint itself walks; without them, or for a node type
 * they do not list, every property that holds nodes.
 */
export function forEachChild(node: TSESTree.Node, visit: (child: TSESTree.Node) => void, visitorKeys?: VisitorKeys): void {
  const keys = visitorKeys?.[node.type];
  if (keys) {
    for (const key of keys) {
      const value: unknown = node[key as keyof TSESTree.Node];
      if (Array.isArray(value)) {
        for (const child of value) if (isNode(child)) visit(child);
      } else if (isNode(value)) {
        visit(value);
      }
    }
    return;
  }
  // Object.keys, not Object.entries: the same keys in the same order, without a [key, value]
  // array per property of every node. A Program's tokens and comments have a `type` too, but are
  // not nodes: walking them would more than double the walk of a file.
  const program = node.type === AST_NODE_TYPES.Program;
  for (const key of Object.keys(node)) {
    if (key === 'parent' || key === 'loc' || key === 'range' || (program && (key === 'tokens' || key === 'comments'))) continue;
    const value: unknown = node[key as keyof TSESTree.Node];
    if (Array.isArray(value)) {
      for (const child of value) if (isNode(child)) visit(child);
    } else if (isNode(value)) {
      visit(value);
    }
  }
}

/** The child keys of each node type, as a parser gives them to ESLint (`SourceCode#visitorKeys`). */
export type VisitorKeys = Readonly<Record<string, readonly string[] | undefined>>;

function isNode(value: unknown): value is TSESTree.Node {
  return typeof value === 'object' && value !== null && typeof (value as { type?: unknown }).type === 'string';
}

/** The tokens `removalOf` reads around a statement (a SourceCode, or any token store). */
interface TokenNeighbours {
  readonly text: string;
  getTokenBefore(node: TSESTree.Node): { value: string } | null;
  getTokenAfter(node: TSESTree.Node): { value: string; type: string } | null;
}

/**
 * The edit that removes a statement, with its whole line when it stands alone on it. In code
 * without semicolons, the statement may be what kept its neighbours apart: `[1]` then a removed
 * line then `[x].forEach(…)` would read `[1][x].forEach(…)`; and a string statement after it
 * would become a directive. There it leaves a `;` in the statement's place.
 */
export function removalOf(node: TSESTree.Node, sourceCode: TokenNeighbours): Edit {
  const before = sourceCode.getTokenBefore(node);
  const after = sourceCode.getTokenAfter(node);
  const joins = before !== null && before.value !== ';' && before.value !== '{' && after !== null && /^[([`+\-/<]/.test(after.value);
  // A string statement after it would join the directive prologue (`'use strict'`) once it is gone.
  const becomesDirective = after?.type === 'String';
  if (joins || becomesDirective) return { range: node.range, text: ';' };
  const sourceText = sourceCode.text;
  let [start, end] = node.range;
  const lineStart = sourceText.lastIndexOf('\n', start - 1) + 1;
  const rest = /^[ \t]*(\r?\n|$)/.exec(sourceText.slice(end));
  if (/^[ \t]*$/.test(sourceText.slice(lineStart, start)) && rest) {
    start = lineStart;
    end += rest[0].length;
  }
  return { range: [start, end], text: '' };
}

/** Whether a statement is an item of a statement list, where statements can be added or removed beside it. */
export function isStatementListItem(statement: TSESTree.Node): boolean {
  switch (statement.parent?.type) {
    case AST_NODE_TYPES.Program:
    case AST_NODE_TYPES.BlockStatement:
    case AST_NODE_TYPES.StaticBlock:
    case AST_NODE_TYPES.TSModuleBlock:
    case AST_NODE_TYPES.SwitchCase:
      return true;
    default:
      return false;
  }
}

/** The properties of an object pattern whose static key passes `keep`: `generate` in `const { generate } = s`. */
export function patternMembers(pattern: TSESTree.ObjectPattern, keep: (name: string) => boolean): { property: TSESTree.Property; name: string }[] {
  const found: { property: TSESTree.Property; name: string }[] = [];
  for (const property of pattern.properties) {
    if (property.type !== AST_NODE_TYPES.Property) continue;
    const name = staticKeyName(property.key, property.computed);
    if (name !== undefined && keep(name)) found.push({ property, name });
  }
  return found;
}

/** `s.id` in `typeof s.id` (or `typeof s.id.length`): a member named in a type query. */
export function isInTypeQuery(name: TSESTree.TSQualifiedName): boolean {
  let current: TSESTree.Node | undefined = name.parent;
  while (current?.type === AST_NODE_TYPES.TSQualifiedName) current = current.parent;
  return current?.type === AST_NODE_TYPES.TSTypeQuery;
}

/** The member written through `object` (`object.name = …`, `object.name++`, `[object.name] = …`): its key. */
export function writtenMemberOf(object: TSESTree.Node): string | undefined {
  const member = object.parent;
  if (member?.type !== AST_NODE_TYPES.MemberExpression || member.object !== object || !isWritten(member)) return undefined;
  return memberKey(member.property, member.computed);
}

/**
 * Whether an expression is written rather than read: assigned (`x.a = 1`, `x.a += 1`, in a
 * pattern `[x.a] = …`, `({ k: x.a } = …)`, a `for (x.a of …)` head), updated (`x.a++`) or deleted,
 * also through an optional chain or a type wrapper (`delete x?.a`, `(x.a as T) = …`).
 */
export function isWritten(node: TSESTree.Node): boolean {
  const parent = node.parent;
  // `delete s?.messages`, `(s.messages as any) = []`, `delete s.id!`: the chain or the wrapper is what is written.
  if (parent && (parent.type === AST_NODE_TYPES.ChainExpression || (isTypeWrapper(parent) && parent.expression === node))) return isWritten(parent);
  switch (parent?.type) {
    case AST_NODE_TYPES.AssignmentExpression:
    case AST_NODE_TYPES.AssignmentPattern:
    case AST_NODE_TYPES.ForInStatement:
    case AST_NODE_TYPES.ForOfStatement:
      return parent.left === node;
    case AST_NODE_TYPES.UpdateExpression:
    case AST_NODE_TYPES.ArrayPattern:
    case AST_NODE_TYPES.RestElement:
      return true;
    case AST_NODE_TYPES.UnaryExpression:
      return parent.operator === 'delete';
    case AST_NODE_TYPES.Property:
      return parent.value === node && parent.parent.type === AST_NODE_TYPES.ObjectPattern;
    default:
      return false;
  }
}

/** `x as T`, `x!`, `x satisfies T`, `<T>x`: an expression under a TypeScript type wrapper, which is `x` at run time. */
export function isTypeWrapper(
  node: TSESTree.Node,
): node is TSESTree.TSAsExpression | TSESTree.TSNonNullExpression | TSESTree.TSSatisfiesExpression | TSESTree.TSTypeAssertion {
  return (
    node.type === AST_NODE_TYPES.TSAsExpression ||
    node.type === AST_NODE_TYPES.TSNonNullExpression ||
    node.type === AST_NODE_TYPES.TSSatisfiesExpression ||
    node.type === AST_NODE_TYPES.TSTypeAssertion
  );
}

/** Whether a comment lies inside `node`: a binary search of the file's comments, with no token look-up. */
export function hasCommentInside(sourceCode: Readonly<TSESLint.SourceCode>, node: TSESTree.Node): boolean {
  const comments = sourceCode.getAllComments();
  let low = 0;
  let high = comments.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (comments[middle]!.range[0] < node.range[0]) low = middle + 1;
    else high = middle;
  }
  const first = comments[low];
  return first !== undefined && first.range[1] <= node.range[1];
}

/**
 * `text`, which replaces all of `node`, after the comments inside `node`, so that the edit drops
 * none of them (a comment between `llm` and `.Session` goes before `Agent`). A line comment ends its line.
 */
export function withCommentsInside(sourceCode: Readonly<TSESLint.SourceCode>, node: TSESTree.Node, text: string): string {
  if (!hasCommentInside(sourceCode, node)) return text;
  const eol = lineEndingOf(sourceCode.text);
  const indent = lineIndentAt(sourceCode.text, node.range[1]);
  const comments = sourceCode
    .getCommentsInside(node)
    .map((comment) => `${sourceCode.getText(comment as unknown as TSESTree.Node)}${comment.type === 'Line' ? eol + indent : ' '}`);
  return comments.join('') + text;
}

/**
 * The lines TypeScript directives of `kinds` (`'expect-error|ignore'`, `'expect-error'`) cover, as
 * TypeScript reads them: the first line after one that is neither blank nor only a `//` comment,
 * and those in between. Worked out once a file for each `kinds`.
 */
export function suppressedLines(sourceCode: Readonly<TSESLint.SourceCode>, kinds: 'expect-error|ignore' | 'expect-error'): ReadonlySet<number> {
  let byKinds = suppressedCache.get(sourceCode.ast);
  if (!byKinds) suppressedCache.set(sourceCode.ast, (byKinds = new Map()));
  const cached = byKinds.get(kinds);
  if (cached) return cached;
  const lines = new Set<number>();
  const line = new RegExp(`^\\/\\/\\/?\\s*@ts-(?:${kinds})`);
  const block = new RegExp(`^[/*]*\\s*@ts-(?:${kinds})`);
  for (const comment of sourceCode.getAllComments()) {
    const text = comment.type === 'Line' ? `//${comment.value}` : `/*${comment.value}*/`.split(/\r\n|[\n\r\u2028\u2029]/).at(-1)!;
    if (!(comment.type === 'Line' ? line : block).test(text)) continue;
    for (let next = comment.loc.end.line + 1; next <= sourceCode.lines.length; next++) {
      lines.add(next);
      const code = sourceCode.lines[next - 1]!.trim();
      if (code !== '' && !code.startsWith('//')) break;
    }
  }
  byKinds.set(kinds, lines);
  return lines;
}
const suppressedCache = new WeakMap<TSESTree.Program, Map<string, ReadonlySet<number>>>();

/** A function with parameters: a declaration, an expression, an arrow. */
export function isFunctionLike(node: TSESTree.Node): node is TSESTree.ArrowFunctionExpression | TSESTree.FunctionExpression | TSESTree.FunctionDeclaration {
  return isFunction(node) || node.type === AST_NODE_TYPES.FunctionDeclaration;
}

/** A function expression or an arrow (what a callback or a property's value is). */
export function isFunction(node: TSESTree.Node): node is TSESTree.ArrowFunctionExpression | TSESTree.FunctionExpression {
  return node.type === AST_NODE_TYPES.ArrowFunctionExpression || node.type === AST_NODE_TYPES.FunctionExpression;
}

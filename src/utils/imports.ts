import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/types';
import { type StringNode, hasCommentInside, indentOf, lineEndingOf, quoteOf } from './ast.js';

type SourceCode = Readonly<TSESLint.SourceCode>;

/** The three statement forms that bind or re-export names of a module, split and merged alike. */
export type StatementStyle = 'import' | 'export' | 'require';

/** A specifier as it will be written, with the comments that travel with it. */
export interface Entry {
  text: string;
  /** Comments on the lines before it. */
  leading: string[];
  /** Comments after it on its own line. */
  trailing: string[];
}

/**
 * How a statement was written, so that the statements made from it are written the same way:
 * quotes, semicolon, line ending, indentation, one-line or one-specifier-a-line braces.
 */
export interface StatementShape {
  style: StatementStyle;
  /** `import type { … }` / `export type { … }`. */
  typeOnly: boolean;
  /** `const` / `let` / `var` for a destructured `require`. */
  declarationKind: string;
  /** `require` or `await import` for a destructured load. */
  loader: string;
  quote: string;
  semi: boolean;
  indent: string;
  eol: string;
  multiline: boolean;
  innerIndent: string;
  trailingComma: boolean;
  spaced: boolean;
}

/** The braces of a statement: `{ … }` of an import/export, or the object pattern of a `require`. */
export function bracesOf(
  sourceCode: SourceCode,
  statement: TSESTree.Node,
  firstEntry: TSESTree.Node | undefined,
): { open: TSESTree.Token; close: TSESTree.Token } | undefined {
  const open = firstEntry
    ? sourceCode.getTokenBefore(firstEntry, { filter: (token) => token.value === '{' })
    : sourceCode.getFirstToken(statement, { filter: (token) => token.value === '{' });
  if (!open) return undefined;
  const close = sourceCode.getTokenAfter(open, {
    filter: (token) => token.value === '}' && token.range[0] > open.range[0],
    includeComments: false,
  });
  // Find the matching brace: specifiers never contain braces, so the first `}` after the last entry is it.
  return close ? { open, close } : undefined;
}

/** The parts of a shape that decide whether two statements can be merged into one. */
export type StatementKind = Pick<StatementShape, 'typeOnly' | 'declarationKind' | 'loader'>;

/** The kind of an import or `export … from` (the declaration kind and loader are a load's). */
export function moduleStatementKind(typeOnly: boolean): StatementKind {
  return { typeOnly, declarationKind: 'const', loader: 'require' };
}

/**
 * `shapeOf`, computed on the first call. Its token look-ups are only needed to write a statement
 * anew; most 1.x statements are edited in place or left alone.
 */
export function lazyShapeOf(...args: Parameters<typeof shapeOf>): () => StatementShape {
  let shape: StatementShape | undefined;
  return () => (shape ??= shapeOf(...args));
}

/** The `;` ending a statement when it begins a later line (ASI-guarding style), else undefined. */
export function leadingSemicolonOf(sourceCode: SourceCode, statement: TSESTree.Node): TSESTree.Token | undefined {
  const last = sourceCode.getLastToken(statement);
  if (last?.value !== ';') return undefined;
  const before = sourceCode.getTokenBefore(last);
  return before && last.loc.start.line > before.loc.end.line ? last : undefined;
}

/** The range a rewrite of a statement replaces: all of it but a guarding `;` on a later line. */
export function writtenRange(sourceCode: SourceCode, statement: TSESTree.Node): [number, number] {
  const guard = leadingSemicolonOf(sourceCode, statement);
  return guard ? [statement.range[0], sourceCode.getTokenBefore(guard)!.range[1]] : statement.range;
}

/**
 * The removal of a statement ending in a guarding `;` on a later line: all of it but the `;` and
 * the comments before it, which stay where they are (`writtenRange`); its line too when nothing
 * else is left on it. Undefined for a statement with no such `;`.
 */
export function guardedRemovalOf(sourceCode: SourceCode, statement: TSESTree.Node): { range: [number, number]; text: string } | undefined {
  if (!leadingSemicolonOf(sourceCode, statement)) return undefined;
  const text = sourceCode.text;
  let [start, end] = writtenRange(sourceCode, statement);
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  if (/^[ \t]*$/.test(text.slice(lineStart, start))) {
    // A comment after it on its line takes its place; an empty line goes.
    const rest = /^[ \t]*(\r?\n)?/.exec(text.slice(end))!;
    end += rest[0].length;
    if (rest[1]) start = lineStart;
  }
  return { range: [start, end], text: '' };
}

export function shapeOf(
  sourceCode: SourceCode,
  statement: TSESTree.Node,
  source: StringNode,
  style: StatementStyle,
  options: StatementKind & { entries: readonly TSESTree.Node[] },
): StatementShape {
  const text = sourceCode.text;
  const indent = indentOf(statement, text);
  const eol = lineEndingOf(text);
  const last = sourceCode.getLastToken(statement);
  const braces = bracesOf(sourceCode, statement, options.entries[0]);
  const first = options.entries[0];
  const multiline = !!braces && braces.open.loc.end.line !== braces.close.loc.start.line;
  const beforeClose = braces ? sourceCode.getTokenBefore(braces.close) : undefined;
  return {
    style,
    typeOnly: options.typeOnly,
    declarationKind: options.declarationKind,
    loader: options.loader,
    quote: quoteOf(source, text),
    // A `;` that begins the next line (`;[a].forEach(…)` in code without semicolons) guards
    // that line; it is not this statement's style, and it stays where it is (`writtenRange`).
    semi: last?.value === ';' && !leadingSemicolonOf(sourceCode, statement),
    indent,
    eol,
    multiline,
    innerIndent: multiline && first ? indentOf(first, text) || `${indent}  ` : `${indent}  `,
    trailingComma: beforeClose?.value === ',' && beforeClose !== braces?.open,
    spaced: braces ? text[braces.open.range[1]] === ' ' || braces.open.range[1] === braces.close.range[0] : true,
  };
}

/**
 * The comments inside a statement, given to the entry they belong to: a comment on the line of
 * the entry before it trails that entry, any other comment leads the next entry. Comments that
 * belong to no entry are returned as `loose` and are written before the statements, so no fix
 * ever drops a comment. A comment inside an entry (after the `as` of `createLLM as make`) is `inner`: it is in
 * the entry's text when the entry is written as it was, and must be written with it otherwise.
 */
export function entryComments(
  sourceCode: SourceCode,
  statement: TSESTree.Node,
  entries: readonly TSESTree.Node[],
): {
  leading: Map<TSESTree.Node, string[]>;
  trailing: Map<TSESTree.Node, string[]>;
  inner: Map<TSESTree.Node, string[]>;
  loose: string[];
} {
  const leading = new Map<TSESTree.Node, string[]>();
  const trailing = new Map<TSESTree.Node, string[]>();
  const inner = new Map<TSESTree.Node, string[]>();
  // Every comment this finds is inside the statement; most statements have none.
  if (!hasCommentInside(sourceCode, statement)) return { leading, trailing, inner, loose: [] };
  // Only those the rewrite replaces: a comment before a guarding `;` on a later line stays where it is.
  const end = writtenRange(sourceCode, statement)[1];
  const statementComments = sourceCode.getCommentsInside(statement).filter((comment) => comment.range[1] <= end);
  const claimed = new Set<TSESTree.Comment>();
  const push = (map: Map<TSESTree.Node, string[]>, node: TSESTree.Node, comment: TSESTree.Comment): void => {
    map.set(node, [...(map.get(node) ?? []), sourceCode.getText(comment as unknown as TSESTree.Node)]);
    claimed.add(comment);
  };
  entries.forEach((entry, index) => {
    const previous = entries[index - 1];
    for (const comment of sourceCode.getCommentsBefore(entry)) {
      if (previous && comment.loc.start.line === previous.loc.end.line) push(trailing, previous, comment);
      else push(leading, entry, comment);
    }
    for (const comment of statementComments) {
      if (comment.range[0] >= entry.range[0] && comment.range[1] <= entry.range[1]) push(inner, entry, comment);
    }
  });
  const lastEntry = entries.at(-1);
  if (lastEntry) {
    // Comments after the last entry, before or after a trailing comma, up to the closing brace.
    for (const comment of statementComments) {
      if (!claimed.has(comment) && comment.range[0] >= lastEntry.range[1]) {
        const closing = sourceCode.getTokenAfter(comment);
        if (closing?.value === '}' || closing?.value === ',') push(trailing, lastEntry, comment);
      }
    }
  }
  const loose = statementComments
    .filter((comment) => !claimed.has(comment))
    .map((comment) => sourceCode.getText(comment as unknown as TSESTree.Node));
  return { leading, trailing, inner, loose };
}

function printBraces(entries: readonly Entry[], shape: StatementShape): string {
  const hasLineComment = entries.some((entry) => [...entry.leading, ...entry.trailing].some((c) => c.startsWith('//')));
  if (!shape.multiline && !hasLineComment) {
    const inner = entries
      .map((entry) => [...entry.leading, entry.text, ...entry.trailing].join(' '))
      .join(', ');
    return shape.spaced ? `{ ${inner} }` : `{${inner}}`;
  }
  const { eol, innerIndent } = shape;
  const lines = entries.map((entry, index) => {
    const comma = index < entries.length - 1 || shape.trailingComma ? ',' : '';
    const leading = entry.leading.map((comment) => `${innerIndent}${comment}${eol}`).join('');
    const trailing = entry.trailing.length > 0 ? ` ${entry.trailing.join(' ')}` : '';
    return `${leading}${innerIndent}${entry.text}${comma}${trailing}`;
  });
  return `{${eol}${lines.join(eol)}${eol}${shape.indent}}`;
}

/**
 * One statement of `shape`'s form that binds `head` (default / namespace import, kept as
 * written) and `entries` from `target`.
 */
export function printStatement(shape: StatementShape, target: string, head: readonly string[], entries: readonly Entry[]): string {
  const from = `${shape.quote}${target}${shape.quote}`;
  const semi = shape.semi ? ';' : '';
  const braces = entries.length > 0 ? printBraces(entries, shape) : '';
  switch (shape.style) {
    case 'import': {
      const bindings = [...head, ...(braces ? [braces] : [])].join(', ');
      return `import ${shape.typeOnly ? 'type ' : ''}${bindings} from ${from}${semi}`;
    }
    case 'export':
      return `export ${shape.typeOnly ? 'type ' : ''}${braces} from ${from}${semi}`;
    case 'require':
      return `${shape.declarationKind} ${braces} = ${shape.loader}(${from})${semi}`;
  }
}

/** An entry as written for the statement style: `Agent as S` in ESM, `Agent: S` in a pattern. */
export function entryText(style: StatementStyle, imported: string, local: string, typePrefix: boolean): string {
  const type = typePrefix ? 'type ' : '';
  if (imported === local) return `${type}${imported}`;
  return style === 'require' ? `${imported}: ${local}` : `${type}${imported} as ${local}`;
}

/** Where a new entry goes when it joins an existing statement's braces. */
export function joinEdit(
  sourceCode: SourceCode,
  statement: TSESTree.ImportDeclaration | TSESTree.ExportNamedDeclaration | TSESTree.VariableDeclaration,
  texts: readonly string[],
): { range: readonly [number, number]; text: string } | undefined {
  const joined = texts.join(', ');
  if (statement.type === AST_NODE_TYPES.ImportDeclaration) {
    const named = statement.specifiers.filter((s) => s.type === AST_NODE_TYPES.ImportSpecifier);
    if (named.length === 0) {
      const defaultSpecifier = statement.specifiers.find((s) => s.type === AST_NODE_TYPES.ImportDefaultSpecifier);
      return defaultSpecifier
        ? { range: [defaultSpecifier.range[1], defaultSpecifier.range[1]], text: `, { ${joined} }` }
        : undefined;
    }
  }
  const entries: TSESTree.Node[] =
    statement.type === AST_NODE_TYPES.ImportDeclaration
      ? statement.specifiers.filter((s) => s.type === AST_NODE_TYPES.ImportSpecifier)
      : statement.type === AST_NODE_TYPES.ExportNamedDeclaration
        ? statement.specifiers
        : statement.declarations[0]?.id.type === AST_NODE_TYPES.ObjectPattern
          ? statement.declarations[0].id.properties
          : [];
  const last = entries.at(-1);
  if (!last) return undefined;
  const after = sourceCode.getTokenAfter(last);
  const close = after?.value === ',' ? sourceCode.getTokenAfter(after) : after;
  // One name a line stays one name a line.
  if (close && close.loc.start.line > last.loc.end.line) {
    const indent = indentOf(last, sourceCode.text);
    const eol = lineEndingOf(sourceCode.text);
    const lines = texts.map((text) => `${eol}${indent}${text}`).join(',');
    if (after?.value === ',') return { range: [after.range[1], after.range[1]], text: `${lines},` };
    return { range: [last.range[1], last.range[1]], text: `,${lines}` };
  }
  if (after?.value === ',') return { range: [after.range[1], after.range[1]], text: ` ${joined},` };
  return { range: [last.range[1], last.range[1]], text: `, ${joined}` };
}

/**
 * Mutants of a source file for the fuzzer: the same program in the shapes real code bases have
 * that a fixture rarely does. Each kind is one transformation; a kind that does not apply to a
 * file (a namespace around JavaScript, `export { Session }` in CommonJS) yields no mutant, and a
 * mutant that does not parse is skipped by the invariant check, not failed.
 */
import { parseForESLint } from '@typescript-eslint/parser';
import type { TSESTree } from '@typescript-eslint/types';

export interface SourceFile {
  /** A file name whose extension picks the parser (`route.ts`, `cli.cjs`). */
  name: string;
  text: string;
}

export interface Mutant extends SourceFile {
  kind: MutantKind;
}

export const mutantKinds = [
  'crlf',
  'bom',
  'shebang',
  'quote-swap',
  'import-comments',
  'collide-agent',
  'global-agent',
  'import-agent',
  'existing-2.0-imports',
  'shadow-agent',
  'local-session',
  'nested-uses',
  'inherited-keys',
  'export-session',
  'export-default-session',
  'shorthand',
  'type-uses',
  'wrap-function',
  'wrap-class',
  'wrap-namespace',
  'no-semicolons',
  'one-line-imports',
  'jsx',
  'type-only-imports',
  'type-only-specifiers',
  'combined',
  'other-package',
  'esm-extension',
  'cjs-extension',
] as const;
export type MutantKind = (typeof mutantKinds)[number];

const BOM = '\uFEFF';
const isTypeScript = (name: string) => /\.[cm]?tsx?$/.test(name);
const isCommonJs = (name: string) => /\.c[jt]s$/.test(name);
const hasJsx = (name: string) => /\.[jt]sx$/.test(name);

interface Edit {
  start: number;
  end: number;
  text: string;
}

/** Applies non-overlapping edits (in any order) to `text`. */
function applyEdits(text: string, edits: readonly Edit[]): string {
  let result = text;
  for (const edit of [...edits].sort((a, b) => b.start - a.start || b.end - a.end)) {
    result = result.slice(0, edit.start) + edit.text + result.slice(edit.end);
  }
  return result;
}

/** The parsed program (ranges into `text`), or undefined when the file does not parse. */
function parse(file: SourceFile): TSESTree.Program | undefined {
  try {
    return parseForESLint(file.text, {
      filePath: file.name,
      jsx: hasJsx(file.name),
      range: true,
      tokens: true,
      comment: true,
      sourceType: isCommonJs(file.name) ? 'script' : 'module',
    }).ast;
  } catch {
    return undefined;
  }
}

/** The file's dominant line break, for text the mutants add. */
const eolOf = (text: string) => (text.includes('\r\n') ? '\r\n' : '\n');

/** `text` with `addition` (written with `\n`) appended on lines of its own. */
function append(text: string, addition: string): string {
  const eol = eolOf(text);
  const separator = text.endsWith('\n') ? '' : eol;
  return `${text}${separator}${addition.replaceAll('\n', eol)}${eol}`;
}

/** Splits a leading BOM and shebang line off, so a wrapper can go after them. */
function splitPreamble(text: string): { preamble: string; offset: number } {
  let offset = text.startsWith(BOM) ? 1 : 0;
  if (text.startsWith('#!', offset)) {
    const newline = text.indexOf('\n', offset);
    offset = newline === -1 ? text.length : newline + 1;
  }
  return { preamble: text.slice(0, offset), offset };
}

const quoteSwap = (file: SourceFile, program: TSESTree.Program): string =>
  applyEdits(
    file.text,
    (program.tokens ?? [])
      .filter((token) => token.type === 'String' && !/['"\\]/.test(token.value.slice(1, -1)))
      .map((token) => {
        const quote = token.value[0] === "'" ? '"' : "'";
        return { start: token.range[0], end: token.range[1], text: `${quote}${token.value.slice(1, -1)}${quote}` };
      }),
  );

type ModuleStatement = TSESTree.ImportDeclaration | TSESTree.ExportNamedDeclaration | TSESTree.ExportAllDeclaration;
const moduleStatements = (program: TSESTree.Program): ModuleStatement[] =>
  program.body.filter(
    (statement): statement is ModuleStatement =>
      statement.type === 'ImportDeclaration' ||
      statement.type === 'ExportAllDeclaration' ||
      (statement.type === 'ExportNamedDeclaration' && statement.source !== null),
  );

/** Comments everywhere a comment can go in `import … from 'x'` / `export … from 'x'`. */
function importComments(file: SourceFile, program: TSESTree.Program): string {
  const tokens = program.tokens ?? [];
  const edits: Edit[] = [];
  for (const statement of moduleStatements(program)) {
    const source = statement.source!;
    // After the `import` / `export` keyword (both six letters).
    edits.push({ start: statement.range[0] + 6, end: statement.range[0] + 6, text: ' /* keyword */' });
    const brace = tokens.find((token) => token.range[0] >= statement.range[0] && token.range[1] <= source.range[0] && token.value === '{');
    if (brace) edits.push({ start: brace.range[1], end: brace.range[1], text: ` // inside the braces${eolOf(file.text)}` });
    edits.push({ start: source.range[0], end: source.range[0], text: '/* source */ ' });
    edits.push({ start: source.range[1], end: source.range[1], text: ' /* after */' });
  }
  return applyEdits(file.text, edits);
}

/** Statements that must stay at module level when the rest of the file is wrapped. */
function staysOnTop(statement: TSESTree.ProgramStatement): boolean {
  switch (statement.type) {
    case 'ImportDeclaration':
    case 'ExportAllDeclaration':
    case 'TSImportEqualsDeclaration':
    case 'TSModuleDeclaration':
    case 'TSExportAssignment':
      return true;
    case 'ExportNamedDeclaration':
      return statement.source !== null;
    default:
      return false;
  }
}

/**
 * The file with its module-level statements kept on top and everything else inside
 * `open … close`, comments and layout kept. In a function or class body an `export` is dropped
 * (`export default e` becomes `const defaultExport = e`); a namespace keeps `export` on
 * declarations (`keepExport`).
 */
function wrap(file: SourceFile, program: TSESTree.Program, open: string, close: string, keepExport: boolean): string | undefined {
  const { preamble, offset } = splitPreamble(file.text);
  const top: string[] = [];
  const edits: Edit[] = [];
  let wrapped = 0;
  for (const statement of program.body) {
    if (staysOnTop(statement)) {
      top.push(file.text.slice(statement.range[0], statement.range[1]));
      // Its line goes with it.
      const lineBreak = /^\r?\n/.exec(file.text.slice(statement.range[1]))?.[0] ?? '';
      edits.push({ start: statement.range[0], end: statement.range[1] + lineBreak.length, text: '' });
      continue;
    }
    wrapped++;
    if (statement.type === 'ExportNamedDeclaration') {
      if (statement.declaration === null) edits.push({ start: statement.range[0], end: statement.range[1], text: '' });
      else if (!keepExport) edits.push({ start: statement.range[0], end: statement.declaration.range[0], text: '' });
    } else if (statement.type === 'ExportDefaultDeclaration') {
      const declaration = statement.declaration;
      const named = (declaration.type === 'FunctionDeclaration' || declaration.type === 'ClassDeclaration') && declaration.id !== null;
      edits.push({ start: statement.range[0], end: declaration.range[0], text: named ? '' : 'const defaultExport = ' });
    }
  }
  if (wrapped === 0) return undefined;
  const eol = eolOf(file.text);
  // No statement starts inside the preamble, so the edits leave it as it was.
  const body = applyEdits(file.text, edits).slice(offset);
  const head = top.length > 0 ? `${top.join(eol)}${eol}` : '';
  return `${preamble}${head}${open.replaceAll('\n', eol)}${eol}${body}${eol}${close.replaceAll('\n', eol)}${eol}`;
}

function typeOnlyImports(file: SourceFile, program: TSESTree.Program): string {
  const edits: Edit[] = [];
  for (const statement of moduleStatements(program)) {
    if (statement.type === 'ImportDeclaration') {
      // `import type { A, type B }` is not valid: only statements of value-only named imports.
      const named = statement.specifiers.length > 0 && statement.specifiers.every((s) => s.type === 'ImportSpecifier' && s.importKind === 'value');
      if (statement.importKind === 'value' && named) edits.push({ start: statement.range[0] + 'import'.length, end: statement.range[0] + 'import'.length, text: ' type' });
    } else if (statement.type === 'ExportNamedDeclaration' && statement.exportKind === 'value' && statement.specifiers.every((s) => s.exportKind === 'value')) {
      edits.push({ start: statement.range[0] + 'export'.length, end: statement.range[0] + 'export'.length, text: ' type' });
    }
  }
  return applyEdits(file.text, edits);
}

function typeOnlySpecifiers(file: SourceFile, program: TSESTree.Program): string {
  const edits: Edit[] = [];
  for (const statement of moduleStatements(program)) {
    if (statement.type === 'ImportDeclaration' && statement.importKind === 'value') {
      for (const specifier of statement.specifiers) {
        if (specifier.type === 'ImportSpecifier' && specifier.importKind === 'value') edits.push({ start: specifier.range[0], end: specifier.range[0], text: 'type ' });
      }
    } else if (statement.type === 'ExportNamedDeclaration' && statement.exportKind === 'value') {
      for (const specifier of statement.specifiers) {
        if (specifier.exportKind === 'value') edits.push({ start: specifier.range[0], end: specifier.range[0], text: 'type ' });
      }
    }
  }
  return applyEdits(file.text, edits);
}

const toCrlf = (text: string) => text.replace(/\r?\n/g, '\r\n');

/** `text` with `lines` (written with `\n`) inserted after its BOM and shebang. */
function prepend(text: string, lines: string): string {
  const { preamble, offset } = splitPreamble(text);
  return `${preamble}${lines.replaceAll('\n', eolOf(text))}${eolOf(text)}${text.slice(offset)}`;
}

/** Every `;` that ends a line, gone (the file then relies on ASI, as many code bases do). */
function withoutSemicolons(file: SourceFile, program: TSESTree.Program): string {
  const tokens = program.tokens ?? [];
  const edits: Edit[] = [];
  for (const [index, token] of tokens.entries()) {
    if (token.value !== ';' || token.type !== 'Punctuator') continue;
    const next = tokens[index + 1];
    const rest = file.text.slice(token.range[1], next?.range[0] ?? file.text.length);
    // Only where a line break follows and the next line cannot continue the statement.
    if (!/^[ \t]*(?:\/\/[^\n]*)?\r?\n/.test(rest) || (next && /^[([`+\-/]/.test(next.value))) continue;
    edits.push({ start: token.range[0], end: token.range[1], text: '' });
  }
  return applyEdits(file.text, edits);
}

/** Consecutive module-level imports joined onto one line. */
function oneLineImports(file: SourceFile, program: TSESTree.Program): string {
  const edits: Edit[] = [];
  const body = program.body;
  for (let index = 1; index < body.length; index++) {
    const [previous, statement] = [body[index - 1]!, body[index]!];
    if (previous.type !== 'ImportDeclaration' || statement.type !== 'ImportDeclaration') continue;
    const between = file.text.slice(previous.range[1], statement.range[0]);
    // Without its semicolon, an import would run into the next one.
    const separator = file.text[previous.range[1] - 1] === ';' ? ' ' : '; ';
    if (/^\s+$/.test(between)) edits.push({ start: previous.range[1], end: statement.range[0], text: separator });
  }
  return applyEdits(file.text, edits);
}

/** One mutant of each kind that applies to `file`, in the order of `mutantKinds`. */
export function mutantsOf(file: SourceFile): Mutant[] {
  const program = parse(file);
  const ts = isTypeScript(file.name);
  const cjs = isCommonJs(file.name);
  const { text } = file;
  const result: Mutant[] = [];
  const add = (kind: MutantKind, mutated: string | undefined, name = file.name) => {
    if (mutated !== undefined && (mutated !== text || name !== file.name)) result.push({ kind, name, text: mutated });
  };

  add('crlf', toCrlf(text));
  // The same code on another package: it no longer uses abstractllm, so nothing may be reported.
  add('other-package', text.replaceAll('abstractllm', 'otherllm'));
  if (!text.startsWith(BOM)) add('bom', BOM + text);
  if (!splitPreamble(text).preamble.includes('#!')) add('shebang', `#!/usr/bin/env node${eolOf(text)}${text}`);
  // A local `Agent` / `TemporalMemory` at module level: the rename must keep an alias.
  add('collide-agent', append(text, "const Agent = 'a local Agent';\nconst TemporalMemory = 'a local TemporalMemory';\nvoid [Agent, TemporalMemory];"));
  // Another module's `Agent` / `TemporalMemory` already imported under the 2.0 names.
  add(
    'import-agent',
    append(
      prepend(text, cjs ? "const { Agent, TemporalMemory } = require('./local-agents');" : "import { Agent, TemporalMemory } from './local-agents';"),
      'void [Agent, TemporalMemory];',
    ),
  );
  // A half-migrated file: the 2.0 packages are imported already, a rename joins them.
  add(
    'existing-2.0-imports',
    prepend(
      text,
      cjs
        ? "const { createLLM: createCoreLLM } = require('abstractllm');\nconst { Agent } = require('abstractagent');\nconst memory = require('abstractmemory');"
        : `${ts ? "import type { AgentOptions } from 'abstractagent';\n" : ''}import { Agent } from 'abstractagent';\nimport * as memory from 'abstractmemory';`,
    ),
  );
  // References to the 1.x classes where `Agent` / `TemporalMemory` are parameters.
  add(
    'shadow-agent',
    append(text, 'function shadowedByParameters(Agent, TemporalMemory) {\n  return [Agent, TemporalMemory, typeof Session, typeof HierarchicalMemory];\n}\nvoid shadowedByParameters;'),
  );
  // A class of the file's own called Session, with a `generate` member: not abstractllm's.
  add('local-session', append(text, "function localSession() {\n  class Session {\n    generate() {\n      return 'local';\n    }\n  }\n  return new Session().generate();\n}\nvoid localSession;"));
  // Session uses nested in each other's fixes: options inside options, calls in a call's prompt.
  // ESLint applies no two overlapping fixes in a pass, and the file must still converge in 3.
  add(
    'nested-uses',
    append(
      text,
      "async function nestedUses() {\n  const nested = new Session({ provider: 'openai', model: new Session({ provider: 'x' }).id });\n  const first = await nested.generateWithTools('q', { createReactCycle: true });\n  return nested.generateWithTools((await nested.generateWithTools(first.content + nested.messages.length, { createReactCycle: true })).content, { createReactCycle: true });\n}\nvoid nestedUses;",
    ),
  );
  // Members and options named after what every object inherits (`toString`, `constructor`): not
  // 1.x API, and not keys of the migration tables either.
  add(
    'inherited-keys',
    append(
      text,
      "async function inheritedKeys() {\n  const keyed = new Session({ provider: 'openai' });\n  const reply = await keyed.generate('q', { constructor: 1, toString: 2 });\n  const remembered = new HierarchicalMemory();\n  return [reply, keyed.toString(), keyed.valueOf(), remembered.constructor, remembered.hasOwnProperty('x')];\n}\nvoid inheritedKeys;",
    ),
  );
  // Globals of those names, declared the ESLint way.
  add('global-agent', prepend(text, '/* global Agent, TemporalMemory */'));
  if (!cjs) add('export-session', append(text, 'export { Session };'));
  if (!cjs) add('export-default-session', append(text, 'export default Session;'));
  // Shorthand properties, which a rename must expand (`{ Session: Agent }`).
  add('shorthand', append(text, 'const registry = { Session, HierarchicalMemory };\nvoid registry;'));
  if (ts) add('type-uses', append(text, 'type SessionInstance = Session;\nlet sessionClass: typeof Session | undefined;\nexport type { SessionInstance };\nvoid sessionClass;'));
  if (program === undefined) return result;

  add('quote-swap', quoteSwap(file, program));
  add('import-comments', importComments(file, program));
  // Exported from a module so the wrapper is used; CommonJS has no `export`.
  const exported = cjs ? '' : 'export ';
  add('wrap-function', wrap(file, program, `${exported}async function wrapped() {`, '}', false));
  add('wrap-class', wrap(file, program, `${exported}class Wrapped {\n  async run() {`, '  }\n}', false));
  if (ts) add('wrap-namespace', wrap(file, program, 'export namespace Wrapped {', '}', true));
  add('no-semicolons', withoutSemicolons(file, program));
  add('one-line-imports', oneLineImports(file, program));
  if (!/\.[cm][jt]s$/.test(file.name)) {
    const jsxName = hasJsx(file.name) ? file.name : file.name.replace(/\.([jt])s$/, '.$1sx');
    add('jsx', append(text, 'const rendered = <section className="fuzz"><Session /></section>;\nvoid rendered;'), jsxName);
  }
  if (ts) {
    add('type-only-imports', typeOnlyImports(file, program));
    add('type-only-specifiers', typeOnlySpecifiers(file, program));
  }
  // The same text as an explicitly ESM or CommonJS module (.mts/.mjs, .cts/.cjs), which changes
  // how ESLint parses it (a CommonJS file has no import statements).
  if (/\.[jt]s$/.test(file.name)) {
    add('esm-extension', text, file.name.replace(/\.([jt])s$/, '.m$1s'));
    add('cjs-extension', text, file.name.replace(/\.([jt])s$/, '.c$1s'));
  }
  // The shapes that touch line handling and tokens together.
  const withComments = importComments(file, program);
  const swapped = parse({ name: file.name, text: withComments });
  add('combined', BOM + toCrlf(swapped ? quoteSwap({ name: file.name, text: withComments }, swapped) : withComments));
  return result.sort((a, b) => mutantKinds.indexOf(a.kind) - mutantKinds.indexOf(b.kind));
}

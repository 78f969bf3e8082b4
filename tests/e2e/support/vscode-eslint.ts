// VS Code's ESLint extension, as far as its language server sees it: the server
// (`vscode-eslint-language-server` of vscode-langservers-extracted, vscode-eslint 3.x) started over
// stdio with the capabilities VS Code announces, the settings the extension answers
// `workspace/configuration` with, and an editor's open documents, which take the server's edits.
import { readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { expect } from 'vitest';
import { repoRoot } from './consumer.js';
import { applyTextEdits, LspClient, type Range, type TextEdit } from './lsp-client.js';

const serverBin = join(repoRoot, 'node_modules', 'vscode-langservers-extracted', 'bin', 'vscode-eslint-language-server');

/** VS Code's language ids, by extension. */
const languageIds: Record<string, string> = {
  '.ts': 'typescript',
  '.tsx': 'typescriptreact',
  '.js': 'javascript',
  '.cjs': 'javascript',
  '.mjs': 'javascript',
};

/** The `state` of an `eslint/status` notification after a validation without error. */
const eslintStatusOk = 1;

export interface Diagnostic {
  range: Range;
  message: string;
  severity: number;
  source: string;
  code?: string;
  codeDescription?: { href: string };
}

export interface CodeAction {
  title: string;
  kind?: string;
  command?: { title: string; command: string; arguments: unknown[] };
  edit?: WorkspaceEdit;
  isPreferred?: boolean;
}

interface WorkspaceEdit {
  documentChanges?: { textDocument: { uri: string; version: number | null }; edits: TextEdit[] }[];
  changes?: Record<string, TextEdit[]>;
}

export interface OpenDocument {
  uri: string;
  version: number;
  text: string;
}

/**
 * The settings VS Code's ESLint extension sends for a workspace folder with the extension's defaults
 * (its `readConfiguration`): validate on, run on type, flat config, quick fixes for every rule.
 * No `packageManager`: the server then resolves ESLint only from the project, never from a global
 * install on the machine running the tests.
 */
function vscodeEslintSettings(folder: { name: string; uri: string }) {
  return {
    validate: 'on',
    useESLintClass: false,
    // `"eslint.useFlatConfig": true`: ESLint 8.57 needs it for a flat config, 9 assumes it, 10 ignores it.
    useFlatConfig: true,
    experimental: { useFlatConfig: false },
    codeAction: {
      disableRuleComment: { enable: true, location: 'separateLine', commentStyle: 'line' },
      showDocumentation: { enable: true },
    },
    codeActionOnSave: { mode: 'all' },
    format: false,
    quiet: false,
    onIgnoredFiles: 'off',
    options: {},
    rulesCustomizations: [],
    run: 'onType',
    problems: { shortenToSingleLine: false },
    nodePath: null,
    workspaceFolder: folder,
  };
}

/** One editor window on one workspace folder, with the ESLint server running for it. */
export class Editor {
  readonly client: LspClient;
  private readonly documents = new Map<string, OpenDocument>();
  private readonly folder: { name: string; uri: string };

  private constructor(readonly root: string) {
    this.client = new LspClient(process.execPath, [serverBin, '--stdio'], { cwd: root });
    this.folder = { name: 'consumer', uri: pathToFileURL(root).href };
    this.client.onRequest('workspace/configuration', (params) =>
      (params as { items: unknown[] }).items.map(() => vscodeEslintSettings(this.folder)),
    );
    this.client.onRequest('client/registerCapability', () => null);
    this.client.onRequest('window/workDoneProgress/create', () => null);
    this.client.onRequest('workspace/diagnostic/refresh', () => null);
    // A quick fix: the server sends its edit back; the editor applies it to the open document.
    this.client.onRequest('workspace/applyEdit', (params) => {
      this.apply((params as { edit: WorkspaceEdit }).edit);
      return { applied: true };
    });
  }

  /** Starts the server and initializes it; a server that fails to initialize is stopped. */
  static async start(root: string): Promise<Editor> {
    const editor = new Editor(root);
    try {
      await editor.initialize();
    } catch (error) {
      await editor.stop();
      throw error;
    }
    return editor;
  }

  private async initialize(): Promise<void> {
    await this.client.request('initialize', {
      processId: process.pid,
      clientInfo: { name: 'abstractllm e2e editor' },
      rootUri: this.folder.uri,
      workspaceFolders: [this.folder],
      capabilities: {
        workspace: {
          configuration: true,
          applyEdit: true,
          workspaceEdit: { documentChanges: true },
          diagnostics: { refreshSupport: true },
        },
        textDocument: {
          synchronization: { dynamicRegistration: false, willSave: true, didSave: true },
          diagnostic: { dynamicRegistration: false },
          codeAction: {
            codeActionLiteralSupport: {
              codeActionKind: { valueSet: ['quickfix', 'source', 'source.fixAll', 'source.fixAll.eslint'] },
            },
          },
        },
      },
    });
    this.client.notify('initialized', {});
  }

  stop(): Promise<void> {
    return this.client.stop();
  }

  open(path: string): OpenDocument {
    const document = { uri: pathToFileURL(join(this.root, path)).href, version: 1, text: readFileSync(join(this.root, path), 'utf8') };
    this.documents.set(document.uri, document);
    this.client.notify('textDocument/didOpen', {
      textDocument: { uri: document.uri, languageId: languageIds[extname(path)], version: document.version, text: document.text },
    });
    return document;
  }

  close(document: OpenDocument): void {
    this.documents.delete(document.uri);
    this.client.notify('textDocument/didClose', { textDocument: { uri: document.uri } });
  }

  /** The document's diagnostics, pulled as VS Code pulls them after each change. */
  async diagnostics(document: OpenDocument): Promise<Diagnostic[]> {
    const report = await this.client.request<{ kind: string; items: Diagnostic[] }>('textDocument/diagnostic', {
      textDocument: { uri: document.uri },
    });
    expect(report.kind, this.client.log()).toBe('full');
    // The server reports how the validation went: a plugin that failed to load or threw is an error.
    const status = await this.client.waitForNotification<{ uri: string; state: number }>('eslint/status', (params) => params.uri === document.uri);
    expect(status.state, this.client.log()).toBe(eslintStatusOk);
    return report.items;
  }

  /** The quick fixes VS Code's light bulb offers for one diagnostic. */
  quickFixes(document: OpenDocument, diagnostic: Diagnostic): Promise<CodeAction[]> {
    return this.client.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri: document.uri },
      range: diagnostic.range,
      context: { diagnostics: [diagnostic], triggerKind: 1 },
    });
  }

  /** Runs a code action's command, as choosing it in the light bulb does. */
  async run(action: CodeAction): Promise<void> {
    expect(action.command, `${action.title} has a command`).toBeDefined();
    await this.client.request('workspace/executeCommand', { command: action.command!.command, arguments: action.command!.arguments });
  }

  /**
   * Saves the document with `"editor.codeActionsOnSave": { "source.fixAll.eslint": "explicit" }`:
   * VS Code asks for that code action, applies its edit, then saves.
   */
  async save(document: OpenDocument): Promise<void> {
    const actions = await this.client.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri: document.uri },
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      context: { diagnostics: [], only: ['source.fixAll.eslint'], triggerKind: 2 },
    });
    // The server offers no action for a document without problems: then there is nothing to fix.
    for (const action of actions) {
      expect([action.title, action.kind]).toEqual(['Fix all fixable ESLint issues', 'source.fixAll.eslint']);
      this.apply(action.edit!);
    }
    expect(actions.length).toBeLessThanOrEqual(1);
    this.client.notify('textDocument/willSave', { textDocument: { uri: document.uri }, reason: 1 });
    this.client.notify('textDocument/didSave', { textDocument: { uri: document.uri } });
  }

  /** Applies a workspace edit to the open documents it names, and tells the server of each change. */
  private apply(edit: WorkspaceEdit): void {
    const changes = edit.documentChanges ?? Object.entries(edit.changes ?? {}).map(([uri, edits]) => ({ textDocument: { uri, version: null }, edits }));
    for (const { textDocument, edits } of changes) {
      const document = this.documents.get(textDocument.uri);
      if (!document) throw new Error(`an edit of a document that is not open: ${textDocument.uri}`);
      if (textDocument.version !== null && textDocument.version !== document.version) {
        throw new Error(`an edit of version ${textDocument.version} of ${textDocument.uri}, which is at version ${document.version}`);
      }
      document.text = applyTextEdits(document.text, edits);
      document.version += 1;
      this.client.notify('textDocument/didChange', {
        textDocument: { uri: document.uri, version: document.version },
        contentChanges: [{ text: document.text }],
      });
    }
  }
}

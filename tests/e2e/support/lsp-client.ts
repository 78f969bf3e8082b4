// A small Language Server Protocol client over stdio: enough to drive a language server the way an
// editor does. It frames JSON-RPC messages with `Content-Length` headers, matches responses to
// requests, records the server's notifications (a test waits for a specific one, never for time),
// and answers the server's own requests (`workspace/configuration`, `workspace/applyEdit`, …) with
// the handlers a test registers. Every wait is bounded by a timeout, and `stop()` always ends the
// server process.
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';

/** An LSP position: a zero-based line and a UTF-16 code unit offset in that line. */
export interface Position {
  line: number;
  character: number;
}
export interface Range {
  start: Position;
  end: Position;
}
export interface TextEdit {
  range: Range;
  newText: string;
}

export interface Notification {
  method: string;
  params: unknown;
}

/** What a server request handler returns: a result, or a promise of one. */
export type RequestHandler = (params: unknown) => unknown;

interface Pending {
  method: string;
  resolve(result: unknown): void;
  reject(error: Error): void;
}

interface NotificationWaiter {
  method: string;
  matches(params: unknown): boolean;
  resolve(params: unknown): void;
}

/** JSON-RPC's "method not found", sent for server requests the test did not expect. */
const methodNotFound = -32601;
const defaultTimeoutMs = 30_000;

export class LspClient {
  /** Every notification the server sent, in order (waits do not remove them). */
  readonly notifications: Notification[] = [];
  /** Server requests no handler answered (answered with "method not found"). */
  readonly unhandledRequests: string[] = [];
  private readonly child: ChildProcessWithoutNullStreams;
  private readonly pending = new Map<number, Pending>();
  private readonly waiters = new Set<NotificationWaiter>();
  /** Indices of the notifications a wait has already returned. */
  private readonly consumed = new Set<number>();
  private readonly handlers = new Map<string, RequestHandler>();
  private readonly exit: Promise<void>;
  private buffer = Buffer.alloc(0);
  private nextId = 1;
  private stderr = '';
  private exited = false;

  constructor(command: string, args: readonly string[], options: { cwd: string; env?: NodeJS.ProcessEnv }) {
    this.child = spawn(command, args, { cwd: options.cwd, env: options.env ?? process.env, stdio: 'pipe' });
    this.child.stdout.on('data', (chunk: Buffer) => this.receive(chunk));
    this.child.stderr.on('data', (chunk: Buffer) => (this.stderr += chunk.toString('utf8')));
    // A write to a server that has just exited fails with EPIPE; the exit below reports it.
    this.child.stdin.on('error', () => {});
    this.exit = new Promise((resolve) => {
      const ended = (reason: string) => {
        this.exited = true;
        const error = new Error(`the server ${reason}; stderr:\n${this.stderr}`);
        for (const pending of this.pending.values()) pending.reject(error);
        this.pending.clear();
        resolve();
      };
      this.child.on('exit', (code, signal) => ended(`exited (code ${code}, signal ${signal})`));
      // The process could not be started at all (no 'exit' follows).
      this.child.on('error', (error) => ended(`failed: ${error.message}`));
    });
  }

  /** Answers the server's `method` requests with `handler` (its return value is the result). */
  onRequest(method: string, handler: RequestHandler): void {
    this.handlers.set(method, handler);
  }

  /** Sends a request and resolves with its result; rejects on an error response or a timeout. */
  request<Result>(method: string, params: unknown, timeoutMs = defaultTimeoutMs): Promise<Result> {
    if (this.exited) return Promise.reject(new Error(`${method}: the server is not running; stderr:\n${this.stderr}`));
    const id = this.nextId++;
    return new Promise<Result>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pending.delete(id);
        reject(new Error(`no response to ${method} within ${timeoutMs} ms; stderr:\n${this.stderr}`));
      }, timeoutMs);
      this.pending.set(id, {
        method,
        resolve: (result) => {
          clearTimeout(timer);
          resolve(result as Result);
        },
        reject: (error) => {
          clearTimeout(timer);
          reject(error);
        },
      });
      this.send({ jsonrpc: '2.0', id, method, params });
    });
  }

  notify(method: string, params: unknown): void {
    this.send({ jsonrpc: '2.0', method, params });
  }

  /**
   * Resolves with the params of the first `method` notification (already received or still to come)
   * that `matches` accepts and that no earlier wait has returned.
   */
  waitForNotification<Params>(
    method: string,
    matches: (params: Params) => boolean = () => true,
    timeoutMs = defaultTimeoutMs,
  ): Promise<Params> {
    const test = (params: unknown) => matches(params as Params);
    const received = this.notifications.findIndex(
      (note, index) => !this.consumed.has(index) && note.method === method && test(note.params),
    );
    if (received >= 0) {
      this.consumed.add(received);
      return Promise.resolve(this.notifications[received]!.params as Params);
    }
    return new Promise<Params>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.waiters.delete(waiter);
        reject(new Error(`no ${method} notification within ${timeoutMs} ms; server log:\n${this.log()}`));
      }, timeoutMs);
      const waiter: NotificationWaiter = {
        method,
        matches: test,
        resolve: (params) => {
          clearTimeout(timer);
          resolve(params as Params);
        },
      };
      this.waiters.add(waiter);
    });
  }

  /** The server's log (`window/logMessage`) and stderr, for failure messages. */
  log(): string {
    const messages = this.notifications
      .filter((note) => note.method === 'window/logMessage')
      .map((note) => (note.params as { message: string }).message);
    return [...messages, this.stderr].join('\n');
  }

  /**
   * Ends the server as an editor does (`shutdown`, then `exit`), and kills it if it has not exited
   * within the timeout or cannot be asked to.
   */
  async stop(timeoutMs = 10_000): Promise<void> {
    if (this.exited) return;
    try {
      await this.request('shutdown', null, timeoutMs);
      this.notify('exit', null);
    } catch {
      // An unresponsive server is killed below.
    }
    let timer: NodeJS.Timeout | undefined;
    const timedOut = new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(true), timeoutMs)));
    const ended = await Promise.race([this.exit.then(() => false), timedOut]);
    clearTimeout(timer);
    if (ended) {
      this.child.kill('SIGKILL');
      await this.exit;
    }
  }

  private send(message: object): void {
    const body = Buffer.from(JSON.stringify(message), 'utf8');
    this.child.stdin.write(Buffer.concat([Buffer.from(`Content-Length: ${body.length}\r\n\r\n`, 'ascii'), body]));
  }

  /** Splits the byte stream into messages: a header block, a blank line, `Content-Length` bytes of JSON. */
  private receive(chunk: Buffer): void {
    this.buffer = Buffer.concat([this.buffer, chunk]);
    for (;;) {
      const headerEnd = this.buffer.indexOf('\r\n\r\n');
      if (headerEnd < 0) return;
      const header = this.buffer.subarray(0, headerEnd).toString('ascii');
      const length = /^Content-Length: *(\d+)\r?$/im.exec(header)?.[1];
      if (length === undefined) throw new Error(`an LSP header without Content-Length: ${header}`);
      const bodyStart = headerEnd + 4;
      const bodyEnd = bodyStart + Number(length);
      if (this.buffer.length < bodyEnd) return;
      const message = JSON.parse(this.buffer.subarray(bodyStart, bodyEnd).toString('utf8')) as Message;
      this.buffer = this.buffer.subarray(bodyEnd);
      this.dispatch(message);
    }
  }

  private dispatch(message: Message): void {
    if (message.method !== undefined && message.id !== undefined) {
      void this.answer(message.id, message.method, message.params);
    } else if (message.method !== undefined) {
      const index = this.notifications.push({ method: message.method, params: message.params }) - 1;
      for (const waiter of this.waiters) {
        if (waiter.method === message.method && waiter.matches(message.params)) {
          this.waiters.delete(waiter);
          this.consumed.add(index);
          waiter.resolve(message.params);
          break;
        }
      }
    } else if (typeof message.id === 'number') {
      const pending = this.pending.get(message.id);
      if (!pending) return;
      this.pending.delete(message.id);
      if (message.error) pending.reject(new Error(`${pending.method} failed: ${message.error.message}`));
      else pending.resolve(message.result ?? null);
    }
  }

  private async answer(id: number | string, method: string, params: unknown): Promise<void> {
    const handler = this.handlers.get(method);
    if (!handler) {
      this.unhandledRequests.push(method);
      this.send({ jsonrpc: '2.0', id, error: { code: methodNotFound, message: `the test client does not handle ${method}` } });
      return;
    }
    try {
      this.send({ jsonrpc: '2.0', id, result: (await handler(params)) ?? null });
    } catch (error) {
      this.send({ jsonrpc: '2.0', id, error: { code: -32603, message: String(error) } });
    }
  }
}

interface Message {
  id?: number | string;
  method?: string;
  params?: unknown;
  result?: unknown;
  error?: { code: number; message: string };
}

/**
 * Applies LSP text edits to a text, as an editor applies a `WorkspaceEdit` to a document: all
 * ranges refer to the text before any edit, and they must not overlap.
 */
export function applyTextEdits(text: string, edits: readonly TextEdit[]): string {
  // Each line's start and the end of its content (before its line break); LSP counts \n, \r\n
  // and \r as line breaks, and a character past the content means the end of the content.
  const lines: { start: number; contentEnd: number }[] = [];
  let start = 0;
  for (const lineBreak of text.matchAll(/\r\n|\n|\r/g)) {
    lines.push({ start, contentEnd: lineBreak.index });
    start = lineBreak.index + lineBreak[0].length;
  }
  lines.push({ start, contentEnd: text.length });
  const offsetOf = ({ line, character }: Position) => {
    const at = lines[line];
    return at ? Math.min(at.start + character, at.contentEnd) : text.length;
  };
  const ordered = edits
    .map((edit) => ({ start: offsetOf(edit.range.start), end: offsetOf(edit.range.end), text: edit.newText }))
    .sort((a, b) => b.start - a.start || b.end - a.end);
  let result = text;
  let previousStart = Infinity;
  for (const edit of ordered) {
    if (edit.end > previousStart) throw new Error('overlapping text edits');
    result = result.slice(0, edit.start) + edit.text + result.slice(edit.end);
    previousStart = edit.start;
  }
  return result;
}

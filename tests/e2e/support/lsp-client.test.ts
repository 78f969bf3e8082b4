// The test LSP client itself, against a scripted stand-in server: framing (byte lengths, headers,
// messages split across writes), requests both ways, notifications, stopping, and edits.
import { describe, expect, it } from 'vitest';
import { applyTextEdits, LspClient, type TextEdit } from './lsp-client.js';

/**
 * A stand-in server: on `echo` it sends a notification, asks the client for its configuration,
 * asks for something the client does not handle, then answers with all it got. It ignores
 * `shutdown` when started with `ignore-shutdown`. It writes each message in three pieces, the
 * header cut in two, so that the client has to put messages back together.
 */
const standIn = `
const ignoreShutdown = process.argv.includes('ignore-shutdown');
let buffer = Buffer.alloc(0);
let nextId = 1;
const waiting = new Map();
function send(message) {
  const body = Buffer.from(JSON.stringify(message), 'utf8');
  const whole = Buffer.concat([Buffer.from('Content-Length: ' + body.length + '\\r\\nContent-Type: application/vscode-jsonrpc; charset=utf-8\\r\\n\\r\\n'), body]);
  process.stdout.write(whole.subarray(0, 10));
  process.stdout.write(whole.subarray(10, whole.length - 2));
  process.stdout.write(whole.subarray(whole.length - 2));
}
function request(method, params) {
  const id = 'server-' + nextId++;
  send({ jsonrpc: '2.0', id, method, params });
  return new Promise((resolve) => waiting.set(id, resolve));
}
async function handle(message) {
  if (message.id !== undefined && waiting.has(message.id)) return waiting.get(message.id)(message);
  if (message.method === 'echo') {
    send({ jsonrpc: '2.0', method: 'note', params: { text: 'héllo ✓' } });
    const configuration = await request('workspace/configuration', { items: [{ section: 'x' }] });
    const unknown = await request('custom/unknown', {});
    send({ jsonrpc: '2.0', id: message.id, result: { params: message.params, configuration: configuration.result, unknown: unknown.error } });
  } else if (message.method === 'fail') {
    send({ jsonrpc: '2.0', id: message.id, error: { code: -32000, message: 'it failed' } });
  } else if (message.method === 'shutdown' && !ignoreShutdown) {
    send({ jsonrpc: '2.0', id: message.id, result: null });
  } else if (message.method === 'exit') {
    process.exit(0);
  }
}
process.stdin.on('data', (chunk) => {
  buffer = Buffer.concat([buffer, chunk]);
  for (;;) {
    const end = buffer.indexOf('\\r\\n\\r\\n');
    if (end < 0) return;
    const length = Number(/Content-Length: (\\d+)/.exec(buffer.subarray(0, end).toString())[1]);
    if (buffer.length < end + 4 + length) return;
    const message = JSON.parse(buffer.subarray(end + 4, end + 4 + length).toString('utf8'));
    buffer = buffer.subarray(end + 4 + length);
    void handle(message);
  }
});
`;

function startStandIn(...args: string[]): LspClient {
  return new LspClient(process.execPath, ['-e', standIn, ...args], { cwd: process.cwd() });
}

describe('LspClient', () => {
  it('exchanges requests and notifications both ways, counting Content-Length in bytes', async () => {
    const client = startStandIn();
    try {
      client.onRequest('workspace/configuration', (params) => (params as { items: unknown[] }).items.map(() => ({ validate: 'on' })));
      const result = await client.request('echo', { text: 'naïve — ✓' });
      expect(result).toEqual({
        params: { text: 'naïve — ✓' },
        configuration: [{ validate: 'on' }],
        unknown: { code: -32601, message: 'the test client does not handle custom/unknown' },
      });
      expect(client.unhandledRequests).toEqual(['custom/unknown']);
      // Sent before the response: already received, and found by the wait all the same.
      expect(await client.waitForNotification('note')).toEqual({ text: 'héllo ✓' });
      await expect(client.request('fail', null)).rejects.toThrow('fail failed: it failed');
    } finally {
      await client.stop();
    }
  });

  it('waits for a notification still to come, and gives each one to a single wait', async () => {
    const client = startStandIn();
    try {
      client.onRequest('workspace/configuration', () => [null]);
      const waited = client.waitForNotification<{ text: string }>('note', (params) => params.text.startsWith('h'));
      await client.request('echo', null);
      expect(await waited).toEqual({ text: 'héllo ✓' });
      await expect(client.waitForNotification('note', () => true, 100)).rejects.toThrow('no note notification within 100 ms');
    } finally {
      await client.stop();
    }
  });

  it('stops a server that answers shutdown, and kills one that does not', async () => {
    const polite = startStandIn();
    await polite.stop();
    await expect(polite.request('echo', null)).rejects.toThrow('echo: the server is not running');

    const stubborn = startStandIn('ignore-shutdown');
    await stubborn.stop(200);
    await expect(stubborn.request('echo', null)).rejects.toThrow('echo: the server is not running');
  });
});

describe('applyTextEdits', () => {
  const at = (line: number, character: number) => ({ line, character });
  const edit = (start: [number, number], end: [number, number], newText: string): TextEdit => ({
    range: { start: at(...start), end: at(...end) },
    newText,
  });

  it('applies edits given in any order against the original text, keeping CRLF', () => {
    const text = "import { Session } from 'abstractllm';\r\nconst s = new Session();\r\n";
    expect(
      applyTextEdits(text, [edit([1, 14], [1, 21], 'Agent'), edit([0, 9], [0, 16], 'Agent'), edit([0, 25], [0, 36], 'abstractagent')]),
    ).toBe("import { Agent } from 'abstractagent';\r\nconst s = new Agent();\r\n");
  });

  it('reads a character past the end of a line as the end of its content, before the line break', () => {
    expect(applyTextEdits('a\r\nb\n', [edit([0, 2 ** 31 - 1], [0, 2 ** 31 - 1], ' // end')])).toBe('a // end\r\nb\n');
    expect(applyTextEdits('a\nb', [edit([1, 0], [5, 0], 'c')])).toBe('a\nc');
  });

  it('rejects overlapping edits', () => {
    expect(() => applyTextEdits('abcdef', [edit([0, 0], [0, 3], 'x'), edit([0, 2], [0, 4], 'y')])).toThrow('overlapping text edits');
  });
});

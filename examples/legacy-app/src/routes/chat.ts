import type { Request, Response } from 'express';
import { Session, type GenerateResponse } from 'abstractllm';
import { WebSearchTool } from 'abstractllm/tools';

const sessions = new Map<string, Session>();

function sessionFor(conversationId: string): Session {
  let session = sessions.get(conversationId);
  if (!session) {
    session = new Session({
      provider: 'openai',
      model: 'gpt-4o-mini',
      tools: [new WebSearchTool({ maxResults: 3 })],
      enableReact: false,
    });
    sessions.set(conversationId, session);
  }
  return session;
}

export async function postMessage(req: Request, res: Response): Promise<void> {
  const session = sessionFor(String(req.params.id));
  const reply: GenerateResponse = await session.generate(String(req.body.text), { useTools: true });
  res.json({ id: session.id, reply: reply.content, turns: session.messages.length });
}

export function getTranscript(req: Request, res: Response): void {
  const session = sessions.get(String(req.params.id));
  if (!session) {
    res.status(404).end();
    return;
  }
  res.json(session.getHistory({ limit: 50 }));
}

interface ApiEvent {
  body: string;
}

// Serverless handler: the LLM package is imported lazily so cold starts stay short.
export async function handler(event: ApiEvent) {
  const { Session } = await import('abstractllm');
  const session = new Session({ provider: 'openai', enableReact: false });
  const { question } = JSON.parse(event.body) as { question: string };
  const reply = await session.generate(question);
  return { statusCode: 200, body: JSON.stringify({ answer: reply.content, session: session.id }) };
}

export async function main() {
  return handler({ body: JSON.stringify({ question: 'What is new in 2.0?' }) });
}

import { Session } from 'abstractllm';

const saved = new Map<string, string>([
  ['design', './state/design.json'],
  ['ops', './state/ops.json'],
]);

/** After a restart, the workspace a user opens first is restored and told what happened. */
export async function reopen(name: string) {
  const file = saved.get(name);
  if (file === undefined) throw new Error(`no saved workspace ${name}`);
  const session = Session.load(file);
  session.addMessage('system', 'The server restarted.');
  const reply = await session.generate(`Resume the ${name} workspace.`, { useTools: true });
  session.save(file);
  return `${name}@${session.id}: ${reply.content}`;
}

export async function main() {
  const note = await reopen('design');
  const archive = Session.load('./state/archive.json');
  return { note, archived: archive.getHistory({ limit: 5 }).length };
}

// Resume the last conversation saved by `ask`.
import { Session } from 'abstractllm';

const session = Session.load('./.support-desk/last-session.json');
const followUp = await session.generate(process.argv[2] ?? 'Anything else?');
console.log(followUp.content);

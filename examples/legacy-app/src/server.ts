import express from 'express';
import { CompatibilityLayer } from 'abstractllm/compat';
import { getTranscript, postMessage } from './routes/chat.js';

// Lets 1.x code run on 2.0 while the app migrates.
CompatibilityLayer.setup();

const app = express();
app.use(express.json());
app.post('/conversations/:id/messages', postMessage);
app.get('/conversations/:id', getTranscript);
app.listen(Number(process.env.PORT ?? 3000));

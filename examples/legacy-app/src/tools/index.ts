// The app's tool barrel: one place the rest of the code imports tools and session types from.
export { WebSearchTool, CodeIntelligenceTool, readFile } from 'abstractllm/tools';
export { Session } from 'abstractllm';
export type { SessionOptions } from 'abstractllm';
export * from 'abstractllm/cli';

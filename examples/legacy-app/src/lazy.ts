// Heavy modules load on first use, so the server starts fast.
export async function loadSummarizer() {
  const { summarize } = await import('abstractllm/memory');
  return summarize;
}

export const memoryModuleUrl = import.meta.resolve('abstractllm/memory/hierarchical');

export type LegacySession = import('abstractllm').Session;

/** Kept equal to package.json by a test (the CJS build cannot read package.json without top-level work). */
export const name = 'eslint-plugin-abstractllm';
export const version = '0.1.0';
export const namespace = 'abstractllm';

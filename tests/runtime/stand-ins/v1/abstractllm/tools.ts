/** Stand-in for `abstractllm/tools` 1.x: the basic tools (2.0 core) and the advanced ones (2.0 abstractagent). */
export { readFile, writeFile } from '../../v2/abstractllm/tools.js';
export { CodeIntelligenceTool, WebSearchTool } from '../../v2/abstractagent/tools.js';

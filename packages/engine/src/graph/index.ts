export {
  type ConversationGraph,
  conversationGraph,
  type GraphEdge,
  type GraphEnding,
  type GraphNode,
} from './conversation-graph.js';
export { describeCondition } from './describe-condition.js';
export { toGraphviz } from './to-graphviz.js';
export { toMermaid } from './to-mermaid.js';

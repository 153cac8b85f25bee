export { Conversation } from './conversation.js';
export { ConversationScreen, FeedbackScreen } from './conversation-screen.js';
export { Feedback } from './feedback.js';

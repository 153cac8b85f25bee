export { Briefing, Situation, Stakeholder } from './briefing.js';
export { BriefingScreen } from './briefing-screen.js';

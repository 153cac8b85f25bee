export { Briefing } from './briefing.js';
export { BriefingScreen } from './briefing-screen.js';

export { Briefing, BriefingBlocks } from './briefing.js';
export { type BriefingBlock, briefingBlocks, briefingPages } from './briefing-blocks.js';
export { BriefingScreen } from './briefing-screen.js';

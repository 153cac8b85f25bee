import type { Scenario } from '@rapport/engine';
import { wrappedLines } from '../parts/wrapped-lines.js';
import type { PlayMode } from '../session-machine.js';

/** One piece of the briefing: a text, with a heading above it or shown as a title. */
export type BriefingBlock = {
  readonly heading?: string;
  readonly text: string;
  readonly style?: 'title' | 'bold';
};

const MODE_TEXT: Readonly<Record<PlayMode, string>> = {
  coach: 'coach. You see the meters, and a coaching note after every choice.',
  assess: 'assess. The meters and the coaching notes wait for the debrief.',
};

/** The briefing in reading order: situation, goal, mode, then who the learner will meet. */
export function briefingBlocks(scenario: Scenario, mode: PlayMode): readonly BriefingBlock[] {
  const { briefing, stakeholder } = scenario;
  return [
    { text: scenario.title, style: 'title' },
    { heading: 'Situation', text: briefing.situation },
    { heading: 'Your goal', text: briefing.goal },
    { text: `Mode: ${MODE_TEXT[mode]}` },
    { text: `You are meeting ${stakeholder.name}, ${stakeholder.role}`, style: 'bold' },
    { heading: 'What they care about', text: stakeholder.cares },
    { heading: 'What happened before', text: stakeholder.history },
  ];
}

function height(block: BriefingBlock, columns: number): number {
  return (block.heading ? 1 : 0) + wrappedLines(block.text, columns);
}

/**
 * The blocks in pages that each fit `rows` lines at `columns` wide, a blank line between blocks;
 * a block taller than a page gets a page to itself (with a title or heading line before it).
 */
export function briefingPages(
  blocks: readonly BriefingBlock[],
  columns: number,
  rows: number,
): readonly (readonly BriefingBlock[])[] {
  const pages: BriefingBlock[][] = [];
  let page: BriefingBlock[] = [];
  const heightOf = (list: readonly BriefingBlock[]) =>
    list.reduce((sum, block, i) => sum + height(block, columns) + (i > 0 ? 1 : 0), 0);
  for (const block of blocks) {
    // A title or a heading line stays with what follows it, never last on a page.
    const lead = page.at(-1)?.style !== undefined ? page.slice(-1) : [];
    const rest = page.slice(0, page.length - lead.length);
    if (rest.length > 0 && heightOf([...page, block]) > rows) {
      pages.push(rest);
      page = [...lead];
    }
    page.push(block);
  }
  if (page.length > 0) pages.push(page);
  return pages;
}

/** The debrief is split into pages so each fits a 24-line terminal. */
export const DEBRIEF_PAGES = ['Summary', 'Turning points', 'Transcript'] as const;
export type DebriefPage = (typeof DEBRIEF_PAGES)[number];

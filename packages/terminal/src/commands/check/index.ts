import type { Command } from '../../cli/command.js';

export const check: Command = {
  name: 'check',
  summary: 'find mistakes in scenario files, with file, line and column',
  synopsis: '<file|dir>... [--json]',
  description: [
    'Checks each scenario file: YAML or JSON syntax, the format, references between nodes, the',
    'conversation graph (unreachable nodes, traps, dead ends), the scoring (a path reaches the',
    'good MITI thresholds; pure insistence does not win) and the golden transcripts.',
    'After each scenario, a table of blind strategies (always the option in file position k,',
    'always a given move when offered, any reflection when offered, the longest option, the most',
    'second-person words) and the',
    'odds of a learner who picks at random; a warning when a blind strategy reaches a breakthrough.',
    "A warning, too, where the offline move coder confidently reads an option's text as another",
    'move than its tag (docs/coder.md).',
    'Folders are searched for .yaml, .yml and .json files.',
    'Each report is kept in ~/.cache/rapport/check (or $RAPPORT_CACHE_DIR), so a file this build',
    'of rapport checked before with the same text is not checked again; --no-cache checks all.',
    '',
    'Each problem is printed as file:line:column: error|warning: message.',
    'Exit status: 0 when there are no errors (warnings are fine), 1 on any error, 2 on wrong usage.',
  ].join('\n'),
  options: {
    json: { type: 'boolean', help: 'print the report as one JSON document, for editors and CI' },
    'no-cache': { type: 'boolean', help: 'check every file again, without the cached reports' },
  },
  positionals: { min: 1, name: 'file or folder to check' },
  async run(args, io) {
    const { runCheck } = await import('./run-check.js');
    return runCheck(args, io);
  },
};

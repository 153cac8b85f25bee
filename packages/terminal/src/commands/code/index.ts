import type { Command } from '../../cli/command.js';

export const code: Command = {
  name: 'code',
  summary: 'code replies as moves and MITI codes with the offline coder',
  synopsis: '[FILE|-] [--json] [--weights FILE]',
  description: [
    'Reads one reply per line from FILE, or from standard input with - or no FILE, and prints',
    "each reply's move, its MITI 4.2.1 code(s) and the coder's confidence (0 to 1). A line may",
    'also be a JSON object {"text": "...", "context": "the stakeholder\'s line"}: the line the',
    'reply answers helps the coder. Blank lines are skipped.',
    'The coder runs on this machine, with the weights that ship with Rapport; nothing is sent',
    'anywhere. docs/coder.md says how it works and how well it does.',
    '',
    'Exit status: 0 when every line was coded, 1 when a line could not be read (the others are',
    'still coded) or the weights are unusable, 2 on wrong usage.',
  ].join('\n'),
  options: {
    json: {
      type: 'boolean',
      help: 'one JSON object a line: text, move, family, codes, confidence, alternatives, notes',
    },
    weights: {
      type: 'string',
      value: 'FILE',
      help: 'code with weights from FILE (coder:train --json)',
    },
  },
  positionals: { min: 0, max: 1, name: 'file, or - for standard input' },
  async run(args, io) {
    const { runCode } = await import('./run-code.js');
    return runCode(args, io);
  },
};

import type { Command } from '../../cli/command.js';

export const room: Command = {
  name: 'room',
  summary: 'run a workshop room: participants join, you watch live',
  synopsis: '[<id|file>...] [--port N] [--host H] [--data DIR] [--database URL] [--delete-data]',
  description: [
    'Starts a room on this machine: checks each scenario (a broken one is refused with its',
    'problems), serves the web trainer, and prints the join address, a QR code and the',
    "facilitator key. Participants play only the room's scenarios (all bundled ones when none",
    'is named); every turn is stored as it is played and scored by the room, not the browser.',
    '',
    'By default the room listens on the local network (every interface), so phones on the same',
    'Wi-Fi can join; --host 127.0.0.1 keeps it on this machine. Data goes to an embedded',
    'database in --data DIR (default ./rapport-room), or to a Postgres server with --database.',
    '',
    'Examples:',
    '  rapport room',
    '  rapport room rollout-resistance my-scenario.yaml --port 4180',
    '  rapport room --database postgres://rapport@db.internal/rapport',
    '  rapport room --delete-data --data ./rapport-room',
    '',
    'Exit status: 0 when stopped with Ctrl+C, 1 when a scenario or the data is refused, 2 on',
    'wrong usage.',
  ].join('\n'),
  options: {
    port: { type: 'string', value: 'N', help: 'the port to listen on (default 4180)' },
    host: {
      type: 'string',
      value: 'H',
      help: 'the address to listen on (default 0.0.0.0: the local network)',
    },
    data: {
      type: 'string',
      value: 'DIR',
      help: 'the folder of the embedded database (default ./rapport-room)',
    },
    database: {
      type: 'string',
      value: 'URL',
      help: 'keep the room in a Postgres server instead: postgres://user:password@host/db',
    },
    'delete-data': {
      type: 'boolean',
      help: "delete every participant, attempt and turn of the room's data, then stop",
    },
  },
  positionals: { min: 0, name: 'scenario id or file' },
  async run(args, io) {
    const { runRoom } = await import('./run-room.js');
    return runRoom(args, io);
  },
};

import { fileURLToPath } from 'node:url';
import { EXIT_INTERNAL } from './cli/io.js';
import { run } from './cli/run.js';
import { setBuiltCatalog } from './library/built-catalog.js';

// This file is the bin (dist/rapport.js once built); the build writes the catalog beside it.
setBuiltCatalog(fileURLToPath(new URL('catalog', import.meta.url)));

// `rapport schema | head` closes the pipe early; that is the reader's choice, not a failure.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
  process.exit(0);
});

try {
  // exitCode, not exit(): output still on its way into a pipe must be flushed first.
  process.exitCode = await run(process.argv.slice(2), {
    out: (line) => {
      process.stdout.write(`${line}\n`);
    },
    err: (line) => {
      process.stderr.write(`${line}\n`);
    },
  });
} catch (error) {
  // A bug of ours, not a mistake of the user: one line, and the stack only on request.
  const detail = process.env.RAPPORT_DEBUG && error instanceof Error ? error.stack : String(error);
  process.stderr.write(`rapport: internal error: ${detail}\n`);
  if (!process.env.RAPPORT_DEBUG) process.stderr.write('Set RAPPORT_DEBUG=1 to see where.\n');
  process.exitCode = EXIT_INTERNAL;
}

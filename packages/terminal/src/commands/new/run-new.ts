import { writeFile } from 'node:fs/promises';
import { dirname, isAbsolute, relative, resolve, sep } from 'node:path';
import { Id } from '@rapport/engine';
import type { ParsedArgs } from '../../cli/command.js';
import { EXIT_FAILURE, EXIT_OK, type Io } from '../../cli/io.js';
import { UsageError } from '../../cli/usage-error.js';
import { displayPath, repositoryRoot, scenariosDir, schemaFile } from '../../library/index.js';
import { scenarioTemplate } from './scenario-template.js';

/** `rapport new`: the body of the command, loaded when it runs. */
export async function runNew(args: ParsedArgs, io: Io): Promise<number> {
  const id = args.positionals[0] ?? '';
  const valid = Id.safeParse(id);
  if (!valid.success) {
    const bare = id.replace(/\.(ya?ml|json)$/i, '');
    const hint =
      bare !== id && Id.safeParse(bare).success
        ? `; give the id without the extension: rapport new ${bare}`
        : '';
    throw new UsageError(
      `"${id}" is not a valid id: use lowercase words joined by hyphens, like "printer-rollout" (at most 64 characters)${hint}`,
    );
  }
  const file = resolve(args.values.dir ?? '.', `${id}.yaml`);
  try {
    await writeFile(file, scenarioTemplate(id, schemaReference(dirname(file))), { flag: 'wx' });
  } catch (error) {
    const code = (error as { code?: unknown } | null)?.code;
    const shown = displayPath(file);
    if (code === 'EEXIST') io.err(`rapport new: ${shown} already exists; it was left as it is`);
    else if (code === 'ENOENT')
      io.err(`rapport new: the folder ${displayPath(dirname(file))} does not exist`);
    else
      io.err(
        `rapport new: cannot write ${shown}: ${error instanceof Error ? error.message : String(error)}`,
      );
    return EXIT_FAILURE;
  }
  const shown = displayPath(file);
  const argument = /[\s"'$`\\]/.test(shown) ? JSON.stringify(shown) : shown;
  const inLibrary = resolve(dirname(file)) === resolve(scenariosDir());
  const target = inLibrary ? id : argument;
  io.out(
    `Wrote ${shown}: a small scenario that passes "rapport check", with every feature explained.`,
  );
  const steps: [string, string][] = [
    [`pnpm rapport check ${argument}`, 'problems, with file, line and column'],
    [`pnpm rapport graph ${argument}`, 'the conversation as a Mermaid diagram'],
    [`pnpm rapport play ${target}`, 'play it in the terminal'],
  ];
  const width = Math.max(...steps.map(([command]) => command.length));
  io.out('Next:');
  for (const [command, what] of steps) io.out(`  ${command.padEnd(width)}   ${what}`);
  if (!inLibrary) {
    io.out('Move it into scenarios/ to see it in "rapport list" and in the web trainer.');
  }
  return EXIT_OK;
}

/**
 * Where the editor finds the schema: relative inside the repository, so the line still works in
 * another clone, and absolute outside it.
 */
function schemaReference(dir: string): string | undefined {
  const schema = schemaFile();
  const root = repositoryRoot();
  if (!schema || !root) return undefined;
  const inside = relative(root, dir);
  if (inside === '..' || inside.startsWith(`..${sep}`) || isAbsolute(inside)) return schema;
  return relative(dir, schema).split(sep).join('/');
}

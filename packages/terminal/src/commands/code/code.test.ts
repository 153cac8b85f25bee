import { beforeAll, describe, expect, it } from 'vitest';
import { fixture, PACKAGE_DIR, runCli } from '../../../test/run-cli.js';
import { runCode } from './run-code.js';

type Line = { text: string; move: string; family: string; codes: string[]; confidence: number };

/** `rapport code -` with the given standard input, captured. */
async function codeStdin(input: string, ...flags: string[]) {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const flagSet = Object.fromEntries(flags.map((f) => [f, true]));
  const code = await runCode(
    { positionals: ['-'], flags: flagSet, values: {} },
    { out: (l) => stdout.push(l), err: (l) => stderr.push(l) },
    async () => input,
  );
  return { code, stdout, stderr };
}

beforeAll(() => {
  process.chdir(PACKAGE_DIR);
});

describe('rapport code', () => {
  it("reads the issue's example from standard input as a reflection, as JSON", async () => {
    const result = await codeStdin(
      'So the module asks your team for the same thing twice.\n',
      'json',
    );
    expect(result.code).toBe(0);
    expect(result.stdout).toHaveLength(1);
    const line = JSON.parse(result.stdout[0] as string) as Line;
    expect(line.text).toBe('So the module asks your team for the same thing twice.');
    expect(['simple-reflection', 'complex-reflection', 'summarize']).toContain(line.move);
    expect(line.family).toBe('listening');
    expect(line.codes.some((c) => c.endsWith('-reflection'))).toBe(true);
    expect(line.confidence).toBeGreaterThan(0);
  });

  it('codes plain and JSON lines of a file, skips blank ones and names each bad line', async () => {
    const result = await runCli('code', fixture('code', 'mixed.txt'), '--json');
    expect(result.code).toBe(1);
    const lines = result.stdout.split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => l.move ?? l.error)).toEqual([
      expect.stringMatching(/reflection|summarize/),
      'open-question',
      expect.any(String),
      'a JSON line needs a "text" string',
      'starts with { but is not valid JSON',
    ]);
    expect(lines[2].family).toBe('insistence');
    expect(lines.slice(3).map((l) => l.line)).toEqual([5, 6]);
  });

  it('prints one readable line a reply, with its notes, and control characters made inert', async () => {
    const result = await codeStdin('😀😀\nHello \u001b[2J there, how was the weekend?\n');
    expect(result.code).toBe(0);
    expect(result.stdout[0]).toMatch(/^other +0\.10 +\(no MITI code\) +😀😀$/);
    expect(result.stdout[1]).toContain('note: no words to code (only symbols, numbers or emoji)');
    expect(result.stdout[2]).toContain('Hello \\x1b[2J there');
  });

  it('says so when there is nothing to code', async () => {
    const result = await codeStdin('\n  \n');
    expect(result).toEqual({
      code: 1,
      stdout: [],
      stderr: ['rapport code: no replies to code (the input is empty or only blank lines)'],
    });
  });

  it('names a missing input file and a corrupt weights file', async () => {
    const missing = await runCli('code', 'no-such-replies.txt');
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatchInlineSnapshot(
      `"rapport code: no-such-replies.txt: no such file"`,
    );
    const corrupt = await runCli(
      'code',
      fixture('code', 'mixed.txt'),
      '--weights',
      fixture('code', 'corrupt-weights.json'),
    );
    expect(corrupt.code).toBe(1);
    expect(corrupt.stderr).toMatchInlineSnapshot(
      `"rapport code: coder weights test/fixtures/code/corrupt-weights.json are unusable: the checksum does not match the data (a truncated or edited file?)"`,
    );
    const gone = await runCli('code', fixture('code', 'mixed.txt'), '--weights', 'gone.json');
    expect(gone.stderr).toMatchInlineSnapshot(
      `"rapport code: coder weights gone.json cannot be read: no such file"`,
    );
  });
});

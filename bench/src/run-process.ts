import { spawn } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { out } from './paths.js';

const RSS_REPORTER = join(out, 'report-rss.cjs');

/**
 * The reporter a child loads with --require, writing its peak memory in KiB where the bench can
 * read it. Linux's VmHWM, not getrusage's maxRSS: a child forked from the bench inherits the
 * bench's own peak (hundreds of MB once Vite and Chromium have run) as its maxRSS, across exec.
 */
export const rssReporterSource = `process.on('exit', () => {
  const file = process.env.BENCH_RSS_FILE;
  if (!file) return;
  const fs = require('node:fs');
  let kib = process.resourceUsage().maxRSS;
  try {
    const hwm = /VmHWM:\\s*(\\d+) kB/.exec(fs.readFileSync('/proc/self/status', 'utf8'));
    if (hwm) kib = Number(hwm[1]);
  } catch {}
  fs.writeFileSync(file, String(kib));
});`;
export { RSS_REPORTER };

export type ProcessRun = {
  readonly ms: number;
  readonly code: number | null;
  readonly rssKiB?: number;
  /** What the command printed, with `stdout`. */
  readonly stdout?: string;
};

/** Runs a command to its end; the wall time in milliseconds, and with `rss`, its peak memory. */
export function runProcess(
  command: string,
  args: readonly string[],
  { rss = false, cwd, stdout = false }: { rss?: boolean; cwd?: string; stdout?: boolean } = {},
): Promise<ProcessRun> {
  const rssFile = join(out, `rss-${process.pid}-${Math.random().toString(36).slice(2)}.txt`);
  const env = rss ? { ...process.env, BENCH_RSS_FILE: rssFile } : process.env;
  const fullArgs = rss ? ['--require', RSS_REPORTER, ...args] : [...args];
  return new Promise((resolve, reject) => {
    const began = performance.now();
    const child = spawn(command, fullArgs, {
      cwd,
      env,
      stdio: ['ignore', stdout ? 'pipe' : 'ignore', 'ignore'],
    });
    const printed: Buffer[] = [];
    child.stdout?.on('data', (chunk: Buffer) => printed.push(chunk));
    child.on('error', reject);
    // 'close', not 'exit': by then everything printed has been read.
    child.on('close', (code) => {
      const ms = performance.now() - began;
      const text = stdout ? { stdout: Buffer.concat(printed).toString('utf8') } : {};
      if (!rss) return resolve({ ms, code, ...text });
      try {
        const rssKiB = Number(readFileSync(rssFile, 'utf8'));
        rmSync(rssFile, { force: true });
        resolve({ ms, code, rssKiB, ...text });
      } catch {
        resolve({ ms, code, ...text });
      }
    });
  });
}

export type TerminalTiming = {
  /** Wait past the first output until the screen (escape codes removed) matches this. */
  readonly until?: RegExp;
  /** Output that asks for Enter: each chunk matching it is answered at once with Enter. */
  readonly answer?: RegExp;
  /** The environment; the bench's own by default. */
  readonly env?: NodeJS.ProcessEnv;
};

/** Terminal escape sequences (ESC, then a bracketed code), removed before matching the screen. */
const ESCAPES = new RegExp(`${String.fromCharCode(27)}\\[[0-9;?]*[a-zA-Z]`, 'g');

/**
 * Time from spawning a command in a pseudo-terminal (util-linux `script`) to its first output
 * byte: the first frame a person would see; or, with `until`, to the screen that matches it
 * (answering each prompt `answer` matches with Enter, as a learner racing through would). The
 * process is then killed.
 */
export function timeToFirstOutput(
  commandLine: string,
  timeoutMs = 10_000,
  timing: TerminalTiming = {},
): Promise<number> {
  return new Promise((resolve, reject) => {
    const began = performance.now();
    const child = spawn('script', ['-qfec', commandLine, '/dev/null'], {
      stdio: ['pipe', 'pipe', 'ignore'],
      env: { ...(timing.env ?? process.env), COLUMNS: '80', LINES: '24' },
      detached: true,
    });
    const timer = setTimeout(() => {
      stop();
      reject(
        new Error(
          `${timing.until ? `no screen matching ${timing.until}` : 'no output'} within ${timeoutMs} ms from: ${commandLine}${timing.until ? `; the screen ended: ${JSON.stringify(raw.replace(ESCAPES, '').slice(-300))}` : ''}`,
        ),
      );
    }, timeoutMs);
    const stop = () => {
      clearTimeout(timer);
      clearInterval(again);
      try {
        if (child.pid) process.kill(-child.pid, 'SIGKILL');
      } catch {
        // already gone
      }
    };
    child.on('error', reject);
    let raw = '';
    // What was drawn since the last Enter: a prompt split over two reads is still answered once.
    let sinceAnswer = 0;
    child.stdout.on('data', (data: Buffer) => {
      const ms = performance.now() - began;
      raw += data.toString();
      const screen = raw.replace(ESCAPES, '');
      if (!timing.until || timing.until.test(screen)) {
        stop();
        resolve(ms);
        return;
      }
      if (timing.answer?.test(screen.slice(sinceAnswer))) {
        sinceAnswer = screen.length;
        child.stdin.write('\r');
        lastAnswer = screen;
      }
    });
    // An Enter that comes before the screen listens for keys is lost (rarely): when nothing new
    // is drawn for half a second after one, it is pressed again. Sooner would race a slow screen
    // and choose an option before the choices are drawn. Such a run is an outlier, not the median.
    let lastAnswer: string | undefined;
    let quietSince = performance.now();
    let drawn = '';
    const again = setInterval(() => {
      const screen = raw.replace(ESCAPES, '');
      if (screen !== drawn) {
        drawn = screen;
        quietSince = performance.now();
      } else if (screen === lastAnswer && performance.now() - quietSince > 500) {
        quietSince = performance.now();
        child.stdin.write('\r');
      }
    }, 50);
    child.on('exit', () => clearInterval(again));
  });
}

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

/**
 * Time from spawning a command in a pseudo-terminal (util-linux `script`) to its first output
 * byte: the first frame a person would see. The process is then killed.
 */
export function timeToFirstOutput(commandLine: string, timeoutMs = 10_000): Promise<number> {
  return new Promise((resolve, reject) => {
    const began = performance.now();
    const child = spawn('script', ['-qfec', commandLine, '/dev/null'], {
      stdio: ['pipe', 'pipe', 'ignore'],
      env: { ...process.env, COLUMNS: '80', LINES: '24' },
      detached: true,
    });
    const timer = setTimeout(() => {
      stop();
      reject(new Error(`no output within ${timeoutMs} ms from: ${commandLine}`));
    }, timeoutMs);
    const stop = () => {
      clearTimeout(timer);
      try {
        if (child.pid) process.kill(-child.pid, 'SIGKILL');
      } catch {
        // already gone
      }
    };
    child.on('error', reject);
    child.stdout.once('data', () => {
      const ms = performance.now() - began;
      stop();
      resolve(ms);
    });
  });
}

import { isAbsolute, relative, sep } from 'node:path';

/** A path as a user reads it: relative to the working folder when inside it, else absolute. */
export function displayPath(file: string, cwd: string = process.cwd()): string {
  const rel = relative(cwd, file);
  if (rel === '') return '.';
  if (rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel)) return file;
  return rel;
}

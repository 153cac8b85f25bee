import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** A long random secret: 32 bytes, URL-safe. */
export function newSecret(): string {
  return randomBytes(32).toString('base64url');
}

/** A short random id for rows: not secret, only unique. */
export function newId(): string {
  return randomBytes(12).toString('base64url');
}

/** Tokens are stored hashed: the database never holds a secret that lets anyone in. */
export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret).digest('base64url');
}

/** Compares a presented secret with the real one in time that does not depend on where they differ. */
export function sameSecret(presented: string, actual: string): boolean {
  const a = createHash('sha256').update(presented).digest();
  const b = createHash('sha256').update(actual).digest();
  return timingSafeEqual(a, b);
}

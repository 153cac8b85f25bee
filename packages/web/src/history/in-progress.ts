import { TypedReply } from '@rapport/engine';
import * as z from 'zod';
import type { StorageAccess } from './browser-storage';
import { reasonOf } from './browser-storage';

/** Where the conversation in progress is kept, choice by choice, until it ends. */
export const PROGRESS_KEY = 'rapport.in-progress';

/**
 * Enough to rebuild the conversation: the engine replays the choices with the same seed
 * (playChoices), so the meters, the options' order and the turns come back exactly.
 */
export const InProgress = z.object({
  version: z.literal(1),
  scenario: z.string().min(1),
  mode: z.enum(['coach', 'assess']),
  seed: z.number().int().nonnegative(),
  choices: z.array(z.string()),
  startedAt: z.string(),
  /** Own-words play: the reply typed at each choice (null where none was), so a reload keeps them. */
  words: z.boolean().optional(),
  typed: z.array(TypedReply.nullable()).optional(),
});
export type InProgress = z.infer<typeof InProgress>;

/** The saved conversation in progress, or null when there is none or it cannot be read. */
export function readInProgress(access: StorageAccess): InProgress | null {
  if (!access.ok) return null;
  try {
    const raw = access.storage.getItem(PROGRESS_KEY);
    if (raw === null) return null;
    const parsed = InProgress.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** Saves the conversation so far; returns why it could not be, or null when it was. */
export function writeInProgress(access: StorageAccess, progress: InProgress): string | null {
  if (!access.ok) return access.reason;
  try {
    access.storage.setItem(PROGRESS_KEY, JSON.stringify(progress));
    return null;
  } catch (error) {
    return reasonOf(error);
  }
}

export function clearInProgress(access: StorageAccess): void {
  if (!access.ok) return;
  try {
    access.storage.removeItem(PROGRESS_KEY);
  } catch {
    // Nothing to do: a storage that refuses to forget will be overwritten by the next attempt.
  }
}

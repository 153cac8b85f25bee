import { Transcript } from '@rapport/engine';
import * as z from 'zod';

/** One finished conversation, as kept in the browser. */
export const Attempt = z.object({
  id: z.string().min(1),
  savedAt: z.string(),
  transcript: Transcript,
});
export type Attempt = z.infer<typeof Attempt>;

/** What localStorage holds: a versioned list, so a future format can be told apart from corruption. */
export const StoredHistory = z.object({
  version: z.literal(1),
  attempts: z.array(z.unknown()),
});
export type StoredHistory = z.infer<typeof StoredHistory>;

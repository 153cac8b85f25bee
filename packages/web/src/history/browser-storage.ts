/**
 * The browser's localStorage, or why it cannot be had. Reading `window.localStorage` itself throws
 * a SecurityError when the browser blocks site storage, so every use goes through here and the
 * trainer plays on without it. No engine or zod here: the first page uses it.
 */
export type StorageAccess =
  | { readonly ok: true; readonly storage: Storage }
  | { readonly ok: false; readonly reason: string };

export function reasonOf(error: unknown): string {
  if (error instanceof Error) return error.message || error.name;
  return String(error);
}

export function browserStorage(): StorageAccess {
  try {
    const storage = window.localStorage;
    if (!storage) return { ok: false, reason: 'this browser has no site storage' };
    // Some browsers hand out the object and refuse on first use instead.
    storage.getItem('rapport.probe');
    return { ok: true, storage };
  } catch (error) {
    return { ok: false, reason: reasonOf(error) };
  }
}

/** What the learner reads when nothing can be kept: plain, and with what to do instead. */
export const NOT_KEPT_NOTICE =
  'This browser is not letting the trainer store anything, so this attempt will not be kept: reloading or leaving the page loses it. You can still play to the end and export the transcript from the debrief.';

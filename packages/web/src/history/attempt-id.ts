// Apart from attempt.ts, whose zod schema the first page does not load.
export function newAttemptId(): string {
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
}

import type { IncomingMessage, ServerResponse } from 'node:http';
import type * as z from 'zod';

/** A request the room refuses, with the status and the reason it sends back. */
export class HttpError extends Error {
  override readonly name = 'HttpError';
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

/** The largest request body the room reads: a turn or a join is a few hundred bytes. */
export const MAX_BODY_BYTES = 16 * 1024;

/** Reads a JSON body, refusing one too large, of another type, or not JSON. */
export async function readJson(request: IncomingMessage): Promise<unknown> {
  const type = request.headers['content-type'] ?? '';
  if (!/^application\/json\b/i.test(type)) {
    throw new HttpError(415, 'send the body as JSON (Content-Type: application/json)');
  }
  const declared = Number(request.headers['content-length'] ?? 0);
  if (declared > MAX_BODY_BYTES) {
    request.resume();
    throw new HttpError(
      413,
      `the body is ${declared} bytes; the room takes at most ${MAX_BODY_BYTES}`,
    );
  }
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) {
      request.resume();
      throw new HttpError(413, `the body is over ${MAX_BODY_BYTES} bytes, the most the room takes`);
    }
    chunks.push(chunk as Buffer);
  }
  const text = Buffer.concat(chunks).toString('utf8');
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new HttpError(400, `the body is not valid JSON: ${(error as Error).message}`);
  }
}

/** Parses a body against a strict schema: an unknown field is refused by name, not ignored. */
export function parseBody<T>(schema: z.ZodType<T>, body: unknown): T {
  const result = schema.safeParse(body);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  if (!issue) throw new HttpError(400, 'the body is not what this request takes');
  if (issue.code === 'unrecognized_keys') {
    const keys = issue.keys.map((key) => `"${key}"`).join(', ');
    const scoreLike = issue.keys.some((key) => /score|ending|outcome|debrief|meters/i.test(key));
    throw new HttpError(
      400,
      scoreLike
        ? `${keys} is not accepted: the room works out endings and scores itself from the choices`
        : `unknown field ${keys}`,
    );
  }
  const where = issue.path.length > 0 ? `"${issue.path.join('.')}": ` : '';
  throw new HttpError(400, `${where}${issue.message}`);
}

export function sendJson(response: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  response.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(text),
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
  });
  response.end(text);
}

export function sendText(
  response: ServerResponse,
  status: number,
  type: string,
  body: string,
  headers: Record<string, string> = {},
): void {
  response.writeHead(status, {
    'content-type': type,
    'content-length': Buffer.byteLength(body),
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
    ...headers,
  });
  response.end(body);
}

/** The bearer token of a request, or null. */
export function bearer(request: IncomingMessage): string | null {
  const header = request.headers.authorization ?? '';
  const match = /^Bearer\s+(\S+)$/i.exec(header);
  return match ? (match[1] as string) : null;
}

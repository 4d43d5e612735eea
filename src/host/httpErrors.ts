import type { Response } from 'restify';

/** A refusal: status, public error text and extra headers. */
export interface Refusal {
  status: number;
  error: string;
  headers?: Record<string, string>;
}

/** Sends a JSON error with a fixed, non-revealing message. */
export function sendError(res: Response, status: number, error: string, headers: Record<string, string> = {}): void {
  for (const [name, value] of Object.entries(headers)) res.header(name, value);
  res.status(status);
  res.json({ error });
}

/** Sends a refusal as a JSON error. */
export const sendRefusal = (res: Response, refusal: Refusal): void => sendError(res, refusal.status, refusal.error, refusal.headers);

/** The refusal of a request over a rate limit, saying when to try again; API clients read it, the chat page has its own texts. */
export const tooManyRequests = (retryAfterSeconds: number): Refusal => ({
  status: 429,
  error: 'too many requests, please wait a moment',
  headers: { 'Retry-After': String(retryAfterSeconds) },
});

/** The refusal of a turn while another instance runs a turn of the same conversation (web chat and /api/messages alike). */
export const conversationBusy = (retryAfterSeconds: number): Refusal => ({
  status: 429,
  error: 'this conversation is busy, please try again',
  headers: { 'Retry-After': String(retryAfterSeconds) },
});

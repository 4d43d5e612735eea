import type { Response } from 'restify';

/** Sends a JSON error with a fixed, non-revealing message. */
export function sendError(res: Response, status: number, error: string, headers: Record<string, string> = {}): void {
  for (const [name, value] of Object.entries(headers)) res.header(name, value);
  res.status(status);
  res.json({ error });
}

import { pino, type Logger } from 'pino';

export type { Logger } from 'pino';

/**
 * The structured logger of the process (JSON lines on stdout).
 * @remarks Privacy by default: callers log ids, intents, topic ids, latencies and status codes, never message text
 * or card input. Request bodies are never passed to the logger.
 */
export function createLogger(level: string, destination?: NodeJS.WritableStream): Logger {
  return pino({ level, base: { service: 'inklusionslotse-nrw' }, redact: { paths: ['text', 'value', 'body', '*.text', '*.value', '*.body'], censor: '[redacted]' } }, destination ?? process.stdout);
}

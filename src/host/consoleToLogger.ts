import type { Logger } from './logger.js';

/** Longest part of a library's console message that is kept. */
const MAX_MESSAGE_LENGTH = 120;

/** The error name and the first line (shortened) of what a library wrote; never further arguments or stacks. */
function summary(args: unknown[]): { errName?: string; message: string } {
  const [first] = args;
  if (first instanceof Error) return { errName: first.name, message: 'library error' };
  const line = typeof first === 'string' ? (first.split('\n', 1)[0] ?? '') : 'library output';
  return { message: line.slice(0, MAX_MESSAGE_LENGTH) };
}

/**
 * Sends what libraries write to `console` (botbuilder prints whole errors with stack traces, and activities) through
 * the JSON logger: one line each, at `warn` for `console.error`/`console.warn` and `debug` otherwise, so that
 * `LOG_LEVEL` applies and stdout carries only JSON. Only an error's name or a string's first line is kept.
 */
export function routeConsoleToLogger(logger: Logger): void {
  const library = logger.child({ source: 'library' });
  const to = (level: 'warn' | 'debug') => (...args: unknown[]) => {
    const { errName, message } = summary(args);
    library[level](errName ? { errName } : {}, message);
  };
  console.error = to('warn');
  console.warn = to('warn');
  console.log = to('debug');
  console.info = to('debug');
  console.debug = to('debug');
  console.trace = to('debug');
}

/** Longest value of a logged identifier; longer ones are cut (ids the Bot Framework issues are far shorter). */
export const MAX_LOGGED_ID_LENGTH = 64;

/**
 * An identifier from a request (activity id, channel id, activity type, error name) as it may appear in a log
 * line: strings only, control and format characters replaced, at most {@link MAX_LOGGED_ID_LENGTH} characters
 * (cut ones end in `…`). Anything else logs as undefined, so a client can never make a log line long or multi-line.
 */
export function loggableId(value: unknown, maxLength = MAX_LOGGED_ID_LENGTH): string | undefined {
  if (typeof value !== 'string') return undefined;
  const clean = value.replace(/[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/gu, '?');
  return clean.length <= maxLength ? clean : `${clean.slice(0, maxLength - 1)}…`;
}

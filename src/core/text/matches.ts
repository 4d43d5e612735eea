/**
 * Calls `onMatch` with every match of a global pattern in `text`, as `matchAll` gives them, without the copy of the
 * pattern and the iterator `matchAll` makes per call.
 * @remarks The copy is what costs: a pattern copied once per message is looked up (after a full garbage collection,
 * compiled) again each time. Not reentrant for one pattern: `onMatch` must not match the same pattern.
 */
export function forEachMatch(global: RegExp, text: string, onMatch: (match: RegExpExecArray) => void): void {
  global.lastIndex = 0;
  for (let match = global.exec(text); match !== null; match = global.exec(text)) {
    const end = match.index + match[0].length;
    onMatch(match);
    // an empty match moves on by one character (a code point under the u flag), as matchAll does
    if (end === match.index) global.lastIndex = global.unicode && (text.codePointAt(end) ?? 0) > 0xffff ? end + 2 : end + 1;
  }
  global.lastIndex = 0;
}

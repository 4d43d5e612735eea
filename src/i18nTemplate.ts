/**
 * A translation with plain `{{name}}` placeholders, split once so that a call only joins its parts.
 * @remarks i18next resolves the key, copies its options several times and scans the text on every call (~10 µs);
 * for a text with nothing but placeholders the result is the text with each placeholder replaced by its value, which
 * {@link fillTemplate} does directly. Anything else goes to i18next (see {@link compileTemplate}).
 */
export interface Template {
  /** Literal parts; a placeholder stands between each two. */
  readonly literals: readonly string[];
  /** The placeholders' names, in order. */
  readonly names: readonly string[];
  /** Every name used, for checking a call's options. */
  readonly nameSet: ReadonlySet<string>;
}

/** i18next's placeholder (prefix `{{`, suffix `}}`, as i18next matches it: the shortest text between them). */
const PLACEHOLDER = /\{\{(.+?)\}\}/g;
/** A placeholder name that i18next looks up as a plain property (no path, no format, no unescape prefix). */
const PLAIN_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
/** Options and placeholder names i18next reads itself (plurals, context, lookup and interpolation settings). */
const I18NEXT_OPTIONS = new Set(['count', 'context', 'ordinal', 'replace', 'lng', 'lngs', 'ns', 'keyPrefix', 'interpolation', 'skipInterpolation', 'returnObjects', 'returnDetails', 'joinArrays', 'postProcess', 'nest', 'defaultValue']);

/**
 * Splits a translation into literals and placeholders, or returns undefined when i18next would do more than replace
 * plain placeholders: nesting (`$t(`), unescaped (`{{- x}}`) or formatted (`{{x, number}}`) placeholders, paths
 * (`{{a.b}}`), names i18next reads as options (`{{count}}`), or a resource that is not a string.
 */
export function compileTemplate(raw: unknown): Template | undefined {
  if (typeof raw !== 'string' || raw.includes('$t(')) return undefined;
  const literals: string[] = [];
  const names: string[] = [];
  let last = 0;
  for (const match of raw.matchAll(PLACEHOLDER)) {
    const name = match[1]!.trim();
    if (!PLAIN_NAME.test(name) || I18NEXT_OPTIONS.has(name)) return undefined;
    literals.push(raw.slice(last, match.index));
    names.push(name);
    last = match.index + match[0].length;
  }
  literals.push(raw.slice(last));
  return { literals, names, nameSet: new Set(names) };
}

/**
 * The translation with `options` filled in as i18next fills them — each placeholder replaced by its value as a string,
 * values never scanned again — or undefined when i18next might do otherwise: an option that is not a placeholder of
 * this text (it may be one of i18next's own), or a value that is not a string or a number.
 */
export function fillTemplate(template: Template, options: Record<string, unknown>): string | undefined {
  for (const key in options) if (!template.nameSet.has(key)) return undefined;
  let text = template.literals[0]!;
  for (let i = 0; i < template.names.length; i++) {
    const value = options[template.names[i]!];
    if (typeof value === 'string') text += value;
    else if (typeof value === 'number') text += String(value);
    else return undefined;
    text += template.literals[i + 1]!;
  }
  return text;
}

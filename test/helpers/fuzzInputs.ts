/** A seeded source of choices: the same seed gives the same inputs on every run. */
export interface Random {
  /** A whole number from 0 to `max - 1`. */
  int(max: number): number;
  /** True with probability `p`. */
  chance(p: number): boolean;
  /** One element of a non-empty list. */
  pick<T>(items: readonly T[]): T;
}

/** Mulberry32: tiny, fast and good enough to spread test inputs. */
export function createRandom(seed: number): Random {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
  const int = (max: number) => Math.floor(next() * max);
  return { int, chance: (p) => next() < p, pick: (items) => items[int(items.length)]! };
}

/** Put into every generated text, value and id: it must never show up in a log line. */
export const FUZZ_MARKER = 'Qx7fuzzMarker';

/** Text that has broken chat bots before: injections, markup, control and invisible characters, scripts, emoji. */
export const NASTY_STRINGS: readonly string[] = [
  "'; DROP TABLE conversations; --",
  '" OR 1=1 --',
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '[klick](javascript:alert(1)) ![x](https://evil.example/x.png)',
  '**fett** _kursiv_ `code` # Überschrift\n> Zitat\n- Liste',
  '{{place}} ${7*7} %s%n%x {0} <%= 1 %>',
  '../../../../etc/passwd',
  '\u0000\u0001\u0007\b\t\n\r\u001b[31m\u007f',
  '\r\nX-Injected: 1\r\n',
  '\u200b\u200c\u200d\u2060\ufeff',
  '\u202eKreis Soest\u202c',
  'مرحبا، أين أجد المساعدة؟',
  'שלום, איפה העזרה?',
  '🙂👩🏽‍🦽🏳️‍🌈🇩🇪',
  'Z̷̡̛a̸l̶g̵o̴ ̵t̶e̷x̸t̴',
  '\ud800 \udfff \udbff\udc00',
  'ﬀ ǅ İstanbul ß ẞ Æ',
  'Zuschuss bei Einstellung?',
  'Ansprechstelle',
  '12345 00000 99999',
  'null undefined NaN true [object Object] __proto__ constructor',
  '\\u0000 \\" \\\\',
  '    ',
];

/** One to three nasty strings with the marker, optionally padded to about `length` characters. */
export function nastyText(random: Random, length?: number): string {
  const parts = Array.from({ length: 1 + random.int(3) }, () => random.pick(NASTY_STRINGS));
  const text = `${parts.join(' ')} ${FUZZ_MARKER}`;
  return length === undefined ? text : text.repeat(Math.ceil(length / text.length)).slice(0, length);
}

/** A JSON value that is not a string. */
export function nonString(random: Random): unknown {
  return random.pick<() => unknown>([
    () => random.int(1_000_000) - 500_000,
    () => 1e308,
    () => random.chance(0.5),
    () => null,
    () => [FUZZ_MARKER, 1, null],
    () => ({ [FUZZ_MARKER]: { nested: [true] } }),
    () => [],
    () => ({}),
  ])();
}

/** A JSON value nested `depth` levels deep, alternating objects and arrays. */
export function nested(depth: number): unknown {
  let value: unknown = FUZZ_MARKER;
  for (let level = 0; level < depth; level++) value = level % 2 === 0 ? [value] : { [`k${level}`]: value };
  return value;
}

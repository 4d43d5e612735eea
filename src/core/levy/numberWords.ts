// German number words are written as one word ("zweihundertdreiundachtzig"); they are read after folding ß/ü/ö.
const GERMAN_UNITS: ReadonlyMap<string, number> = new Map(Object.entries({
  ein: 1, eins: 1, zwei: 2, drei: 3, vier: 4, fuenf: 5, sechs: 6, sieben: 7, acht: 8, neun: 9, zehn: 10, elf: 11, zwoelf: 12,
  dreizehn: 13, vierzehn: 14, fuenfzehn: 15, sechzehn: 16, siebzehn: 17, achtzehn: 18, neunzehn: 19,
}));
const GERMAN_TENS: ReadonlyMap<string, number> = new Map(Object.entries({
  zwanzig: 20, dreissig: 30, vierzig: 40, fuenfzig: 50, sechzig: 60, siebzig: 70, achtzig: 80, neunzig: 90,
}));
const ENGLISH_UNITS: ReadonlyMap<string, number> = new Map(Object.entries({
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
}));
// maps, not object literals: a look-up is a hash probe, and a word like "constructor" finds nothing (`in` found it on
// every object, so it read as a number word and an article with the Object function as its value)
const ENGLISH_NUMBER_WORDS: ReadonlySet<string> = new Set([...ENGLISH_UNITS.keys(), 'hundred', 'thousand']);

// every German number word begins with a unit, a ten, "hundert" or "tausend"
const NUMBER_START = new RegExp(`^(?:${[...GERMAN_UNITS.keys(), ...GERMAN_TENS.keys(), 'hundert', 'tausend'].join('|')})`, 'u');

const foldNumberWord = (word: string): string => (/[ßüöä]/u.test(word) ? word.replace(/ß/gu, 'ss').replace(/ü/gu, 'ue').replace(/ö/gu, 'oe').replace(/ä/gu, 'ae') : word);

/** 0–99: "drei", "siebzehn", "sechzig", "dreiundachtzig". */
function germanBelow100(word: string): number | undefined {
  const single = GERMAN_UNITS.get(word) ?? GERMAN_TENS.get(word);
  if (single !== undefined) return single;
  const joined = /^(.+?)und(.+)$/u.exec(word);
  if (!joined) return undefined;
  const unit = joined[1] === 'ein' ? 1 : GERMAN_UNITS.get(joined[1]!);
  const tens = GERMAN_TENS.get(joined[2]!);
  return unit !== undefined && unit < 10 && tens !== undefined ? tens + unit : undefined;
}

/** 1–999: "hundert", "einhundertzwanzig", "zweihundert". */
function germanBelow1000(word: string): number | undefined {
  const at = word.indexOf('hundert');
  if (at < 0) return germanBelow100(word);
  const head = word.slice(0, at);
  const rest = word.slice(at + 'hundert'.length);
  const hundreds = head === '' ? 1 : germanBelow100(head);
  const tail = rest === '' ? 0 : germanBelow100(rest);
  return hundreds !== undefined && hundreds < 10 && tail !== undefined ? hundreds * 100 + tail : undefined;
}

/**
 * The value of a German number word up to 999,999 ("hundertzwanzig" 120, "zweitausendfünfhundert" 2500), or
 * undefined when the word is no number word. Plain "ein"/"eins" give 1: the caller decides whether that is an article.
 */
export function germanNumberWord(word: string): number | undefined {
  const folded = foldNumberWord(word.toLowerCase());
  if (!NUMBER_START.test(folded)) return undefined;
  const at = folded.indexOf('tausend');
  if (at < 0) return germanBelow1000(folded);
  const head = folded.slice(0, at);
  const rest = folded.slice(at + 'tausend'.length);
  const thousands = head === '' ? 1 : germanBelow1000(head);
  const tail = rest === '' ? 0 : germanBelow1000(rest.replace(/^und/u, ''));
  return thousands !== undefined && tail !== undefined ? thousands * 1000 + tail : undefined;
}

/** True for a lower-case word that can be part of an English number ("twenty-three", "hundred", "thousand"). */
export function isEnglishNumberWord(word: string): boolean {
  if (!word.includes('-')) return ENGLISH_NUMBER_WORDS.has(word);
  return word.split('-').every((part) => ENGLISH_NUMBER_WORDS.has(part));
}

/**
 * The value of English number words read together ("one hundred and twenty" → 120, "two thousand" → 2000,
 * "twenty-three" → 23), or undefined. "and" between them is left out by the caller.
 */
export function englishNumberWords(words: readonly string[]): number | undefined {
  let total = 0;
  let current = 0;
  for (const part of words.flatMap((w) => w.split('-'))) {
    const unit = ENGLISH_UNITS.get(part);
    if (unit !== undefined) current += unit;
    else if (part === 'hundred') current = (current || 1) * 100;
    else if (part === 'thousand') { total += (current || 1) * 1000; current = 0; }
    else return undefined;
  }
  return total + current;
}

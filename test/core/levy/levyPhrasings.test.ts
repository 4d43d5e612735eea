import { describe, expect, it } from 'vitest';
import { parseCountAnswer, parseLevyQuestion } from '../../../src/core/levy/index.js';
import { levyOutcome as outcome } from './levyOutcome.js';

// Amounts: § 160 Abs. 2 SGB IX with the rates of data/levy/rates.json (2025: 155/275/405/815 €, small employers
// 155/235 and 155/275/465 €; 2024: 140/245/360/720 €, small 140/210 and 140/245/410 €), worked as in
// shared/reference/programmes.md ("Worked examples"): unfilled places × 12 × monthly rate.
describe('levy sentences as employers write them give the exact amount', () => {
  it.each([
    // from the issue and the development conversations
    ['ca. 84 MA, einer davon schwerbehindert', 14_580], // 4 places, 3 unfilled, quota 1.2 % → 405
    // "none" after the disability word, with words of time and place in between (0 % quota → 815 € per place)
    ['Schwerbehinderte Kollegen haben wir derzeit keine, wir sind 80 Leute. Was kostet das?', 39_120], // 4 places
    ['Wir beschäftigen 65 Leute; schwerbehindert ist bei uns zurzeit niemand. Ausgleichsabgabe?', 29_340], // 3 places
    ['70 Arbeitsplätze, schwerbehinderte Beschäftigte gibt es bei uns leider keine', 39_120], // 3.5 → 4 places
    ['zweihundert Arbeitsplätze, davon vier schwerbehindert', 19_800], // 10 places, 6 unfilled, 2 % → 275
    ['Wir hatten im Schnitt 84 Mitarbeiter und einer davon ist schwerbehindert', 14_580],
    ['Bei uns gibt es 84 Arbeitsplätze, einer davon ist mit einem schwerbehinderten Menschen besetzt. Welche Ausgleichsabgabe fällt an?', 14_580],
    ['ausgleichsabgae 22 arbeitsplätze keiner besetzt', 2_820], // under 40: 1 place × 235
    ['Wir haben hundertzwanzig Arbeitsplätze, einer davon ist mit einem Schwerbehinderten besetzt. Wie hoch ist unsere Ausgleichsabgabe?', 24_300],
    ['Ausgleichsabgabe bei ca. 90 MA, keiner davon schwerbehindert?', 48_900], // 4.5 → 5 places × 815
    ['Wir haben fünfundvierzig Stellen und keine schwerbehinderte Person im Team. Was zahlen wir an Ausgleichsabgabe?', 11_160], // under 60: 2 × 465
    ['Rund 150 Beschäftigte, drei davon schwerbehindert – was kostet uns die Ausgleichsabgabe 2025?', 16_500],
    ['Für die Anzeige 2024: sechzig Arbeitsplätze, kein Schwerbehinderter. Wie viel Ausgleichsabgabe?', 25_920], // 3 × 720 (2024)
    ['about 120 staff, three of them severely disabled', 9_900],
    // own variants: number words, approximations, nouns, free order
    ['Etwa zweihundertfünfzig Beschäftigte, niemand davon schwerbehindert', 127_140],
    ['Schwerbehinderte: keiner. Mitarbeitende: so um die 90', 48_900],
    ['Dreiundachtzig Leute, einer davon gleichgestellt', 14_580], // 83 → 4 places, 3 unfilled, 1.2 % → 405
    ['Einer unserer Mitarbeiter ist schwerbehindert, insgesamt sind wir 84', 14_580], // "insgesamt" names the whole head count
    ['Wir haben eintausend Arbeitsplätze und zwanzig schwerbehinderte Beschäftigte', 99_000],
    ['Zweitausend Mitarbeiter, davon 40 schwerbehindert – was zahlen wir?', 198_000], // 100 places, 60 unfilled, 2 % → 275
    ['Im Jahr 2024 hatten wir ungefähr 35 MA und keinen Schwerbehinderten', 2_520], // under 40, 2024: 210
    ['2024: 55 Stellen, keine davon besetzt', 9_840], // under 60, 2024: 2 × 410
    ['120 Arbeitsplätze, 3 Schwerbehinderte, Jahr 2024', 8_820], // 3 unfilled × 12 × 245
    ['Bei 38 Beschäftigten haben wir einen Schwerbehinderten', 0],
    ['Wir haben dreißig Arbeitsplätze. Schwerbehindert ist niemand.', 2_820],
    ['Unser Betrieb hat knapp 70 Angestellte, zwei davon haben einen Schwerbehindertenausweis', 6_600], // 3.5 → 4 places, 2 unfilled, 2.9 % → 275
    ['Bei 120 Mitarbeitenden haben wir 2 Kollegen mit GdB 50', 19_440], // 6 places, 4 unfilled, 1.7 % → 405
    ['Es sind zweiundzwanzig Stellen, eine ist mit einer schwerbehinderten Person besetzt', 0],
    ['Wir haben 80 Mitarbeiter, einer hat GdB 50', 14_580], // 4 places, 3 unfilled, 1.25 % → 405
    ['120 Beschäftigte insgesamt. Schwerbehinderte haben wir zwei.', 19_440],
    ['Eine Belegschaft von 75 Personen, Schwerbehinderte gibt es keine', 39_120], // 3.75 → 4 places × 12 × 815
    // Einfache Sprache
    ['Wir haben 45 Arbeits-Plätze. Ein Mensch mit Schwer-Behinderung arbeitet bei uns.', 1_860], // under 60, 1 credited → 155
    ['Bei uns arbeiten 60 Menschen. Keiner hat eine Schwer-Behinderung.', 29_340],
    ['Bei uns arbeiten 50 Menschen. 1 Mensch hat eine Schwer-Behinderung.', 1_860], // under 60: 2 places, 1 unfilled, 1 credited → 155
    // English
    ['We have one hundred and twenty employees and no severely disabled staff', 58_680], // 6 × 12 × 815
    ['Around 90 workers, none of them severely disabled, levy for 2024?', 43_200],
    ['two hundred workplaces, three of them filled by severely disabled people', 34_020], // 7 × 12 × 405
    ['approx. 150 employees, 3 severely disabled', 16_500],
    ['how much levy for 80 staff with one severely disabled employee', 14_580],
    ['we have a staff of 90 and nobody is disabled', 48_900],
    ['We have 200 employees, 4 of whom are severely disabled', 19_800],
    // under 20 workplaces: no duty, and no question about the second figure
    ['Wir sind 19 Leute. Ausgleichsabgabe?', 'noDuty'],
    ['Wir sind siebzehn Leute. Müssen wir Ausgleichsabgabe zahlen?', 'noDuty'],
    ['We are about fifteen employees, do we pay the levy?', 'noDuty'],
    // only the missing figure is asked for
    ['Wir haben 130 Arbeitsplätze. Was kostet die Ausgleichsabgabe?', 'ask:employed'],
    ['Zwei von unseren Mitarbeitern sind schwerbehindert.', 'ask:workplaces'],
  ] as const)('%s', (text, expected) => {
    expect(outcome(text)).toBe(expected);
  });
});

describe('a year number is the year, not a count', () => {
  it.each([
    ['Ausgleichsabgabe 2024 bei 84 MA, einer davon schwerbehindert', { workplaces: 84, employed: 1, year: 2024 }],
    ['Für 2026: 300 Beschäftigte und 6 Schwerbehinderte', { workplaces: 300, employed: 6, year: 2026 }],
    ['Wie viel für 2025 mit fünfzig Leuten und zwei schwerbehinderten Kollegen?', { workplaces: 50, employed: 2, year: 2025 }],
  ] as const)('%s', (text, expected) => {
    expect(parseLevyQuestion(text)).toEqual(expected);
  });
});

describe('one count as the answer to "how many?"', () => {
  it.each([
    ['84', 84], ['zweihundert', 200], ['hundertzwanzig', 120], ['drei', 3], ['so ungefähr 90', 90], ['so um die 90', 90],
    ['ca. 1.200', 1200], ['-5', -5], ['keinen', 0], ['niemand', 0], ['eins', 1], ['einer', 1], ['three', 3], ['one hundred and twenty', 120],
    ['zweitausenddreihundert', 2300], ['siebenundneunzig', 97], ['Wir haben 84', 84],
  ] as const)('%s → %d', (text, expected) => {
    expect(parseCountAnswer(text)).toBe(expected);
  });

  it.each(['weiß ich nicht', 'viele', '84 oder 85', 'Elfmeter'])('%s → none', (text) => {
    expect(parseCountAnswer(text)).toBeUndefined();
  });
});

describe('a count inside a part phrase and a "keine" that stands for the people', () => {
  it.each([
    ['Wir sind ein Steuerbüro mit achtunddreißig Arbeitsplätzen, keiner davon ist mit einem Schwerbehinderten besetzt.', { workplaces: 38, employed: 0 }],
    ['Bei uns gibt es 84 Arbeitsplätze, einer davon ist mit einem schwerbehinderten Menschen besetzt.', { workplaces: 84, employed: 1 }],
    ['60 Stellen, zwei davon sind mit einer Gleichgestellten besetzt', { workplaces: 60, employed: 2 }],
    ['Und was zahlen wir, wenn wir gar keine haben?', { employed: 0 }],
    ['We have 70 employees. How much levy do we pay if we have none at all?', { workplaces: 70, employed: 0 }],
    ['Wir haben 30 Leute und keine Azubis', { workplaces: 30 }],
    ['Ich habe keine Ahnung, wir sind 50 Leute', { workplaces: 50 }],
  ])('%s', (text, expected) => {
    expect(parseLevyQuestion(text)).toEqual(expected);
  });
});

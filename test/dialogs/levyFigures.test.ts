import type { Activity } from 'botbuilder';
import { describe, expect, it } from 'vitest';
import { createTestBot, turn } from '../helpers/testBot.js';

/** The text of a reply with its card, as a user sees it. */
const shown = (reply: Partial<Activity> | undefined) => `${reply?.text ?? ''} ${JSON.stringify(reply?.attachments?.[0]?.content ?? '')}`;

/** Plays a conversation and returns what was shown for each message (the last reply of each turn). */
async function play(messages: string[], locale?: string): Promise<string[]> {
  const { adapter } = createTestBot(locale ? { locale } : {});
  const shownTexts: string[] = [];
  for (const message of messages) shownTexts.push(shown((await turn(adapter, message)).at(-1)));
  return shownTexts;
}

// Amounts by hand: § 160 Abs. 2 SGB IX with the 2025 rates of data/levy/rates.json (see test/core/levy/levyFigures.test.ts).
describe('levy conversations with the figures people give', () => {
  it('leaves out part-timers under 18 hours, says so, and counts them again when the hours are corrected', async () => {
    const [first, corrected, hired] = await play([
      'Wir haben zweiundvierzig Mitarbeiter, davon aber vier Aushilfen mit je 12 Stunden pro Woche. Schwerbehinderte haben wir keine. Wie hoch ist die Ausgleichsabgabe?',
      'Sorry, hab mich vertan, die Aushilfen arbeiten 20 Stunden die Woche',
      'und wenn wir einen schwerbehinderten einstellen für das ganze Jahr?',
    ]);
    expect(first).toMatch(/2\.820\s€/); // 38 workplaces → 12 × 235 €
    expect(first).toContain('4 Stellen mit weniger als 18 Wochenstunden zählen nicht als Arbeitsplätze (§ 156 Abs. 3 SGB IX)');
    expect(first).toContain('https://www.gesetze-im-internet.de/sgb_9_2018/__156.html');
    expect(corrected).toMatch(/11\.160\s€/); // 42 → 2 places × 12 × 465 €
    expect(corrected).not.toContain('18 Wochenstunden');
    expect(hired).toMatch(/1\.860\s€/); // 1 of 2 places filled → 12 × 155 €
  });

  it('counts a disabled colleague by month, answers the whole-year question and then when and to whom to pay', async () => {
    const [half, whole, payment] = await play([
      'Hallo. Neunzig Stellen, ein schwerbehinderter Kollege, der war aber nur von Januar bis Juni bei uns. Rechnen Sie mir die Ausgleichsabgabe für 2025 aus?',
      'und wenn er das ganze Jahr da gewesen wäre?',
      'Bis wann muss das bezahlt werden und an wen?',
    ]);
    expect(half).toMatch(/21\.870\s€/);
    expect(half).toContain('Januar bis Juni: 1, Juli bis Dezember: 0');
    expect(half).toContain('§ 163 Abs. 2 SGB IX');
    expect(whole).toMatch(/19\.440\s€/);
    expect(whole).not.toContain('Monat für Monat');
    expect(payment).toMatch(/19\.440\s€/);
    expect(payment).toContain('31. März 2026');
    expect(payment).toContain('LWL in Westfalen-Lippe');
    expect(payment).not.toContain('So habe ich gerechnet');
  });

  it('names the Inklusionsamt of a known place when asked when to pay', async () => {
    const [, payment] = await play(['Wir sind in Bielefeld, 90 Stellen, ein Schwerbehinderter. Wie viel Ausgleichsabgabe für 2025?', 'Bis wann müssen wir das zahlen?']);
    expect(payment).toContain('an das LWL-Inklusionsamt Arbeit');
    expect(payment).not.toContain('LVR');
  });

  it('counts a gleichgestellte colleague named earlier in the conversation, and says so', async () => {
    const [, levy] = await play([
      'Eine Mitarbeiterin von uns ist gleichgestellt. Bekommt sie Zusatzurlaub?',
      'Wir haben 100 Mitarbeiter und 3 Schwerbehinderte. Wie hoch ist die Ausgleichsabgabe?',
    ]);
    // 5 places, ΣB = 4 × 12 = 48, quota 4 % → 155 €; 12 × 155 €
    expect(levy).toMatch(/1\.860\s€/);
    expect(levy).toContain('Mitgezählt ist 1 gleichgestellte Person');
    expect(levy).toContain('§ 151 Abs. 3 SGB IX');
  });

  it('does not count a gleichgestellte person twice, nor one from a general question', async () => {
    const [, named] = await play(['Eine Mitarbeiterin von uns ist gleichgestellt.', '100 Mitarbeiter, 3 Schwerbehinderte und eine Gleichgestellte – Ausgleichsabgabe?']);
    expect(named).toMatch(/1\.860\s€/);
    const [, general] = await play(['Zählt ein gleichgestellter Mitarbeiter für die Quote?', 'Wir haben 100 Mitarbeiter und 3 Schwerbehinderte. Wie hoch ist die Ausgleichsabgabe?']);
    // 5 places, ΣB 36, quota 3 % → 155 €; 24 × 155 €
    expect(general).toMatch(/3\.720\s€/);
  });

  it('counts a schwerbehinderte trainee twice and says so', async () => {
    const [before, after] = await play(['Autohaus mit 45 Arbeitsplätzen plus 3 Azubis, keiner ist schwerbehindert. Müssen wir was zahlen und wie viel?', 'Jetzt fängt ab Januar ein schwerbehinderter Azubi bei uns an. Was müssten wir dann zahlen?']);
    expect(before).toMatch(/11\.160\s€/); // 45 → 2 places × 12 × 465 €
    expect(after).toContain('zählt doppelt (§ 159 Abs. 2 SGB IX)');
    expect(after).toContain('Es fällt keine Ausgleichsabgabe an');
  });

  it('calculates a business that opened in July for six months and says so', async () => {
    const [reply] = await play(['Wir haben erst im Juli eröffnet, 30 Mitarbeiter, keiner schwerbehindert. Ausgleichsabgabe 2025?']);
    expect(reply).toMatch(/1\.410\s€/); // 6 months × 235 €
    expect(reply).toContain('Gerechnet für die 6 Monate, in denen Ihr Betrieb bestand (Juli bis Dezember)');
  });

  it('does not credit a disabled part-timer under 18 hours, and says why', async () => {
    const [reply] = await play(['Wir haben 40 Mitarbeiter und einen Schwerbehinderten mit 15 Stunden. Was zahlen wir an Ausgleichsabgabe?']);
    expect(reply).toMatch(/2\.820\s€/); // 39 workplaces, none credited → 12 × 235 €
    expect(reply).toContain('nur mit Zulassung der Agentur für Arbeit (§ 158 Abs. 2 SGB IX)');
  });

  it('answers in English with the months and the trainees left out', async () => {
    const [reply] = await play(['We have 100 employees including 10 apprentices, and one severely disabled colleague from January to June. How much levy for 2025?'], 'en-US');
    // 90 → 5 places, ΣP 60, ΣB 6, quota 0.56 % → 405 €; 54 × 405 €
    expect(reply).toMatch(/21,870/);
    expect(reply).toContain('10 trainee positions do not count as workplaces (§ 157 Abs. 1 SGB IX)');
    expect(reply).toContain('January to June: 1');
    const [, due] = await play(['We have 100 employees and one severely disabled colleague. How much levy for 2025?', 'When is the payment due?'], 'en-US');
    expect(due).toContain('31 March 2026');
  });
});

// Round 5: amounts by hand in test/core/levy/levyRound5.test.ts and test/core/conversation/levyFollowUpRound4.test.ts.
describe('levy conversations, round 5', () => {
  it('counts workplaces that changed during the year by month and says so', async () => {
    const [first, withOne] = await play(['Bis März hatten wir 30 Mitarbeiter, ab April 45, keiner schwerbehindert. Was zahlen wir an Ausgleichsabgabe?', 'und mit einem Schwerbehinderten?']);
    expect(first).toMatch(/11\.160\s€/);
    expect(first).toContain('Januar bis März: 30, April bis Dezember: 45');
    expect(withOne).toMatch(/1\.860\s€/);
  });

  it('adds a disabled colleague for part of the year, and takes a trainee among those counted twice', async () => {
    const [, added] = await play(['Wir haben 95 Mitarbeiter und zwei Schwerbehinderte. Was zahlen wir für 2025?', 'Und wenn ab Juli noch ein dritter Schwerbehinderter dazugekommen wäre?']);
    expect(added).toMatch(/8\.250\s€/); // ΣB = 2 × 6 + 3 × 6 = 30 of ΣP 60 → 30 × 275
    const [, trainee] = await play(['Wir haben 240 Stellen und sieben Schwerbehinderte. Was zahlen wir für 2025?', 'Einer der sieben ist übrigens unser Azubi.']);
    expect(trainee).toMatch(/7\.440\s€/);
    expect(trainee).toContain('§ 159 Abs. 2 SGB IX');
  });
});

describe('levy answers on approximate figures', () => {
  it('calculates with the figure written and says that it was approximate', async () => {
    const [approximate, exact] = await play(['Wir haben so um die 80 Mitarbeiter und zwei Schwerbehinderte. Wieviel Ausgleichsabgabe wird da fällig?', 'Korrektur, wir sind 95.']);
    expect(approximate).toMatch(/6\.600\s€/);
    expect(approximate).toContain('ungefähr angegeben');
    expect(exact).toMatch(/9\.900\s€/);
    expect(exact).not.toContain('ungefähr angegeben');
  });
});

describe('Minijobs without hours', () => {
  it('leaves them out, says why, and counts them again when longer hours are given', async () => {
    const [first, corrected] = await play(['Wir haben 50 Mitarbeiter, davon 10 Minijobber, ein Schwerbehinderter. Was zahlen wir an Ausgleichsabgabe?', 'Die Minijobber arbeiten 20 Stunden die Woche.']);
    expect(first).toMatch(/1\.860\s€/); // 40 workplaces → 2 places, 1 credited → 12 × 155 €
    expect(first).toContain('Minijobs ohne Stundenangabe');
    expect(first).toContain('556 €');
    expect(corrected).toMatch(/1\.860\s€/); // 50 → still 2 places, 1 credited
    expect(corrected).not.toContain('Minijobs ohne Stundenangabe');
  });
});

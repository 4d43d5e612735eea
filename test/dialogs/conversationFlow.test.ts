import { describe, expect, it } from 'vitest';
import { createTestBot, shown, turn } from '../helpers/testBot.js';

describe('conversations keep their thread', () => {
  it('answers follow-ups as facets of the topic under discussion and switches topic keeping the facet', async () => {
    const { adapter } = createTestBot();
    await turn(adapter, 'Was ist das Budget für Arbeit?');
    const pays = shown(await turn(adapter, 'Wer zahlt das?'));
    expect(pays).toContain('Budget für Arbeit');
    expect(pays).toMatch(/LVR|LWL/);
    expect(pays).not.toContain('arbeitslos gemeldet');
    const much = shown(await turn(adapter, 'Wie viel gibt es?'));
    expect(much).toMatch(/75 %/);
    const other = shown(await turn(adapter, 'Und beim Eingliederungszuschuss?'));
    expect(other).toContain('Eingliederungszuschuss');
    expect(other).toMatch(/70 %/);
  });

  it('answers a probation follow-up from the sourced facts and a "wo" follow-up with the remembered office', async () => {
    const { adapter } = createTestBot();
    await turn(adapter, 'Wir sind eine Druckerei in Lüdenscheid. Was muss ich beachten, wenn ich einem schwerbehinderten Mitarbeiter kündigen will?');
    expect(shown(await turn(adapter, 'Gilt das auch in der Probezeit?'))).toMatch(/sechs Monat/);
    const where = shown(await turn(adapter, 'Und wo stelle ich den Antrag?'));
    expect(where).toContain('LWL-Inklusionsamt Arbeit');
    expect(where).not.toMatch(/LVR[^.]{0,45}\boder\b[^.]{0,45}LWL/);
  });

  it('answers a broad question with an overview and its follow-up for every instrument', async () => {
    const { adapter } = createTestBot();
    const overview = shown(await turn(adapter, 'Bekomme ich Geld, wenn ich einen schwerbehinderten Menschen einstelle?'));
    expect(overview).toContain('Eingliederungszuschuss');
    expect(overview).toContain('Passende Förderung finden');
    const where = shown(await turn(adapter, 'Und wo beantrage ich das alles?'));
    expect(where).toMatch(/Agentur für Arbeit/);
    expect(where).toMatch(/EAA/);
  });

  it('leaves the finder for a contact question, offers to resume, and resumes at the same step', async () => {
    const { adapter } = createTestBot();
    await turn(adapter, 'Förderprogramme');
    await turn(adapter, { type: 'message', value: { finder: 'hire', step: 'situation' } });
    const replies = await turn(adapter, 'Kurz dazwischen: Wer ist in Bielefeld unser Ansprechpartner?');
    expect(shown(replies)).toContain('Bielefeld');
    expect(shown(replies.slice(-1))).toContain('Weiter mit der Förderprogramm-Suche');
    const resumed = await turn(adapter, { type: 'message', value: { resume: 'finder' } });
    expect(shown(resumed)).toMatch(/Um wen geht es/);
  });

  it('recalculates the levy with one figure changed and answers small talk briefly', async () => {
    const { adapter } = createTestBot();
    expect(shown(await turn(adapter, 'Wir haben 70 Arbeitsplätze und keinen Schwerbehinderten. Wie hoch ist unsere Ausgleichsabgabe?'))).toMatch(/39\.120/);
    expect(shown(await turn(adapter, 'Und für 2024?'))).toMatch(/34\.560/);
    const thanks = shown(await turn(adapter, 'Danke!'));
    expect(thanks).toContain('Gern geschehen');
    expect(thanks).not.toContain('Rechtsgrundlage');
  });
});

describe('the levy calculator left for a contact question', () => {
  it('answers the contact question, offers to resume, and calculates with the kept number', async () => {
    const { adapter } = createTestBot();
    await turn(adapter, 'Ausgleichsabgabe berechnen');
    await turn(adapter, '80');
    const replies = await turn(adapter, 'Wer ist eigentlich in Dortmund zuständig?');
    expect(shown(replies)).toContain('Dortmund');
    expect(shown(replies.slice(-1))).toContain('Weiter mit der Abgabe-Berechnung');
    expect(shown(await turn(adapter, 'Wir haben übrigens zwei Schwerbehinderte.'))).toMatch(/6\.600/);
  });
});

describe('asking for what the data does not hold', () => {
  it('says plainly that the named office has no phone number in the data and gives the contact card', async () => {
    const { adapter } = createTestBot();
    const replies = await turn(adapter, 'Telefonnummer vom Inklusionsamt Köln');
    expect(replies[0]!.text).toMatch(/Telefonnummer für LVR-Inklusionsamt \(Köln\) habe ich in meinen Daten nicht/);
    expect(shown(replies.slice(1))).toContain('Köln');
  });

  it('asked for any phone number, gives the card with the one it has and says nothing is missing', async () => {
    const { adapter } = createTestBot();
    const replies = await turn(adapter, 'Welche Telefonnummer kann ich in Köln anrufen?');
    expect(replies[0]!.text).not.toMatch(/habe ich in meinen Daten nicht/);
    expect(shown(replies)).toContain('0800 4 5555 20');
  });
});

describe('an amount question right after a levy result', () => {
  it.each([
    ['Was müssten wir denn im Jahr bezahlen?'],
    ['Wie viel wäre das genau?'],
  ])('"%s" repeats the calculated amount, not the general rates', async (question) => {
    const { adapter } = createTestBot();
    expect(shown(await turn(adapter, 'Wir haben 30 Arbeitsplätze und niemand mit Schwerbehinderung. Ausgleichsabgabe?'))).toMatch(/2\.820/);
    const replies = await turn(adapter, question);
    expect(shown(replies)).toMatch(/2\.820/);
    expect(shown(replies)).not.toMatch(/Staffelbetr|je unbesetztem Pflichtarbeitsplatz und Monat bei einer Quote/i);
  });

  it('after a topic card the same question gives the amounts of the topic', async () => {
    const { adapter } = createTestBot();
    await turn(adapter, 'Wir haben 30 Arbeitsplätze und niemand mit Schwerbehinderung. Ausgleichsabgabe?');
    await turn(adapter, 'Was ist der Eingliederungszuschuss?');
    expect(shown(await turn(adapter, 'Wie viel gibt es da?'))).not.toMatch(/2\.820/);
  });
});

import type { Activity } from 'botbuilder';
import { describe, expect, it } from 'vitest';
import { createTestBot, shown, turn } from '../helpers/testBot.js';

const texts = (replies: Partial<Activity>[]): string => replies.map((r) => r.text ?? '').join('\n');

/** Starts the programme finder and leaves it for a knowledge question; returns the adapter waiting at the resume offer. */
async function finderLeftForQuestion(question: string) {
  const { adapter } = createTestBot();
  await turn(adapter, 'Förderprogramme');
  const answered = await turn(adapter, question);
  expect(texts(answered)).toMatch(/weitermachen/);
  return adapter;
}

describe('a guided dialog left for a question of its own', () => {
  it('takes the next message as the answer to the step it was left at', async () => {
    const adapter = await finderLeftForQuestion('Was bedeutet eigentlich Arbeitsassistenz?');
    // the situation step, answered in words: the finder goes on with the next step instead of routing the message
    expect(shown(await turn(adapter, 'Wir möchten eine neue Mitarbeiterin einstellen'))).toMatch(/Um wen geht es/);
  });

  it.each(['ja, weiter', 'Gerne', 'ok weitermachen', 'yes, continue'])('resumes on "%s" at the same step', async (yes) => {
    const adapter = await finderLeftForQuestion('Wie lange dauert der Kündigungsschutz?');
    expect(shown(await turn(adapter, yes))).toMatch(/Worum geht es|What is it about/);
  });

  it('still answers a new question while the finder waits to be resumed', async () => {
    const adapter = await finderLeftForQuestion('Was bedeutet eigentlich Arbeitsassistenz?');
    expect(shown(await turn(adapter, 'Und wie hoch ist der Zusatzurlaub?'))).toMatch(/Zusatzurlaub/);
  });

  it('answers a question during the contact search and asks for the place again', async () => {
    const { adapter } = createTestBot();
    await turn(adapter, 'Ansprechstelle finden');
    const replies = await turn(adapter, 'Was kostet mich die Beratung der EAA?');
    expect(shown(replies)).toMatch(/kostenlos/);
    expect(replies.at(-1)!.text).toMatch(/Für welchen Ort/);
    expect(shown(await turn(adapter, 'Gütersloh'))).toMatch(/Gütersloh/);
  });
});

describe('a language asked for in a message that refers back', () => {
  it('answers the last topic again in English', async () => {
    const { adapter } = createTestBot();
    await turn(adapter, 'Wie viel Zusatzurlaub gibt es?');
    const replies = await turn(adapter, 'Could you explain this in English?');
    expect(texts(replies)).toMatch(/English/);
    expect(shown(replies.slice(1))).toMatch(/additional (paid )?(days of )?leave/i);
  });

  it('answers the last contact card again in Einfache Sprache', async () => {
    const { adapter } = createTestBot();
    await turn(adapter, 'Ansprechstelle in Bochum');
    const replies = await turn(adapter, 'Können Sie das in Einfacher Sprache sagen?');
    expect(texts(replies)).toMatch(/Einfacher Sprache/);
    expect(shown(replies.slice(1))).toMatch(/Bochum/);
  });

  it('answers a question with a topic of its own in the language asked for, not the last one', async () => {
    const { adapter } = createTestBot();
    await turn(adapter, 'Wie viel Zusatzurlaub gibt es?');
    expect(shown(await turn(adapter, 'What is the Budget für Arbeit? In English please'))).toMatch(/[Bb]udget for work/);
  });
});

describe('a question that asks who helps', () => {
  it('is no praise', async () => {
    const { adapter } = createTestBot();
    await turn(adapter, 'Was ist das Budget für Arbeit?');
    expect(texts(await turn(adapter, 'Wer hilft uns bei dem Antrag?'))).not.toMatch(/freut mich/);
  });

  it('while "das hilft mir" still is', async () => {
    const { adapter } = createTestBot();
    await turn(adapter, 'Was ist das Budget für Arbeit?');
    expect(texts(await turn(adapter, 'Das hilft mir sehr, danke'))).toMatch(/freut mich|gern|Gern/);
  });
});

describe('a conversation about hiring from a Werkstatt keeps its topic', () => {
  it('answers the first of two readings that name each other as related instead of asking back', async () => {
    const { adapter } = createTestBot();
    const replies = await turn(adapter, 'Eine Kollegin aus der Behindertenwerkstatt möchte zu uns in die Küche wechseln. Geht das?');
    expect(texts(replies)).not.toMatch(/Meinten Sie/);
    expect(shown(replies)).toMatch(/Budget für Arbeit|Werkstatt/);
  });

  it.each([
    ['de', [], 'Falls es bei uns doch nicht klappt, was dann?', /zurück/],
    ['de-x-simple', ['Einfache Sprache'], 'Und wenn es nicht gut geht?', /zurück/],
    ['en', ['English please'], 'What if it does not work out for her?', /go back/],
  ])('answers "what if it does not work out" with the return to the workshop (%s)', async (_language, before, question, expected) => {
    const { adapter } = createTestBot();
    for (const message of before) await turn(adapter, message);
    await turn(adapter, 'Was ist das Budget für Arbeit?');
    expect(shown(await turn(adapter, question))).toMatch(expected);
  });

  it('answers "Bekomme ich Geld dafür?" with the amount of the topic at hand', async () => {
    const { adapter } = createTestBot();
    await turn(adapter, 'Einfache Sprache');
    await turn(adapter, 'Was ist das Budget für Arbeit?');
    const replies = await turn(adapter, 'Kriege ich dafür Geld?');
    expect(texts(replies)).not.toMatch(/Meinen Sie/);
    expect(shown(replies)).toMatch(/75 Prozent/);
  });
});

describe('a question in the middle of the contact search', () => {
  it('is answered (not taken for a place) and the search offered to resume', async () => {
    const { adapter } = createTestBot();
    await turn(adapter, 'Ansprechstelle finden');
    const replies = await turn(adapter, 'Was muss ich bei einem Minijob abführen?');
    expect(texts(replies)).not.toMatch(/Diesen Ort finde ich/);
    expect(texts(replies)).toMatch(/weitermachen/);
    expect(shown(await turn(adapter, 'ja bitte'))).toMatch(/Für welchen Ort/);
  });

  it('explains why the place is asked when the user asks what is meant', async () => {
    const { adapter } = createTestBot();
    await turn(adapter, 'Ansprechstelle finden');
    const replies = await turn(adapter, 'Wie meinen Sie das?');
    expect(texts(replies)).toMatch(/Kreis/);
    expect(replies.at(-1)!.text).toMatch(/Für welchen Ort/);
  });
});

describe('a question about the finder step itself', () => {
  it.each([
    ['Hä? Was meinen Sie damit?', /eigenen Worten/],
    ['What do you mean?', /own words/],
  ])('"%s" explains how to answer and asks the same step again', async (question, expected) => {
    const { adapter } = createTestBot();
    await turn(adapter, 'Förderprogramme');
    await turn(adapter, 'Wir wollen jemanden einstellen');
    const replies = await turn(adapter, question);
    expect(texts(replies)).toMatch(expected);
    expect(texts(replies)).toMatch(/Um wen geht es|Who is it about/);
  });
});

describe('a kept finder and a levy calculation', () => {
  it('starts the levy calculator for a levy request rather than resuming the finder with its figures', async () => {
    const adapter = await finderLeftForQuestion('Was bedeutet eigentlich Arbeitsassistenz?');
    // a statement with a size and the levy would otherwise fill the kept finder's steps
    const replies = await turn(adapter, 'Wir sind 45 Arbeitsplätze groß, rechnen Sie uns bitte die Ausgleichsabgabe aus.');
    expect(texts(replies)).toMatch(/schwerbehinderte/);
    expect(texts(replies)).not.toMatch(/Wo ist Ihr Betrieb/);
  });
});

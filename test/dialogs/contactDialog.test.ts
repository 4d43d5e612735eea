import type { Activity } from 'botbuilder';
import { describe, expect, it } from 'vitest';
import { createTestBot, turn } from '../helpers/testBot.js';

const cardOf = (reply: Partial<Activity> | undefined) => reply?.attachments?.[0]?.content as Record<string, any> | undefined;
const cardText = (reply: Partial<Activity> | undefined) => JSON.stringify(cardOf(reply) ?? {});

describe('ContactDialog', () => {
  it('answers at once when the question names a place, EAA first', async () => {
    const { adapter } = createTestBot();
    const [reply] = await turn(adapter, 'Wer ist meine EAA in Lippstadt?');
    const card = cardOf(reply)!;
    expect(card.body[0].text).toContain('Kreis Soest');
    const names = card.body.filter((b: any) => b.weight === 'Bolder' && b.separator).map((b: any) => b.text);
    expect(names[0]).toMatch(/EAA|Einheitliche Ansprechstellen/);
    expect(cardText(reply)).toContain('LWL-Inklusionsamt Arbeit');
    expect(cardText(reply)).not.toContain('LVR-Inklusionsamt');
  });

  it('asks for the place, then answers for a postal code', async () => {
    const { adapter } = createTestBot();
    const [ask] = await turn(adapter, 'Ansprechstelle finden');
    expect(ask!.text).toContain('Postleitzahl');
    const [reply] = await turn(adapter, '50667');
    expect(cardOf(reply)!.body[0].text).toContain('Köln');
    expect(cardText(reply)).toContain('EAA Rheinland');
  });

  it('names the Landschaftsverband of an informal region and asks for the district with buttons', async () => {
    const { adapter } = createTestBot();
    const [reply] = await turn(adapter, 'Wir sind ein Betrieb im Sauerland. Wer ist unsere EAA?');
    expect(reply!.text).toMatch(/Sauerland liegt im Gebiet des Landschaftsverbands Westfalen-Lippe \(LWL\).*LWL-Inklusionsamt Arbeit.*In welchem Kreis/s);
    expect(cardOf(reply)!.actions.map((a: any) => a.title)).toEqual(['Hochsauerlandkreis', 'Märkischer Kreis', 'Kreis Olpe', 'Kreis Soest']);
    const [answer] = await turn(adapter, 'Meschede');
    expect(cardOf(answer)!.body[0].text).toContain('Hochsauerlandkreis');
  });

  it('asks in English and by name for a region as large as a Landschaftsverband', async () => {
    const { adapter } = createTestBot({ locale: 'en-US' });
    const [reply] = await turn(adapter, 'Who is the contact for a company in the Rhineland?');
    expect(reply!.text).toMatch(/The Rhineland region lies in the area of the Landschaftsverband Rheinland \(LVR\).*Please give your town/s);
    expect(cardOf(reply)!.actions).toEqual([]);
  });

  it('says for a region across both Landschaftsverbände that it spans both', async () => {
    const { adapter } = createTestBot();
    const [reply] = await turn(adapter, 'Wir haben Filialen im ganzen Ruhrgebiet. Welche EAA ist für uns zuständig?');
    expect(reply!.text).toMatch(/Rheinland \(LVR\) und in Westfalen-Lippe \(LWL\)/);
    expect(cardOf(reply)!.actions).toHaveLength(15);
  });

  it('says that an unknown postal code is no NRW postal code and asks again', async () => {
    const { adapter } = createTestBot();
    const [reply] = await turn(adapter, '99999');
    expect(reply!.text).toContain('99999 ist keine Postleitzahl in Nordrhein-Westfalen');
    const [answer] = await turn(adapter, 'Wir sitzen in Coesfeld.');
    expect(cardOf(answer)!.body[0].text).toContain('Coesfeld');
  });

  it('says that a postal code outside NRW is no NRW postal code and where it belongs', async () => {
    const { adapter } = createTestBot();
    const [reply] = await turn(adapter, 'Wir sitzen in 80331');
    expect(reply!.text).toMatch(/80331 ist keine Postleitzahl in Nordrhein-Westfalen \(sie gehört zu München\)/);
  });

  it('answers a message that only states a place or corrects it', async () => {
    const { adapter } = createTestBot();
    expect(cardOf((await turn(adapter, 'Wir sitzen in 57392'))[0])!.body[0].text).toContain('Hochsauerlandkreis');
    expect(cardOf((await turn(adapter, 'Ich meinte Köln-Mülheim'))[0])!.body[0].text).toContain('Köln');
  });

  it('asks which place is meant when a name fits several districts, with buttons', async () => {
    const { adapter } = createTestBot();
    const [ask] = await turn(adapter, 'Ansprechpartner für Gladbach');
    const options = cardOf(ask)!.actions.map((a: any) => a.title);
    expect(options).toEqual(expect.arrayContaining(['Mönchengladbach', 'Bergisch Gladbach']));
    const bergisch = cardOf(ask)!.actions.find((a: any) => a.title === 'Bergisch Gladbach');
    const [reply] = await turn(adapter, { type: 'message', value: bergisch.data } as never);
    expect(cardOf(reply)!.body[0].text).toContain('Rheinisch-Bergischer Kreis');
  });

  it('says when a place is outside NRW and links the nationwide EAA information', async () => {
    const { adapter } = createTestBot();
    const [reply] = await turn(adapter, 'Wer ist die EAA in Berlin?');
    expect(reply!.text).toContain('nicht in Nordrhein-Westfalen');
    expect(reply!.text).toContain('https://www.bih.de/integrationsaemter/aufgaben-und-leistungen/einheitliche-ansprechstellen/');
  });

  it('asks again for an unknown place and gives the overview after three tries', async () => {
    const { adapter } = createTestBot();
    await turn(adapter, 'Ansprechstelle finden');
    expect((await turn(adapter, 'Xyzhausen'))[0]!.text).toContain('finde ich in Nordrhein-Westfalen nicht');
    await turn(adapter, 'Qwertzingen');
    const [last] = await turn(adapter, 'Asdfstadt');
    expect(last!.text).toContain('bih.de');
    expect((await turn(adapter, 'Hilfe'))[0]!.text).toContain('So können Sie mich nutzen');
  });

  it('answers a question in the middle and then asks for the place again', async () => {
    const { adapter } = createTestBot();
    await turn(adapter, 'Ansprechstelle finden');
    const replies = await turn(adapter, 'Wie lange dauert der Zusatzurlaub für schwerbehinderte Beschäftigte?');
    expect(replies.map((r) => r.text).join('\n')).toContain('Zusatzurlaub');
    expect(replies.at(-1)!.text).toContain('Postleitzahl');
    const [reply] = await turn(adapter, 'Kreis Düren');
    expect(cardOf(reply)!.body[0].text).toContain('Düren');
  });

  it('switches the language inside the dialog without losing its step', async () => {
    const { adapter } = createTestBot();
    await turn(adapter, 'Ansprechstelle finden');
    const replies = await turn(adapter, 'English please');
    expect(replies[0]!.text).toContain('English');
    expect(replies.at(-1)!.text).toContain('postal code');
    const [reply] = await turn(adapter, 'Bielefeld');
    expect(cardOf(reply)!.body[0].text).toContain('Your contact points');
  });

  it('remembers the district and offers it again', async () => {
    const { adapter } = createTestBot();
    await turn(adapter, 'EAA im Märkischen Kreis');
    const [again] = await turn(adapter, 'Ansprechstelle finden');
    expect(cardOf(again)!.body[0].text).toContain('Märkischer Kreis');
    const [other] = await turn(adapter, { type: 'message', value: { command: 'findContact', otherPlace: true } } as never);
    expect(other!.text).toContain('Postleitzahl');
  });

  it('names the remembered district on later answers, and that button answers for it', async () => {
    const { adapter } = createTestBot();
    await turn(adapter, 'Wer ist meine EAA in Lippstadt?');
    const [topic] = await turn(adapter, 'Was ist das Budget für Arbeit?');
    const labels = topic!.suggestedActions!.actions.map((a) => a.title);
    expect(labels[0]).toBe('Ansprechstellen: Kreis Soest');
    const [reply] = await turn(adapter, labels[0]!);
    expect(cardOf(reply)!.body[0].text).toContain('Kreis Soest');

    await turn(adapter, 'Einfache Sprache');
    const [simple] = await turn(adapter, 'Was ist das Budget für Arbeit?');
    expect(simple!.suggestedActions!.actions[0]!.title).toBe('Beratung: Kreis Soest');
  });

  it('offers the plain contact button while no district is known', async () => {
    const { adapter } = createTestBot();
    const [topic] = await turn(adapter, 'Was ist das Budget für Arbeit?');
    expect(topic!.suggestedActions!.actions[0]!.title).toBe('Ansprechstelle finden');
  });

  it('answers the remembered-district label for its place even when the conversation has forgotten it', async () => {
    const { adapter } = createTestBot({ locale: 'en-US' });
    const [reply] = await turn(adapter, 'Contact points: Kreis Lippe');
    expect(cardOf(reply)!.body[0].text).toContain('Kreis Lippe');
  });

  it('can be cancelled', async () => {
    const { adapter } = createTestBot();
    await turn(adapter, 'Ansprechstelle finden');
    expect((await turn(adapter, 'abbrechen'))[0]!.text).toContain('abgebrochen');
    expect((await turn(adapter, 'Hilfe'))[0]!.text).toContain('So können Sie mich nutzen');
  });
});

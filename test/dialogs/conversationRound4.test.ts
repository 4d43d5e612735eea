import type { Activity } from 'botbuilder';
import { describe, expect, it } from 'vitest';
import { createTestBot, shown, turn } from '../helpers/testBot.js';

/** The card buttons of a reply. */
const buttons = (replies: Partial<Activity>[]): { title: string; data: Record<string, unknown> }[] =>
  replies.flatMap((r) => ((r.attachments?.[0]?.content as { actions?: { title: string; data: Record<string, unknown> }[] } | undefined)?.actions ?? []));

describe('round 4: follow-ups after an ask-back, places said earlier, the office of the known district', () => {
  it('after an ask-back that offers the EAA first, "Wer zahlt das?" never silently answers the first button', async () => {
    const { adapter } = createTestBot();
    const asked = await turn(adapter, 'Unsere gehörlose Mitarbeiterin braucht bei Besprechungen jemanden, der übersetzt. Gibt es dafür Geld?');
    const offered = buttons(asked).map((b) => b.data.topic).filter(Boolean);
    expect(offered[0]).toBe('eaa');
    const paid = await turn(adapter, 'Wer zahlt das?');
    const text = paid[0]?.text ?? '';
    expect(text).not.toMatch(/Einheitliche Ansprechstellen/u);
    // the offered topic that stands out, or the choices again with the facet on each button
    const again = buttons(paid).filter((b) => b.data.facet === 'provider').map((b) => b.data.topic);
    expect(/– wer zahlt und entscheidet/u.test(text) || again.join() === offered.join()).toBe(true);
  });

  it('asks again when no offered topic stands out, and a button then answers the facet for that topic', async () => {
    const { adapter } = createTestBot();
    await turn(adapter, 'Zuschuss');
    const again = await turn(adapter, 'Wer zahlt das?');
    const choice = buttons(again).find((b) => b.data.facet === 'provider');
    expect(again[0]?.text).toMatch(/Zu welchem dieser Themen/u);
    expect(choice).toBeDefined();
    const answer = shown(await turn(adapter, { type: 'message', value: choice!.data }));
    expect(answer).toMatch(/– wer zahlt und entscheidet/u);
  });

  it('with the district known, facet answers and cards name only its Landschaftsverband\'s office', async () => {
    const { adapter } = createTestBot();
    const card = shown(await turn(adapter, 'Wir sind ein Betrieb im Kreis Unna. Ein schwerbehinderter Monteur soll gekündigt werden. Was muss ich beachten?'));
    expect(card).toMatch(/LWL-Inklusionsamt Arbeit/u);
    expect(card).not.toMatch(/LVR-Inklusionsamt \(Rheinland\) oder/u);
    const consent = shown(await turn(adapter, 'Wer muss da zustimmen?'));
    expect(consent).toMatch(/LWL-Inklusionsamt Arbeit/u);
    expect(consent).not.toMatch(/LVR-Inklusionsamt/u);
  });

  it('remembers the place of an earlier message, and a surname after "mein Name ist" is no place', async () => {
    const { adapter } = createTestBot();
    await turn(adapter, 'Guten Tag, mein Name ist Hamm, ich bin in der Personalabteilung einer Spedition in Essen. Wie läuft das mit einer Gleichstellung für einen Mitarbeiter mit GdB 40?');
    const office = shown(await turn(adapter, 'Welches Inklusionsamt ist denn für uns zuständig?'));
    expect(office).toMatch(/Essen/u);
    expect(office).toMatch(/LVR-Inklusionsamt/u);
    expect(office).not.toMatch(/LWL-Inklusionsamt/u);
  });

  it('"ich meinte Dortmund" after an answer that named the office of Essen names the office of Dortmund', async () => {
    const { adapter } = createTestBot();
    expect(shown(await turn(adapter, 'Wir sind in Essen. Wer zahlt eigentlich einen Umbau am Arbeitsplatz?'))).toMatch(/LVR-Inklusionsamt/u);
    const corrected = shown(await turn(adapter, 'ich meinte Dortmund'));
    expect(corrected).toMatch(/Dortmund ist zuständig: LWL-Inklusionsamt Arbeit/u);
    expect(corrected).not.toMatch(/LVR-Inklusionsamt/u);
  });

  it('"und wenn …?" with a new circumstance stays with the topic at hand', async () => {
    const { adapter } = createTestBot();
    await turn(adapter, 'Wir stellen im Sommer einen Azubi mit Schwerbehinderung ein. Bekommen wir was zur Ausbildungsvergütung dazu?');
    await turn(adapter, 'Wie viel Prozent sind das bei ihm genau?');
    expect(shown(await turn(adapter, 'Und wenn wir ihn nach der Prüfung übernehmen, gibts da nochmal was?'))).toMatch(/Eingliederungszuschuss/u);
  });

  it('"Und wo stellt er den Antrag?" after the Zusatzurlaub (no application) answers the Gleichstellung asked before', async () => {
    const { adapter } = createTestBot();
    await turn(adapter, 'Was bringt es eigentlich, wenn sich ein Mitarbeiter mit GdB 30 gleichstellen lässt?');
    await turn(adapter, 'Kriegt der dann auch die fünf Tage Zusatzurlaub?');
    expect(shown(await turn(adapter, 'Und wo stellt er den Antrag?'))).toMatch(/\*\*Gleichstellung[^*]*\*\* – Antrag[\s\S]*Agentur für Arbeit/u);
  });

  it('"ab wann gilt das?" asks from when a topic applies', async () => {
    const { adapter } = createTestBot();
    await turn(adapter, 'Was bringt es eigentlich, wenn sich ein Mitarbeiter mit GdB 30 gleichstellen lässt?');
    const start = shown(await turn(adapter, 'ab wann gilt das dann?'));
    expect(start).toMatch(/– ab wann es gilt:/u);
    expect(start).toMatch(/ab dem Tag, an dem der Antrag (bei der Agentur für Arbeit )?eingeht/u);
  });
});

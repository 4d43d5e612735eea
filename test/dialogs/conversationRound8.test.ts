import { describe, expect, it } from 'vitest';
import { lastReply } from '../helpers/testBot.js';

describe('round 8: hypotheses on a levy result, goodbyes, a language asked for beside small talk', () => {
  it.each([
    {
      case: '"Angenommen, …" poses a hypothesis on the last levy result; "stellen … ein" adds to the people counted',
      locale: 'de-DE',
      messages: ['Rechnen Sie die Ausgleichsabgabe für 2025 aus: 120 Arbeitsplätze, ein Schwerbehinderter.', 'Angenommen, wir stellen zwei schwerbehinderte Menschen ein – was dann?'],
      // 6 Pflichtplätze, 3 besetzt, Quote 2,5 % → 275 € × 3 × 12
      shows: [/\b9\.900\s€/u],
      hides: [/19\.440\s€/u, /Meinten Sie/u],
    },
    {
      case: 'a bare count after the hypothesis sets the people counted',
      locale: 'de-DE',
      messages: ['Rechnen Sie die Ausgleichsabgabe für 2025 aus: 120 Arbeitsplätze, ein Schwerbehinderter.', 'Nehmen wir mal an, wir stellen zwei schwerbehinderte Menschen ein. Wie viel wäre es dann?', 'Und mit fünf?'],
      shows: [/\b1\.860\s€/u],
      hides: [/keine gesicherte Information/u],
    },
    {
      case: 'an added trainee given by an article still adds (no second count)',
      locale: 'de-DE',
      messages: ['Rechnen Sie die Ausgleichsabgabe für 2025 aus: 120 Arbeitsplätze, ein Schwerbehinderter.', 'Und wenn wir noch einen schwerbehinderten Azubi einstellen?'],
      // the trainee counts twice: 3 of 6 places filled
      shows: [/\b9\.900\s€/u],
      hides: [/19\.440\s€/u],
    },
    {
      case: 'the English hypothesis lead',
      locale: 'en-US',
      messages: ['Please calculate the levy for 2025: 120 workplaces, one severely disabled employee.', 'Suppose we hire two more severely disabled people – what then?'],
      shows: [/9,900/u],
      hides: [/19,440/u],
    },
    {
      case: '"Let us say …" is a hypothesis lead too',
      locale: 'en-US',
      messages: ['Please calculate the levy for 2025: 45 workplaces, no severely disabled employees.', 'Let us say we hire one severely disabled person, what then?'],
      // 2 places, 1 filled, quota 2.2 % → 155 € (under 60 workplaces) × 12
      shows: [/1,860/u],
      hides: [/11,160/u],
    },
  ])('$case', async ({ locale, messages, shows, hides }) => {
    const reply = await lastReply(messages, locale);
    for (const pattern of shows) expect(reply).toMatch(pattern);
    for (const pattern of hides) expect(reply).not.toMatch(pattern);
  });

  it.each(['Tschö!', 'Machs gut', 'Na dann, bis morgen'])('"%s" after an answer is a goodbye', async (bye) => {
    const reply = await lastReply(['Was ist ein BEM?', bye]);
    expect(reply).toMatch(/Auf Wiedersehen/u);
    expect(reply).not.toMatch(/keine gesicherte Information/u);
  });

  it('a language asked for beside small talk switches and confirms; the next question is answered in it', async () => {
    const messages = ['Wir wollen einen schwerbehinderten Lagerarbeiter einstellen. Gibt es Förderung?', 'Sorry, my boss from Ireland is joining the chat now. Could you please switch to English?'];
    const switched = await lastReply(messages);
    expect(switched).toMatch(/answer in English from now on/u);
    expect(switched).not.toMatch(/no reliable information/u);
    expect(await lastReply([...messages, 'How long is the wage subsidy paid?'])).toMatch(/Integration subsidy/u);
  });

  it('a telling sentence the recognizer places somewhere does not hide that the asking one only wants another language', async () => {
    const reply = await lastReply(['Was ist ein BEM?', 'Mein Kollege aus Schottland übernimmt jetzt. Könnten wir auf Englisch weitermachen?']);
    expect(reply).toMatch(/answer in English from now on/u);
    expect(reply).not.toMatch(/extraordinary burdens/u);
  });

  it('"ciao, bis zum nächsten Mal" is a goodbye', async () => {
    expect(await lastReply(['Was ist ein BEM?', 'Okay danke, ciao bis zum nächsten Mal'])).toMatch(/Auf Wiedersehen/u);
  });

  it('a language asked for beside a question of the remit answers the question', async () => {
    expect(await lastReply(['Hello, my German is not good. How long is the integration subsidy paid?'])).toMatch(/Integration subsidy/u);
    expect(await lastReply(['Was ist ein BEM?', 'In English please. We employ a blind man and need a screen reader.'])).toMatch(/Adapting workplaces/u);
    // not only the confirmation of the switch: the question is answered too
    expect(await lastReply(['Guten Tag, can you answer in English? We plan to hire a deaf warehouse worker.'])).not.toMatch(/^All right: I will answer in English from now on, and you can switch back at any time\.$/u);
  });

  it.each([
    {
      case: '"Was ändert sich dadurch für uns?" after a topic card asks what the topic means for the employer: the topic again',
      locale: 'de-DE',
      messages: ['Was ist eine Gleichstellung?', 'Was ändert sich dadurch für uns als Firma?'],
      shows: [/Gleichstellung mit schwerbehinderten Menschen/u, /Kündigungsschutz/u],
      hides: [/Meinten Sie/u],
    },
    {
      case: '"Was heißt das konkret für unseren Betrieb?" is not a topic on businesses',
      locale: 'de-DE',
      messages: ['Was ist das Budget für Arbeit?', 'Was heißt das konkret für unseren Betrieb?'],
      shows: [/\*\*Budget für Arbeit\*\*/u],
      hides: [/Inklusionsinitiative/u],
    },
    {
      case: 'the same in English',
      locale: 'en-US',
      messages: ['What is equal status?', 'What does that change for us as a company?'],
      shows: [/Equal status with severely disabled people/u],
      hides: [/no reliable information/u],
    },
    {
      case: '"Welche Auswirkungen hat das für uns?" after a status card asks what it means for the employer',
      locale: 'de-DE',
      messages: ['Eine Mitarbeiterin hat jetzt einen Schwerbehindertenausweis bekommen.', 'Welche Auswirkungen hat das für uns als Arbeitgeber?'],
      shows: [/Schwerbehindertenausweis und Grad der Behinderung/u],
      hides: [/Meinten Sie/u],
    },
    {
      case: '"erst drei Monate bei uns" is the waiting period of the Kündigungsschutz, also after a hypothesis lead',
      locale: 'de-DE',
      messages: ['Was ist der Kündigungsschutz?', 'Angenommen, er ist erst drei Monate bei uns?'],
      shows: [/ersten sechs Monaten/u, /§ 173 Abs\. 1 Nr\. 1 SGB IX/u],
      hides: [],
    },
    {
      case: 'the same in English',
      locale: 'en-US',
      messages: ['What is the special protection against dismissal?', 'What if he has only been with us for four months?'],
      shows: [/requirements and special cases/u, /six months/u],
      hides: [],
    },
    {
      case: '"wie erreichen wir die hier in …?" after a facet answer asks for the contacts of that place',
      locale: 'de-DE',
      messages: ['Was ist der Integrationsfachdienst?', 'Kostet uns das etwas?', 'Und wie erreichen wir die hier in Solingen?'],
      shows: [/Ansprechstellen für Solingen/u],
      hides: [/Voraussetzungen und Sonderfälle/u],
    },
    {
      case: '"Wie erreichen wir die Quote?" is no contact question',
      locale: 'de-DE',
      messages: ['Was ist die Beschäftigungspflicht?', 'Wie erreichen wir die Quote?'],
      shows: [],
      hides: [/Für welchen Ort suchen Sie Ansprechstellen/u],
    },
    {
      case: 'a wage question after a contact card in between is still about the topic before it',
      locale: 'de-DE',
      messages: ['Was ist das Budget für Arbeit?', 'Wer ist in Paderborn der Ansprechpartner?', 'Muss ich sie dann nach Mindestlohn bezahlen?'],
      shows: [/Budget für Arbeit\*\* – Lohn/u, /ortsüblich|tarif/u],
      hides: [/Arbeitsrecht/u],
    },
  ])('$case', async ({ locale, messages, shows, hides }) => {
    const reply = await lastReply(messages, locale);
    for (const pattern of shows) expect(reply).toMatch(pattern);
    for (const pattern of hides) expect(reply).not.toMatch(pattern);
  });

describe('a subject outside the remit asked about a person with a GdB', () => {
  // the GdB says who is meant; the amount asked is the tax office's, not the GdB topic's
  it.each(['Wie viel Steuerfreibetrag steht einer Mitarbeiterin mit GdB 80 zu?', 'Wie hoch ist der Pauschbetrag für einen Kollegen mit GdB 60?'])('"%s" gets the tax referral', async (q) => {
    const reply = await lastReply([q]);
    expect(reply).toMatch(/Finanzamt/u);
    expect(reply).not.toMatch(/Schwerbehindertenausweis und Grad der Behinderung/u);
  });

  it('keeps the topic when the amount asked is ours', async () => {
    expect(await lastReply(['Wie viele Tage Zusatzurlaub bekommt ein Mitarbeiter mit GdB 50?'])).toMatch(/Zusatzurlaub/u);
  });
});

});

import { describe, it } from 'vitest';
import { expectReply } from '../helpers/replyCase.js';

describe('round 12b: what the employer has to do or sign, conditions asked with a verb, one instrument of an overview', () => {
  it.each([
    {
      case: 'whether the employer must sign something is the application of the topic at hand',
      locale: 'de-DE',
      messages: ['Eine Lageristin hat einen GdB von 40 und will gleichgestellt werden. Was heißt das für uns?', 'Müssen wir da auch was unterschreiben?'],
      shows: [/Gleichstellung mit schwerbehinderten Menschen\*\* – Antrag und Ablauf/u, /beantragt/u],
      hides: [/keine gesicherte Information/u],
    },
    {
      case: 'what we should do, with words in between, asks for the steps of the topic at hand',
      locale: 'de-DE',
      messages: ['Ein blinder Buchhalter braucht jemanden, der ihm Briefe vorliest. Wer bezahlt so eine Hilfe?', 'Und was sollen wir als Betrieb genau machen?'],
      shows: [/Arbeitsassistenz\*\* – Antrag und Ablauf/u],
      hides: [/Meinten Sie/u, /keine gesicherte Information/u],
    },
    {
      case: 'whether we have to fill something in asks the application',
      locale: 'de-DE',
      messages: ['Ein blinder Buchhalter braucht jemanden, der ihm Briefe vorliest. Wer bezahlt so eine Hilfe?', 'Müssen wir dafür etwas ausfüllen?'],
      shows: [/Arbeitsassistenz\*\* – Antrag und Ablauf/u, /beantragt/u],
      hides: [/Meinten Sie/u],
    },
    {
      case: 'English: what we should do first is the application of the topic at hand',
      locale: 'en-US',
      messages: ['We want to dismiss a warehouse worker who is severely disabled. Is that allowed?', 'Right, so what should we do first?'],
      shows: [/besonderer Kündigungsschutz\)\*\* – application and procedure/u, /Integration Office/u],
      hides: [/Did you mean/u],
    },
    {
      case: 'after an overview, an unsure reading with only one of its instruments among its candidates means that one',
      locale: 'de-DE',
      messages: ['Ein Kollege schafft nach seinem Schlaganfall nicht mehr so viel. Welche Unterstützung gibt es, damit er bleiben kann?', 'Und das mit dem Zuschuss, was ist das genau?'],
      shows: [/\*\*Leistungen bei außergewöhnlichen Belastungen \(Beschäftigungssicherungszuschuss\)\*\*/u],
      hides: [/Meinten Sie/u, /Ausbildungsvergütung/u],
    },
    {
      case: 'English: the subsidy one of an overview',
      locale: 'en-US',
      messages: ['A colleague cannot do as much since his stroke. What support is there so he can stay?', 'the subsidy one, explain that please'],
      shows: [/\*\*Payments for extraordinary burdens \(Beschäftigungssicherungszuschuss\)\*\*/u],
      hides: [/Did you mean/u],
    },
    {
      case: '"setzt das … voraus" asks the conditions of the topic at hand',
      locale: 'de-DE',
      messages: ['Was ist Arbeitsassistenz?', 'Setzt das eine bestimmte Stundenzahl voraus?'],
      shows: [/Arbeitsassistenz\*\* – Voraussetzungen und Sonderfälle/u],
      hides: [/keine gesicherte Information/u],
    },
  ])('$case', async ({ locale, messages, shows, hides }) => {
    await expectReply({ locale, messages, shows, hides });
  });
});

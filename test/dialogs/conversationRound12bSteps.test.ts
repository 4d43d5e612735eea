import { describe, it } from 'vitest';
import { expectReply } from '../helpers/replyCase.js';

describe('round 12b: what the employer has to do, sign or apply for, asked after a topic', () => {
  it.each([
    {
      case: 'whether the employer must sign something is the application of the topic at hand',
      locale: 'de-DE',
      messages: ['Eine Lageristin hat einen GdB von 40 und will gleichgestellt werden. Was heißt das für uns?', 'Müssen wir da auch was unterschreiben?'],
      shows: [/Gleichstellung mit schwerbehinderten Menschen\*\* – Antrag und Ablauf/u, /beantragt/u],
      hides: [/keine gesicherte Information/u],
    },
    {
      case: 'what we should do now, with words in between, asks for the steps of the topic at hand',
      locale: 'de-DE',
      messages: ['Ein blinder Buchhalter braucht jemanden, der ihm Briefe vorliest. Wer bezahlt so eine Hilfe?', 'Und was sollen wir jetzt als Betrieb genau machen?'],
      shows: [/Arbeitsassistenz\*\* – Antrag und Ablauf/u],
      hides: [/Meinten Sie/u, /keine gesicherte Information/u],
    },
    {
      case: '"he or we" asks who applies',
      locale: 'de-DE',
      messages: ['Ein blinder Buchhalter braucht jemanden, der ihm Briefe vorliest. Wer bezahlt so eine Hilfe?', 'Kümmert sich darum er oder wir?'],
      shows: [/Arbeitsassistenz\*\* – Antrag und Ablauf/u, /beantragt/u],
      hides: [/Meinten Sie/u],
    },
    {
      case: 'English: what we should do next is the application of the topic at hand',
      locale: 'en-US',
      messages: ['We want to dismiss a warehouse worker who is severely disabled. Is that allowed?', 'Right, so what should we do now?'],
      shows: [/besonderer Kündigungsschutz\)\*\* – application and procedure/u, /Integration Office/u],
      hides: [/Did you mean/u],
    },
  ])('$case', async ({ locale, messages, shows, hides }) => {
    await expectReply({ locale, messages, shows, hides });
  });
});

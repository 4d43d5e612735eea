import { describe, expect, it } from 'vitest';
import { createTestBot, turn } from '../helpers/testBot.js';

const { localizer } = createTestBot();
const de = localizer.translatorFor('de');
const en = localizer.translatorFor('en');

describe('facet headings say the same in German and English', () => {
  it.each([
    ['deadline', 'was Sie vorher beachten müssen', 'what to bear in mind beforehand'],
    ['duration', 'wie lange', 'how long'],
    ['amount', 'wie viel', 'how much'],
    ['price', 'was es kostet', 'what it costs'],
    ['provider', 'wer zahlt und entscheidet', 'who pays and decides'],
    ['apply', 'Antrag und Ablauf', 'application and procedure'],
    ['beneficiaries', 'für wen es gilt', 'who it applies to'],
    ['conditions', 'Voraussetzungen und Sonderfälle', 'requirements and special cases'],
  ])('%s: „%s“ is “%s”', (facet, german, english) => {
    expect(de(`conversation:facet.names.${facet}`)).toBe(german);
    expect(en(`conversation:facet.names.${facet}`)).toBe(english);
  });

  it.each([
    ['Is there a deadline?', 'what to bear in mind beforehand'],
    ['Who is it for?', 'who it applies to'],
  ])('heads the English answer to %j with “%s”', async (question, heading) => {
    const { adapter } = createTestBot({ locale: 'en-GB' });
    await turn(adapter, 'What is the integration subsidy (Eingliederungszuschuss)?');
    const [reply] = await turn(adapter, question);
    expect(reply?.text).toContain(`– ${heading}:`);
  });
});

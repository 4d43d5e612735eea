import { describe, expect, it } from 'vitest';
import { createTestBot, turn } from '../helpers/testBot.js';

// English texts use the English name of a region where data/regions/landscapes.json gives one with a source
describe('region follow-up questions in English', () => {
  it.each([
    ['en-US', 'Which EAA is responsible for a company in the Ruhrgebiet?', /^The Ruhr region covers districts and towns in the Rhineland \(LVR\) and in Westphalia-Lippe \(LWL\)/],
    ['en-US', 'Who advises employers on the Lower Rhine?', /^The Lower Rhine region lies in the area of the Landschaftsverband Rheinland \(LVR\)/],
    ['en-US', 'Contact points in OWL please', /^The East Westphalia-Lippe region lies in the area of the Landschaftsverband Westfalen-Lippe \(LWL\)/],
    ['de-DE', 'We are a company in the Sauerland. Who is our EAA?', /^The Sauerland region lies in the area of the Landschaftsverband Westfalen-Lippe \(LWL\).*in which district or town/s],
    ['de-DE', 'Wir sind im Ruhrgebiet. Wer ist unsere EAA?', /^Die Region Ruhrgebiet umfasst/],
  ])('%s: %s', async (locale, question, expected) => {
    const { adapter } = createTestBot({ locale });
    const [reply] = await turn(adapter, question);
    expect(reply!.text).toMatch(expected);
  });
});

import { describe, expect, it } from 'vitest';
import { loadUnderstand } from '../../src/core/content.js';
import { PROJECT_ROOT } from '../../src/paths.js';

const { understand } = loadUnderstand(PROJECT_ROOT);

// contact questions with places as people write them: the bot looks for contact points in the right district
describe('contact questions name their district', () => {
  it.each([
    ['EAA für Köln Mülheim', '05315'],
    ['Filiale in Düsseldorf Hamm, Ansprechpartner?', '05111'],
    ['Wer ist die EAA für Gelsenkirchen Buer?', '05513'],
    ['Wir haben einen Standort in Bochum Wattenschied', '05911'],
    ['Unsere PLZ: 4 4 7 8 7', '05911'],
    ['Wer ist zuständig für 33 602?', '05711'],
    ['Wir sitzen in der Nähe von Siegen, wer ist unsere EAA?', '05970'],
    ['Who is the EAA for a company close to Siegen?', '05970'],
    ['Firma bei Bielefeld, wer ist zuständig?', '05711'],
    ['Ansprechpartner im Kreis Soest?', '05974'],
  ])('%s → %s', (question, district) => {
    const u = understand(question);
    expect(u.intent).toBe('find-contact');
    expect(u.district).toBe(district);
  });
});

// a message that only says where a site outside NRW is asks for contacts there (answered: not in NRW, nationwide EAA list)
describe('a place outside NRW, stated alone', () => {
  it.each(['Und für unser zweites Werk in Koblenz?', 'Wir sitzen in Bayern', 'Unsere Filiale in Kassel?'])('%s asks for contacts, without a district', (question) => {
    const u = understand(question);
    expect(u.intent).toBe('find-contact');
    expect(u.district).toBeNull();
  });

  it.each(['Gilt die Ausgleichsabgabe auch in Bayern?', 'Wie ist das Wetter in Hamburg?'])('%s is no statement of place', (question) => {
    expect(understand(question).intent).not.toBe('find-contact');
  });
});

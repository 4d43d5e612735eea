import { describe, expect, it } from 'vitest';
import { createTestBot, turn } from '../helpers/testBot.js';

// [place question, topic question, the office of that district's Landschaftsverband, the other one]
const CASES: [string, string, string, string][] = [
  ['Wer ist meine EAA in Lippstadt?', 'Wer hilft beim behindertengerechten Umbau eines Arbeitsplatzes?', 'LWL-Inklusionsamt Arbeit', 'LVR-Inklusionsamt'],
  ['Ansprechstellen in Köln', 'Was gilt beim besonderen Kündigungsschutz?', 'LVR-Inklusionsamt', 'LWL-Inklusionsamt'],
];

describe('a topic card once the district is known', () => {
  it.each(CASES)('after "%s", "%s" names %s as responsible', async (place, question, own, other) => {
    const { adapter } = createTestBot();
    await turn(adapter, place);
    const [reply] = await turn(adapter, question);
    const line = (reply!.text ?? '').split('\n').find((l) => l.includes('zuständig'));
    expect(line).toContain(own);
    expect(line).not.toContain(other);
  });

  it('names no office for a topic that does not name both Landschaftsverbände', async () => {
    const { adapter } = createTestBot();
    await turn(adapter, 'Wer ist meine EAA in Lippstadt?');
    const [reply] = await turn(adapter, 'Was ist der Eingliederungszuschuss?');
    expect(reply!.text ?? '').not.toMatch(/ist zuständig: (LVR|LWL)/);
  });

  it('names none before the district is known', async () => {
    const { adapter } = createTestBot();
    const [reply] = await turn(adapter, 'Was gilt beim besonderen Kündigungsschutz?');
    expect(reply!.text ?? '').not.toMatch(/ist zuständig: (LVR|LWL)/);
  });
});

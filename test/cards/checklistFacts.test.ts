import { describe, expect, it } from 'vitest';
import { checklistDateRange, firstSentence } from '../../src/cards/checklistFacts.js';
import { loadContent, type Content } from '../../src/core/content.js';
import { PROJECT_ROOT } from '../../src/paths.js';

describe('firstSentence (the one line that says what a programme is)', () => {
  it.each([
    ['Ein Satz. Noch einer.', 'Ein Satz.'],
    ['Hilfe z. B. für Rampen. Danach mehr.', 'Hilfe z. B. für Rampen.'],
    ['Nach § 90 Abs. 4 SGB III sinkt er. Danach mehr.', 'Nach § 90 Abs. 4 SGB III sinkt er.'],
    ['Bis zu 70 %. 24 Monate lang.', 'Bis zu 70 %.'],
    ['Only one sentence without an end', 'Only one sentence without an end'],
    ['Is it paid? Yes, by the Agentur. More later.', 'Is it paid? Yes, by the Agentur.'],
  ])('%j → %j', (text, expected) => {
    expect(firstSentence(text)).toBe(expected);
  });
});

const content = loadContent(PROJECT_ROOT);
const topicId = content.knowledge.topics[0]!.id;

/** Real content whose one checklist topic cites the given topic source dates and checklist document dates, and no contact. */
function contentCiting(topicDates: readonly string[], documentDates: readonly string[]): Content {
  const topic = { ...content.knowledge.byId.get(topicId)!, sources: topicDates.map((sourceDate, i) => ({ url: `https://example.org/t${i}`, sourceDate })) };
  const documents = documentDates.map((date, i) => ({ id: `d${i}`, source: { url: `https://example.org/d${i}`, date, dateKind: 'published' as const } }));
  return {
    ...content,
    knowledge: { ...content.knowledge, byId: new Map([[topicId, topic]]) },
    checklist: { byTopic: new Map([[topicId, { deadlines: [], documents }]]) },
    regions: { ...content.regions, contacts: { ...content.regions.contacts, defaults: [] } },
  };
}

describe('checklistDateRange (sources of a day, a month or only a year)', () => {
  it.each([
    [['2025-07'], ['2025-07-01'], { from: '2025-07', to: '2025-07' }],
    [['2024'], ['2024-03-01', '2023-12-01'], { from: '2023-12-01', to: '2024' }],
    [['2025-06'], ['2025-06-30', '2025-07-01'], { from: '2025-06', to: '2025-07-01' }],
    [['2026'], ['2025-12-31'], { from: '2025-12-31', to: '2026' }],
  ])('topic sources %j and documents %j range %j', (topicDates, documentDates, range) => {
    expect(checklistDateRange(contentCiting(topicDates, documentDates), [topicId], undefined)).toEqual(range);
  });

  it('has no range when nothing is dated', () => {
    expect(checklistDateRange(contentCiting([], []), [topicId], undefined)).toBeUndefined();
  });
});

import { describe, expect, it } from 'vitest';
import { checklistQuery, MAX_CHECKLIST_TOPICS, parseChecklistQuery } from '../../../src/core/checklist/link.js';

const vocabulary = {
  languages: ['de', 'de-x-simple', 'en'],
  topicIds: new Set(['eingliederungszuschuss', 'bem', 'praemien-lvr-lwl', ...Array.from({ length: 12 }, (_, i) => `thema-${i}`)]),
  districtKeys: new Set(['05974', '05315']),
};

describe('checklist links', () => {
  it('round-trips topics, district and language', () => {
    const request = { topicIds: ['eingliederungszuschuss', 'bem'], districtKey: '05974', language: 'de-x-simple' };
    expect(parseChecklistQuery(checklistQuery(request), vocabulary)).toEqual({ ok: true, request });
  });

  it('accepts a link without a district', () => {
    expect(parseChecklistQuery('v=1&lang=en&t=bem', vocabulary)).toEqual({ ok: true, request: { topicIds: ['bem'], language: 'en' } });
  });

  it.each([
    ['', 'unknown version'],
    ['v=2&lang=de&t=bem', 'unknown version'],
    ['v=1&lang=fr&t=bem', 'unknown language'],
    ['v=1&t=bem', 'unknown language'],
    ['v=1&lang=de', 'unknown topic'],
    ['v=1&lang=de&t=', 'unknown topic'],
    ['v=1&lang=de&t=bem,unbekannt', 'unknown topic'],
    ['v=1&lang=de&t=BEM', 'unknown topic'],
    ['v=1&lang=de&t=bem,bem', 'repeated topic'],
    ['v=1&lang=de&t=bem&t=eingliederungszuschuss', 'repeated parameter'],
    ['v=1&lang=de&lang=en&t=bem', 'repeated parameter'],
    ['v=1&lang=de&t=bem&d=99999', 'unknown district'],
    ['v=1&lang=de&t=bem&d=', 'unknown district'],
    ['v=1&lang=de&t=bem&text=Ich+heiße+Anna', 'unknown parameter "text"'],
    ['v=1&lang=de&t=bem&__proto__=x', 'unknown parameter "__proto__"'],
    ['v=1&lang=de&t=%E0%A4%A', 'bad encoding'],
    [`v=1&lang=de&t=${Array.from({ length: MAX_CHECKLIST_TOPICS + 1 }, (_, i) => `thema-${i}`).join(',')}`, 'too many topics'],
    [`v=1&lang=de&t=${'a'.repeat(2_000)}`, 'query too long'],
  ])('refuses %j (%s)', (query, reason) => {
    const result = parseChecklistQuery(query, vocabulary);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toBe(reason);
  });

  it('keeps the language of a refused link for its error page when the link named a valid one', () => {
    expect(parseChecklistQuery('v=1&lang=en&t=nope', vocabulary)).toMatchObject({ ok: false, language: 'en' });
    expect(parseChecklistQuery('v=1&lang=xx&t=bem', vocabulary)).not.toHaveProperty('language');
  });
});

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTENT_LANGUAGES, loadContent } from '../../src/core/content.js';
import { facetContent } from '../../src/core/conversation/facetAnswer.js';
import type { Facet } from '../../src/core/conversation/types.js';
import { sourceEntry } from '../../src/core/knowledge/schema.js';
import { PROJECT_ROOT } from '../../src/paths.js';

interface ReviewRow { topic: string; claim: string; fact?: string; source: string | null; sourceDate: string | null; status: string }

const content = loadContent(PROJECT_ROOT);
const review = JSON.parse(readFileSync(join(PROJECT_ROOT, 'data/review.json'), 'utf8')) as { rows: ReviewRow[] };
const facetRows = review.rows.filter((r) => r.fact?.startsWith('facet.'));

// the facet sentences of round 6: what each facet's answer must say in each language (rewordedOnly: an existing
// sentence reworded so that its facet finds it, with no new claim and so no row of its own)
const EXPECTED: { topic: string; facet: Facet; rewordedOnly?: true; says: Record<(typeof CONTENT_LANGUAGES)[number], RegExp> }[] = [
  { topic: 'arbeitsassistenz', facet: 'duration', says: { de: /bis zu drei Jahre.*§ 49 Abs\. 8/u, 'de-x-simple': /bis zu 3 Jahre/u, en: /up to three years.*section 49 \(8\)/u } },
  { topic: 'budget-fuer-arbeit', facet: 'consequences', says: { de: /wieder in eine Werkstatt.*§ 220 Abs\. 3/u, 'de-x-simple': /zurück in die Werkstatt/u, en: /taken back into a workshop.*section 220 \(3\)/u } },
  { topic: 'budget-fuer-arbeit', facet: 'conditions', says: { de: /Tarif.*ortsüblichen Lohn \(§ 61 Abs\. 1/u, 'de-x-simple': /Tarif-Lohn/u, en: /collectively agreed wage.*customary local wage/u } },
  { topic: 'werkstatt-uebergang', facet: 'consequences', says: { de: /§ 220 Abs\. 3/u, 'de-x-simple': /zurück in die Werkstatt/u, en: /section 220 \(3\)/u } },
  { topic: 'stufenweise-wiedereingliederung', facet: 'start', says: { de: /ab einer Arbeitsunfähigkeit von sechs Wochen.*§ 74 SGB V/u, 'de-x-simple': /ab 6 Wochen/u, en: /six weeks.*section 74 SGB V/u } },
  { topic: 'stufenweise-wiedereingliederung', facet: 'apply', says: { de: /Einen Antrag stellen Sie als Arbeitgeber nicht/u, 'de-x-simple': /keinen Antrag/u, en: /do not file an application/u } },
  { topic: 'stufenweise-wiedereingliederung', facet: 'consequences', rewordedOnly: true, says: { de: /jederzeit abgebrochen/u, 'de-x-simple': /jederzeit abbrechen/u, en: /stopped at any time/u } },
  { topic: 'bem', facet: 'apply', says: { de: /Einen Antrag brauchen Sie für das BEM selbst nicht/u, 'de-x-simple': /keinen Antrag/u, en: /needs no application/u } },
  { topic: 'beschaeftigungspflicht', facet: 'consequences', says: { de: /Geldbuße bis zu 10\.000 € \(§ 238 SGB IX\)/u, 'de-x-simple': /Bußgeld bis zu 10\.000 Euro/u, en: /fine of up to €10,000 \(section 238 SGB IX\)/u } },
  { topic: 'eingliederungszuschuss', facet: 'consequences', says: { de: /Rückzahlung.*§ 92 Abs\. 2 SGB III/u, 'de-x-simple': /Rück-Zahlung/u, en: /repayment.*section 92 \(2\) SGB III/u } },
  { topic: 'beschaeftigungssicherungszuschuss', facet: 'apply', says: { de: /Den Antrag stellen Sie als Arbeitgeber \(§ 27 Abs\. 1 SchwbAV\)/u, 'de-x-simple': /Den Antrag stellen Sie als Arbeit-Geber/u, en: /You as the employer apply/u } },
  { topic: 'beschaeftigungssicherungszuschuss', facet: 'duration', says: { de: /Dauer des Zuschusses.*§ 27 Abs\. 4 SchwbAV/u, 'de-x-simple': /Dauer/u, en: /duration of the subsidy.*section 27 \(4\)/u } },
];

describe('facet sentences of round 6: the facet of the topic finds them in every language', () => {
  it.each(EXPECTED.flatMap((e) => CONTENT_LANGUAGES.map((language) => ({ ...e, language }))))('$topic $facet ($language)', ({ topic, facet, says, language }) => {
    const text = content.knowledge.byId.get(topic)!.texts[language]!;
    const evidence = content.conversation.facets.find((f) => f.id === facet)!.evidence[language === 'en' ? 'en' : 'de'];
    const answer = facetContent(text, facet, { evidence, question: '' });
    expect(answer.found).toBe(true);
    expect(answer.sentences.join(' ')).toMatch(says[language]);
  });
});

describe('every facet fact of the review table has a dated source among the topic\'s sources', () => {
  it('lists a row for each expected facet', () => {
    for (const { topic, facet } of EXPECTED.filter((e) => !e.rewordedOnly)) expect(facetRows.some((r) => r.topic === topic && r.fact === `facet.${facet}`), `${topic} ${facet}`).toBe(true);
  });

  it.each(facetRows.map((r) => [`${r.topic} ${r.fact}`, r] as const))('%s', (_, row) => {
    const sources = content.knowledge.byId.get(row.topic)!.sources.map(sourceEntry);
    const source = sources.find((s) => s.url === row.source);
    expect(source, 'the row names one of the topic\'s sources').toBeDefined();
    expect(source!.sourceDate, 'the source carries the date of its own Stand').toMatch(/^\d{4}-\d{2}-\d{2}$/u);
    expect(row.sourceDate).toBe(source!.sourceDate);
    // the date of the source, never the day of the copy that was read
    expect(source!.retrieved === undefined || source!.retrieved >= source!.sourceDate!).toBe(true);
    expect(row.status).toBe('sourced');
  });
});

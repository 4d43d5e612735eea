import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { followUps, isStepRelevant, loadFinderRules, nextStep, previousStep, recommend, REGIONS, type FinderAnswers } from '../../../src/core/finder/index.js';
import { ANSWER_LANGUAGES } from '../../../src/i18n.js';
import { PROJECT_ROOT } from '../../../src/paths.js';

const rules = loadFinderRules(PROJECT_ROOT);
const ids = (answers: FinderAnswers) => recommend(rules, answers).map((r) => r.topicId);

/** One line per case: the answers → the programmes that must come first, in this order. */
const firstProgrammes: Array<[FinderAnswers, string[]]> = [
  [{ situation: 'hire', person: 'severely-disabled', size: '20-39' }, ['eingliederungszuschuss', 'arbeitsplatzausstattung', 'probebeschaeftigung', 'integrationsfachdienst', 'praemien-lvr-lwl', 'arbeitgeber-service-ba']],
  [{ situation: 'hire', person: 'equal-status', size: 'under-20', region: 'LVR' }, ['eingliederungszuschuss', 'arbeitsplatzausstattung', 'probebeschaeftigung', 'integrationsfachdienst', 'praemien-lvr-lwl']],
  [{ situation: 'hire', person: 'not-known' }, ['eingliederungszuschuss', 'arbeitshilfen-ba', 'probebeschaeftigung', 'gleichstellung', 'integrationsfachdienst', 'schwerbehindertenausweis-gdb']],
  [{ situation: 'hire', person: 'young', region: 'LWL' }, ['eingliederungszuschuss', 'kaoa-star', 'praemien-lvr-lwl', 'probebeschaeftigung']],
  [{ situation: 'hire', person: 'werkstatt-entitled' }, ['budget-fuer-arbeit', 'werkstatt-uebergang', 'praemien-lvr-lwl', 'beschaeftigungssicherungszuschuss']],
  [{ situation: 'train', person: 'young', size: 'under-20', region: 'LWL' }, ['ausbildungszuschuss', 'kaoa-star', 'einstiegsqualifizierung-asa', 'fachpraktikerausbildung', 'ausbildungsplaetze-100', 'praemien-lvr-lwl']],
  [{ situation: 'train', person: 'severely-disabled', region: 'LVR' }, ['ausbildungszuschuss', 'arbeitsplatzausstattung', 'einstiegsqualifizierung-asa', 'praemien-lvr-lwl', 'fachpraktikerausbildung', 'ausbildungsplaetze-100']],
  [{ situation: 'train', person: 'werkstatt-entitled' }, ['budget-fuer-ausbildung', 'fachpraktikerausbildung', 'werkstatt-uebergang', 'praemien-lvr-lwl']],
  [{ situation: 'keep', person: 'severely-disabled' }, ['bem', 'arbeitsplatzausstattung', 'beschaeftigungssicherungszuschuss', 'integrationsfachdienst', 'technischer-beratungsdienst', 'kuendigungsschutz']],
  [{ situation: 'keep', person: 'not-known' }, ['bem', 'stufenweise-wiedereingliederung', 'integrationsfachdienst', 'drv-firmenservice', 'gleichstellung', 'arbeitshilfen-ba']],
  [{ situation: 'keep', person: 'young' }, ['bem', 'einstiegsqualifizierung-asa', 'integrationsfachdienst', 'stufenweise-wiedereingliederung']],
  [{ situation: 'werkstatt', region: 'LWL' }, ['budget-fuer-arbeit', 'werkstatt-uebergang', 'budget-fuer-ausbildung', 'praemien-lvr-lwl', 'integrationsfachdienst', 'unterstuetzte-beschaeftigung']],
  [{ situation: 'werkstatt', region: 'LVR' }, ['budget-fuer-arbeit', 'werkstatt-uebergang', 'budget-fuer-ausbildung', 'praemien-lvr-lwl', 'unterstuetzte-beschaeftigung', 'beschaeftigungssicherungszuschuss']],
  [{ situation: 'quota', size: 'under-20' }, ['beschaeftigungspflicht', 'eingliederungszuschuss', 'ausbildungszuschuss', 'pruefpflicht-bewerbung']],
  [{ situation: 'quota', size: '60-plus' }, ['beschaeftigungspflicht', 'ausgleichsabgabe', 'werkstattauftraege-anrechnung', 'eingliederungszuschuss', 'ausbildungszuschuss', 'inklusionsbetriebe']],
  [{ situation: 'inclusion-business' }, ['inklusionsbetriebe', 'integration-unternehmen', 'arbeitsplatzausstattung', 'eingliederungszuschuss', 'budget-fuer-arbeit', 'integrationsfachdienst']],
];

/** Which reason a programme gets, where the answers make the difference. */
const reasons: Array<[FinderAnswers, string, string]> = [
  [{ situation: 'hire', person: 'severely-disabled', size: 'under-20' }, 'eingliederungszuschuss', 'egzSmallFirm'],
  [{ situation: 'hire', person: 'severely-disabled', size: '60-plus' }, 'eingliederungszuschuss', 'egzHire'],
  [{ situation: 'hire', person: 'severely-disabled', region: 'LVR' }, 'praemien-lvr-lwl', 'praemienHireLvr'],
  [{ situation: 'hire', person: 'severely-disabled', region: 'LWL' }, 'praemien-lvr-lwl', 'praemienHireLwl'],
  [{ situation: 'hire', person: 'severely-disabled' }, 'praemien-lvr-lwl', 'praemienHire'],
  [{ situation: 'train', person: 'severely-disabled', size: 'under-20' }, 'ausbildungszuschuss', 'azSbSmallFirm'],
  [{ situation: 'train', person: 'equal-status' }, 'ausbildungszuschuss', 'azEqual'],
  [{ situation: 'train', person: 'young', region: 'LWL' }, 'praemien-lvr-lwl', 'praemienTrain'],
  [{ situation: 'quota', size: '20-39' }, 'beschaeftigungspflicht', 'pflicht20To39'],
  [{ situation: 'quota', size: '40-59' }, 'beschaeftigungspflicht', 'pflicht40To59'],
  [{ situation: 'quota', size: 'unknown' }, 'beschaeftigungspflicht', 'pflichtGeneral'],
];

describe('recommend', () => {
  it.each(firstProgrammes)('recommends for %j', (answers, expected) => {
    expect(ids(answers).slice(0, expected.length)).toEqual(expected);
  });

  it.each(reasons)('gives %j for %s the reason %s', (answers, topic, reason) => {
    expect(recommend(rules, answers).find((r) => r.topicId === topic)?.reasonKey).toBe(`finder:reasons.${reason}`);
  });

  it('recommends nothing before the situation is known, and nothing under 20 workplaces about the levy', () => {
    expect(recommend(rules, {})).toEqual([]);
    expect(ids({ situation: 'quota', size: 'under-20' })).not.toContain('ausgleichsabgabe');
  });

  it('gives every way through the questions 2 to 6 different programmes with a reason in every language', () => {
    const texts = Object.fromEntries(ANSWER_LANGUAGES.map((l) => [l, JSON.parse(readFileSync(join(PROJECT_ROOT, 'locales', l, 'finder.json'), 'utf8')) as { reasons: Record<string, string> }]));
    const topicExists = (id: string) => readFileSync(join(PROJECT_ROOT, 'data/topics', `${id}.json`), 'utf8').length > 0;
    /** Every set of answers the dialog can end with: each asked step takes each of its answers. */
    function* walks(answers: Record<string, string>): Generator<Record<string, string>> {
      const step = nextStep(rules, answers);
      if (!step) yield answers;
      else for (const option of step.options) yield* walks({ ...answers, [step.id]: option.id });
    }
    let count = 0;
    for (const answers of walks({})) for (const region of [undefined, ...REGIONS]) {
      const result = recommend(rules, { ...answers, region });
      count += 1;
      expect(result.length, JSON.stringify(answers)).toBeGreaterThanOrEqual(2);
      expect(result.length).toBeLessThanOrEqual(rules.maxResults);
      expect(new Set(result.map((r) => r.topicId)).size).toBe(result.length);
      for (const r of result) {
        expect(topicExists(r.topicId)).toBe(true);
        for (const language of ANSWER_LANGUAGES) expect(texts[language]!.reasons[r.reasonKey.replace('finder:reasons.', '')], `${language} ${r.reasonKey}`).toBeTruthy();
      }
    }
    // hire: 2 persons × 5 sizes + 3 persons; train: 5 sizes + 4 persons; keep: 5; werkstatt, inclusion: 1; quota: 5 — each × 3 regions
    expect(count).toBe((13 + 9 + 5 + 1 + 5 + 1) * 3);
  });

  it('offers the levy calculator only where a levy can be due', () => {
    expect(followUps(rules, { situation: 'quota', size: '40-59' })).toEqual(['levy']);
    expect(followUps(rules, { situation: 'quota', size: 'under-20' })).toEqual([]);
    expect(followUps(rules, { situation: 'hire', person: 'severely-disabled', size: '40-59' })).toEqual([]);
  });
});

/** The answers so far → the step asked next (undefined: go on to the place). */
const nextSteps: Array<[FinderAnswers, string | undefined]> = [
  [{}, 'situation'],
  [{ situation: 'hire' }, 'person'],
  [{ situation: 'hire', person: 'severely-disabled' }, 'size'],
  [{ situation: 'hire', person: 'not-known' }, undefined],
  [{ situation: 'train', person: 'severely-disabled' }, 'size'],
  [{ situation: 'train', person: 'young' }, undefined],
  [{ situation: 'keep' }, 'person'],
  [{ situation: 'keep', person: 'equal-status' }, undefined],
  [{ situation: 'werkstatt' }, undefined],
  [{ situation: 'quota' }, 'size'],
  [{ situation: 'quota', size: '20-39' }, undefined],
  [{ situation: 'inclusion-business' }, undefined],
  [{ person: 'young', size: 'under-20' }, 'situation'],
];

describe('nextStep and previousStep', () => {
  it.each(nextSteps)('after %j asks %s', (answers, expected) => {
    expect(nextStep(rules, answers)?.id).toBe(expected);
  });

  it('counts a step as relevant while an earlier answer is open', () => {
    expect(isStepRelevant(rules, 'size', {})).toBe(true);
    expect(isStepRelevant(rules, 'size', { situation: 'keep' })).toBe(false);
  });

  it.each([
    [{ situation: 'hire', person: 'severely-disabled', size: '20-39' }, 'place', 'size'],
    [{ situation: 'hire', person: 'not-known' }, 'place', 'person'],
    [{ situation: 'quota', size: '20-39' }, 'place', 'size'],
    [{ situation: 'quota' }, 'size', 'situation'],
    [{ situation: 'werkstatt' }, 'place', 'situation'],
    [{}, 'situation', undefined],
  ] as Array<[FinderAnswers, string, string | undefined]>)('goes back from %j at %s to %s', (answers, current, expected) => {
    expect(previousStep(rules, answers, current)?.id).toBe(expected);
  });
});

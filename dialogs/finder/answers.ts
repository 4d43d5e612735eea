import { isPlaceSkip, matchReply, prefillFromText, type FinderRules } from '../../src/core/finder/index.js';
import { resolvePlace, type PlaceResolution, type Regions } from '../../src/core/regions/index.js';
import type { Localizer } from '../../src/i18n.js';
import { finderLabels, type FinderLabels } from './labels.js';
import { PLACE_STEP } from './promptCard.js';
import type { FinderState } from './state.js';

/** What reading an answer needs: the rules, the regions and the button labels of every language. */
export interface AnswerReader {
  rules: FinderRules;
  regions: Regions;
  labels: FinderLabels;
}

/** Takes a place the user named: a district, several to choose from, or one outside NRW (answered without a district). */
export function applyPlace(state: FinderState, place: Exclude<PlaceResolution, { kind: 'none' }>): void {
  if (place.kind === 'district') Object.assign(state, { districtKey: place.district.key, placeDone: true, placeOptions: undefined, placeNote: undefined });
  else if (place.kind === 'ambiguous') state.placeOptions = place.options;
  else Object.assign(state, { districtKey: undefined, placeDone: true, placeOptions: undefined, placeNote: 'finder:place.outsideNrw' });
}

/** Takes an answer from a button (also one of an earlier question's card); false for an unknown one. */
export function answerButton(reader: AnswerReader, state: FinderState, stepId: string, optionId: string): boolean {
  if (stepId === PLACE_STEP && optionId === 'skip') {
    Object.assign(state, { placeDone: true, placeOptions: undefined });
    return true;
  }
  const step = reader.rules.steps.find((s) => s.id === stepId);
  if (!step?.options.some((o) => o.id === optionId)) return false;
  state.answers[stepId] = optionId;
  return true;
}

/** A district chosen from the buttons of an ambiguous place; false for an unknown key. */
export function chooseDistrict(reader: AnswerReader, state: FinderState, districtKey: string): boolean {
  if (!reader.regions.districtsByKey.has(districtKey)) return false;
  Object.assign(state, { districtKey, placeDone: true, placeOptions: undefined });
  return true;
}

/** A reply that is nothing but an answer to the question asked: a label typed, "weiß nicht", a number, a place. */
export function answerReply(reader: AnswerReader, state: FinderState, text: string): boolean {
  if (text.trim() === '') return false;
  if (state.asking === PLACE_STEP) {
    if (isPlaceSkip(reader.rules, text, reader.labels.placeSkip)) return answerButton(reader, state, PLACE_STEP, 'skip');
    const place = resolvePlace(reader.regions, text);
    if (place.kind === 'none') return false;
    applyPlace(state, place);
    return true;
  }
  const step = reader.rules.steps.find((s) => s.id === state.asking);
  const option = step ? matchReply(step, text, reader.labels.options.get(step.id)) : undefined;
  return option !== undefined && answerButton(reader, state, step!.id, option);
}

/** Fills open steps and the place from what a free text says; true when it said something new. */
export function fillFromText(reader: AnswerReader, state: FinderState, text: string): boolean {
  const prefill = prefillFromText(reader.rules, text, reader.regions);
  const fresh = Object.entries(prefill.answers).filter(([step]) => state.answers[step] === undefined);
  for (const [step, option] of fresh) state.answers[step] = option;
  const newPlace = prefill.place !== undefined && !state.placeDone;
  if (newPlace) applyPlace(state, prefill.place!);
  return fresh.length > 0 || newPlace;
}

/** A question rather than a statement: it is answered first, and fills steps only if it is no knowledge question. */
export const QUESTION = /\?$|^(?:wie|was|wer|wo|wann|warum|wieso|welche[rsnm]?|gibt es|kann|muss|darf|how|what|who|where|when|why|which|is|are|can|do|does|must)\b/i;

/** Takes the text as the answer to the step asked, or (unless it is a question) fills the steps it answers; whether it did. */
export function takeAnswer(reader: AnswerReader, state: FinderState, text: string): boolean {
  return answerReply(reader, state, text) || (!QUESTION.test(text.trim()) && fillFromText(reader, state, text));
}

/** Would the text answer the step asked ({@link takeAnswer} tried on a copy of the state)? */
export function fitsStep(reader: AnswerReader, state: FinderState, text: string): boolean {
  if (text.trim() === '') return false;
  return takeAnswer(reader, JSON.parse(JSON.stringify(state)) as FinderState, text);
}

const readers = new WeakMap<FinderRules, AnswerReader>();

/** The answer reader of a finder's rules (labels of every language), built once per rules. */
export function answerReaderFor(rules: FinderRules, regions: Regions, localizer: Localizer): AnswerReader {
  let reader = readers.get(rules);
  if (!reader) {
    reader = { rules, regions, labels: finderLabels(rules, localizer) };
    readers.set(rules, reader);
  }
  return reader;
}

import type { PlaceOption } from '../../src/core/regions/index.js';

/** What the finder keeps in dialog state between turns (ids only; never the user's text). */
export interface FinderState {
  /** Step id → option id. */
  answers: Record<string, string>;
  /** The step being asked, `place`, or undefined before the first question. */
  asking?: string;
  districtKey?: string;
  /** True once the place is known, skipped or outside NRW. */
  placeDone: boolean;
  /** Districts a place name fits, while asking which one is meant. */
  placeOptions?: PlaceOption[];
  /** A note for the result, such as `finder:place.outsideNrw`. */
  placeNote?: string;
  /** Replies in a row that were neither an answer nor a question. */
  tries: number;
}

/** The state of a new search; a district the conversation already named counts as the place. */
export function emptyFinderState(districtKey?: string): FinderState {
  return { answers: {}, asking: undefined, districtKey, placeDone: districtKey !== undefined, placeOptions: undefined, placeNote: undefined, tries: 0 };
}

import type { District, Municipality, Landschaftsverband, RegionalContact, DefaultContact, ContactRole, Sector } from './schema.js';
import type { PlaceIndex, ResolvedVia } from './placeIndex.js';
import type { PostcodeIndex } from './postcodes.js';
import type { MatchingRules } from './matchPlaces.js';

export type { District, Municipality, Landschaftsverband, ContactRole, Sector };

/** Everything about NRW's districts, municipalities, postal codes and contact points, validated at start-up. */
export interface Regions {
  districts: readonly District[];
  municipalities: readonly Municipality[];
  districtsByKey: ReadonlyMap<string, District>;
  contacts: { defaults: readonly DefaultContact[]; regional: readonly RegionalContact[] };
  /** Lookup structures for {@link resolvePlace}; not meant for other callers. */
  index: PlaceIndex;
  postcodes: PostcodeIndex;
  matching: MatchingRules;
}

export type { ResolvedVia } from './placeIndex.js';

/** The informal region a choice comes from: its name, its English name when the data gives one, its Landschaftsverband when clear. */
export interface PlaceRegion {
  name: string;
  englishName?: string;
  landschaftsverband?: Landschaftsverband;
}

/** One district the user may have meant, for an "ask which one" reply. */
export interface PlaceOption {
  /** The place name to show, e.g. "Bergisch Gladbach" or "Ratingen". */
  label: string;
  districtKey: string;
}

/** What {@link resolvePlace} found in a text. */
export type PlaceResolution =
  | {
      kind: 'district';
      district: District;
      via: ResolvedVia;
      /** The text as the user wrote it ("Lipstadt", "59555", "Märkischen Kreis"). */
      matched: string;
      /** The official name it was matched to ("Lippstadt", "Märkischer Kreis"). */
      place: string;
      /** True when the match needed a spelling correction. */
      corrected: boolean;
      /** Every place word of the text that led here ("Sauerland", "Meschede"), to keep them out of topic matching. */
      mentioned: readonly string[];
      /** The text says only where the business is ("Wir sitzen in Coesfeld.", "Ich meinte Köln-Mülheim"). */
      statement: boolean;
      /** Where in the text each place of one district is named. */
      spans: readonly PlaceSpan[];
    }
  | {
      kind: 'ambiguous';
      options: PlaceOption[];
      matched: string;
      /** Set when an informal region ("Sauerland") spans the options; its Landschaftsverband when all share one. */
      region?: PlaceRegion;
      /** Each place named is one district ("in Witten und in Dinslaken"): several sites, not one name to choose for. */
      sites?: boolean;
      /** The text says only where the business is ("Wir sind im Sauerland"). */
      statement: boolean;
      /** Where in the text each place of one district is named. */
      spans: readonly PlaceSpan[];
    }
  /** A place outside NRW, or a postal code that is not an NRW one (`postcode`; `place` unset when no German place has it). */
  | {
      kind: 'outside-nrw';
      matched: string;
      place?: string;
      postcode?: string;
      /** The text says only where the business is ("Wir sitzen in 80331"). */
      statement: boolean;
    }
  | { kind: 'none' };

/** A place of one district named in a text: its first character and its district ("das Lager in Kempen": Kreis Viersen). */
export interface PlaceSpan {
  at: number;
  districtKey: string;
}

/** Where a contact applies: only this district, the whole Landschaftsverband, or all of NRW. */
export type ContactLevel = 'regional' | 'landschaftsverband' | 'nrw';

/** One contact point as the dialog shows it. */
export interface Contact {
  id: string;
  role: ContactRole;
  level: ContactLevel;
  name: string;
  organisation: string;
  url: string;
  phone?: string;
  email?: string;
  address?: string;
  /** Set when the contact serves only one kind of business (craft, industry and trade). */
  sector?: Sector;
  /** The date of the newest source showing the entry, as precise as the source gives it; absent when undated. */
  asOf?: string;
  sources: string[];
  /** True when its sources confirm that it serves this district. */
  confirmed: boolean;
}

/** The contact points for one district, in the order the bot shows them. */
export interface ContactSet {
  district: District;
  landschaftsverband: Landschaftsverband;
  contacts: Contact[];
  /** True when a confirmed EAA of this district itself (not only the overview) is known. */
  hasRegionalEaa: boolean;
}

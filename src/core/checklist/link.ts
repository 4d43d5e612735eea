/** Version of the link format; a link with another version is refused, so the format can change safely. */
export const CHECKLIST_LINK_VERSION = '1';

/** The most topics one checklist shows (the finder recommends at most six). */
export const MAX_CHECKLIST_TOPICS = 10;

/** Longer query strings are refused before they are parsed. */
const MAX_QUERY_LENGTH = 1_000;

const ALLOWED_PARAMS = new Set(['v', 'lang', 't', 'd']);

/** What a checklist link asks for: topic ids, the district (optional) and the language. Nothing else. */
export interface ChecklistRequest {
  topicIds: string[];
  districtKey?: string;
  language: string;
}

/** Something that knows its ids: a Set, or a Map keyed by id. */
interface KnownIds {
  has(id: string): boolean;
}

/** What a link is checked against. */
export interface ChecklistLinkVocabulary {
  languages: readonly string[];
  topicIds: KnownIds;
  districtKeys: KnownIds;
}

/** A refused link: why (for tests and operators, never shown) and the language for the error page, if the link named a valid one. */
export interface RefusedChecklistLink {
  ok: false;
  reason: string;
  language?: string;
}

/** The query string of a checklist link: `v=1&lang=de&t=eingliederungszuschuss,probebeschaeftigung&d=05974`. */
export function checklistQuery(request: ChecklistRequest): string {
  const params = new URLSearchParams({ v: CHECKLIST_LINK_VERSION, lang: request.language, t: request.topicIds.join(',') });
  if (request.districtKey) params.set('d', request.districtKey);
  return params.toString();
}

/**
 * Reads a checklist link's query string strictly: only the known parameters, each once; a known version and
 * language; 1 to {@link MAX_CHECKLIST_TOPICS} known, distinct topic ids; a known district key or none.
 */
export function parseChecklistQuery(query: string, vocabulary: ChecklistLinkVocabulary): { ok: true; request: ChecklistRequest } | RefusedChecklistLink {
  if (query.length > MAX_QUERY_LENGTH) return { ok: false, reason: 'query too long' };
  let params: URLSearchParams;
  try {
    // URLSearchParams replaces broken percent escapes; decodeURIComponent throws on them, which is what we want.
    decodeURIComponent(query.replace(/\+/g, ' '));
    params = new URLSearchParams(query);
  } catch {
    return { ok: false, reason: 'bad encoding' };
  }
  const names = [...params.keys()];
  const lang = params.getAll('lang');
  const language = lang.length === 1 && vocabulary.languages.includes(lang[0]!) ? lang[0] : undefined;
  const refuse = (reason: string): RefusedChecklistLink => ({ ok: false, reason, ...(language ? { language } : {}) });
  const unknown = names.find((n) => !ALLOWED_PARAMS.has(n));
  if (unknown !== undefined) return refuse(`unknown parameter "${unknown}"`);
  if (new Set(names).size !== names.length) return refuse('repeated parameter');
  if (params.get('v') !== CHECKLIST_LINK_VERSION) return refuse('unknown version');
  if (!language) return refuse('unknown language');
  const topicIds = (params.get('t') ?? '').split(',');
  if (topicIds.length > MAX_CHECKLIST_TOPICS) return refuse('too many topics');
  if (topicIds.some((id) => !vocabulary.topicIds.has(id))) return refuse('unknown topic');
  if (new Set(topicIds).size !== topicIds.length) return refuse('repeated topic');
  const districtKey = params.get('d');
  if (districtKey !== null && !vocabulary.districtKeys.has(districtKey)) return refuse('unknown district');
  return { ok: true, request: { topicIds, language, ...(districtKey !== null ? { districtKey } : {}) } };
}

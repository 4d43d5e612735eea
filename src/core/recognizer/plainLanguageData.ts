import { z } from 'zod';
import { lazySchema } from '../schema/lazySchema.js';

const cueWords = lazySchema(() => z.array(z.string().trim().min(1).max(60)).min(1));

/** One paraphrase: words of plain language that, together in one sentence, say a word of the knowledge. */
const paraphrase = lazySchema(() => z.strictObject({
  /** The words the paraphrase says ("sehbehindert"; "unbesetzte Pflichtarbeitsplätze"); empty: the cue words are evidence for nothing. */
  means: z.array(z.string().trim().min(2)),
  /** Groups of cues; one cue (a word or a few words in a row) of every group must stand in the same sentence. */
  cues: z.array(cueWords).min(1).max(3),
  /** Cues that, anywhere in the sentence (with `scope: "message"` anywhere in the message), stop the paraphrase ("wie viele Menschen mit Behinderung" counts people). */
  unless: z.array(z.string().trim().min(2)).optional(),
  /** At most this many other words between the cues (default 3); a need and its object stand further apart ("braucht für die Arbeit ein anderes Auto"). */
  gap: z.number().int().min(0).max(8).optional(),
  /** The cues of the other groups stay as they are ("30 Prozent": the number stays beside "GdB"). */
  keep: z.boolean().optional(),
  /** "message": the cues may stand in different sentences of the message, at any distance unless `gap` is given ("Sie arbeitet in der Werkstatt. Wir wollen sie fest anstellen."), and `unless` reads the whole message; default: one sentence, within `gap`. */
  scope: z.enum(['sentence', 'message']).optional(),
  /** The meant words name what the situation calls for: beside a question that names another topic they keep their full weight (see clauses.ts). */
  decides: z.boolean().optional(),
  /** false: the meant words are candidates the description calls for, not a name; their topics gain evidence but are not named (route.ts: a finder request stays one). */
  names: z.boolean().optional(),
  /** Why the paraphrase means what it says, or where the usage comes from. */
  note: z.string().optional(),
}));

/** `data/matching/plain-language.json`: paraphrases of plain and simple German and words that carry no topic in it. */
export const plainLanguageFileSchema = lazySchema(() => z.strictObject({
  about: z.string(),
  sources: z.array(z.string()).min(1),
  /** Words of simple questions that say nothing about a topic ("schlimm", "ändert"); treated as ordinary words. */
  fillers: z.array(z.string().trim().min(2)),
  /** Words that ask for help as such ("Hilfe", "beraten"): with nothing specific beside them the advice point answers. */
  helpWords: z.array(z.string().trim().min(2)).min(1),
  /**
   * Named word classes a cue group may use as "@name" (persons, young people, the Werkstatt …); a class may hold verbs
   * ("~ein|arbeiten": every German form, split ones too; "~en:give notice/gave/given": every English form) and other classes.
   */
  classes: z.record(z.string().regex(/^[A-Za-z]+$/), z.array(z.string().trim().min(2))).optional(),
  /** Words that begin a new clause: a separable particle stands before one of them or last in the sentence ("Wer arbeitet ihn ein, wenn …"). */
  clauseStarts: z.array(z.string().trim().min(2)).optional(),
  paraphrases: z.array(paraphrase).min(1),
}));

/** The plain-language file as read. */
export type PlainLanguage = z.infer<typeof plainLanguageFileSchema>;

/** The paraphrases as read from the data file. */
export type PlainParaphrase = z.infer<typeof paraphrase>;


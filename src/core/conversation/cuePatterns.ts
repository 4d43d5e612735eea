import type { AnalysedMessage, MessageReader } from '../text/analysedMessage.js';
import { foldedMessage } from './fold.js';
import { CuePatterns, type CueText } from './lowerCasePatterns.js';
import type { ConversationVocabulary } from './vocabulary.js';

/** The patterns of a vocabulary that run over folded message text (cues, overviews, levy follow-ups). */
function patternsOver(v: ConversationVocabulary): RegExp[] {
  const { levyChange: l, overviews: o } = v;
  return [
    v.contact, ...v.facets.map((f) => f.cue), ...v.conditions.map((c) => c.cue), ...v.smallTalk.map((s) => s.cue), v.dismiss,
    ...v.aboutAnswer.map((a) => a.cue), v.followUp, v.anaphor, v.person, v.levyDuty, v.branch, v.eachSite, v.local, v.correction, v.earlier,
    ...v.contactDetail.map((d) => d.cue), ...v.contactRole.map((r) => r.cue), v.definition, v.implications, v.compare, v.resumeYes,
    l.add, l.remove, l.payee, l.counts, l.newStatus, o.funding, o.broad, ...o.situations.map((s) => s.cue),
  ];
}

const compiled = new WeakMap<ConversationVocabulary, { patterns: CuePatterns; read: MessageReader<CueText> }>();

function compiledFor(vocabulary: ConversationVocabulary): { patterns: CuePatterns; read: MessageReader<CueText> } {
  let entry = compiled.get(vocabulary);
  if (!entry) {
    const patterns = new CuePatterns(patternsOver(vocabulary));
    compiled.set(vocabulary, (entry = { patterns, read: (message) => patterns.read(message.get(foldedMessage)) }));
  }
  return entry;
}

/** The cue patterns of a vocabulary, compiled once per vocabulary (see CuePatterns). */
export const cuePatternsOf = (vocabulary: ConversationVocabulary): CuePatterns => compiledFor(vocabulary).patterns;

/**
 * The turn's folded message prepared for the cues of `vocabulary`: scanned once, and each pattern tested once, for the
 * cues, the levy follow-up and the dialogs of the turn.
 */
export const messageCues = (message: AnalysedMessage, vocabulary: ConversationVocabulary): CueText => message.get(compiledFor(vocabulary).read);

import { topicNamesOf } from '../../dialogs/conversation/context.js';
import type { Content } from '../../src/core/content.js';
import { readCues, type Reading } from '../../src/core/conversation/index.js';

/** A reading of `text`: its cues from `content`, and an understanding that found nothing unless `understanding` says otherwise. */
export const readingOf = (content: Content, text: string, understanding: Partial<Reading['understanding']> = {}, extra: Partial<Reading> = {}): Reading => ({
  understanding: { intent: 'knowledge', decision: 'dont-know', topics: [], district: null, ...understanding },
  cues: readCues(text, content.conversation, topicNamesOf(content.knowledge)),
  ...extra,
});

import { foldText } from './fold.js';

/** What the name index needs of a topic: its id, its keywords and its titles in every language. */
export interface NamedTopic {
  id: string;
  names: readonly string[];
}

/** Finds the topics a message names; built once from the knowledge base. */
export type TopicNameFinder = (foldedText: string) => string[];

const MIN_NAME_LENGTH = 3;

/**
 * Indexes names that belong to exactly one topic (a name two topics share names neither). A name matches at the
 * start of a word, so inflected forms count ("Eingliederungszuschusses"); longer names are reported first.
 */
export function topicNameFinder(topics: readonly NamedTopic[]): TopicNameFinder {
  const owners = new Map<string, Set<string>>();
  for (const topic of topics) {
    for (const name of topic.names) {
      const folded = foldText(name);
      if (folded.length < MIN_NAME_LENGTH) continue;
      owners.set(folded, (owners.get(folded) ?? new Set()).add(topic.id));
    }
  }
  const names = [...owners].filter(([, ids]) => ids.size === 1).map(([name, ids]) => ({ name, id: [...ids][0]! })).sort((a, b) => b.name.length - a.name.length);
  // a name can only stand where a word of the message begins as its first word does: each message word looks up
  // the few names that start like it instead of every name being searched for in the message
  const byStart = new Map<string, number[]>();
  names.forEach(({ name }, order) => {
    const key = startKey(name);
    const list = byStart.get(key);
    if (list) list.push(order); else byStart.set(key, [order]);
  });
  return (foldedText) => {
    const padded = ` ${foldedText} `;
    const candidates = new Set<number>();
    for (const word of foldedText.split(' ')) for (const order of byStart.get(startKey(word)) ?? []) candidates.add(order);
    const found: string[] = [];
    for (const order of [...candidates].sort((a, b) => a - b)) {
      const { name, id } = names[order]!;
      const at = padded.indexOf(` ${name}`);
      if (at < 0 || found.includes(id)) continue;
      // short names (EGZ, BEM) must stand alone; longer ones may be inflected
      if (name.length < 5 && !/[\s]/u.test(padded[at + name.length + 1] ?? ' ')) continue;
      found.push(id);
    }
    return found;
  };
}

/** The first letters (up to {@link MIN_NAME_LENGTH}) of the first word of a folded text. */
function startKey(folded: string): string {
  const space = folded.indexOf(' ');
  return (space < 0 ? folded : folded.slice(0, space)).slice(0, MIN_NAME_LENGTH);
}

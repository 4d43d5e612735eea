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
  return (foldedText) => {
    const padded = ` ${foldedText} `;
    const found: string[] = [];
    for (const { name, id } of names) {
      const at = padded.indexOf(` ${name}`);
      if (at < 0 || found.includes(id)) continue;
      // short names (EGZ, BEM) must stand alone; longer ones may be inflected
      if (name.length < 5 && !/[\s]/u.test(padded[at + name.length + 1] ?? ' ')) continue;
      found.push(id);
    }
    return found;
  };
}

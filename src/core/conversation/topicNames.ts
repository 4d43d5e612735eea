import { foldText } from './fold.js';
import { literalAutomaton } from './literalAutomaton.js';

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
  // a name stands in a message where a word begins with it: one scan of the message for every name after a space
  const automaton = literalAutomaton(names.map(({ name }) => ` ${name}`));
  return (foldedText) => {
    const padded = ` ${foldedText} `;
    const found: string[] = [];
    for (const order of automaton.occurring(padded).sort((a, b) => a - b)) {
      const { name, id } = names[order]!;
      if (found.includes(id)) continue;
      // short names (EGZ, BEM) must stand alone; longer ones may be inflected
      if (name.length < 5 && !/[\s]/u.test(padded[padded.indexOf(` ${name}`) + name.length + 1] ?? ' ')) continue;
      found.push(id);
    }
    return found;
  };
}

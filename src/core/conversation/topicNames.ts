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
  // a name can only stand where a word of the message begins: a one-word name as the beginning of that word, a longer
  // name with that word as its first. Each message word looks up only those names instead of every name being searched
  const oneWord = new Map<string, number[]>();
  const byFirstWord = new Map<string, number[]>();
  names.forEach(({ name }, order) => {
    const space = name.indexOf(' ');
    const [index, key] = space < 0 ? [oneWord, name] : [byFirstWord, name.slice(0, space)];
    const list = index.get(key);
    if (list) list.push(order); else index.set(key, [order]);
  });
  const longestOneWord = Math.max(0, ...[...oneWord.keys()].map((name) => name.length));
  // every beginning of a one-word name: a word whose first letters begin no name begins no name with more letters either
  const beginnings = new Set([...oneWord.keys()].flatMap((name) => Array.from({ length: name.length - MIN_NAME_LENGTH + 1 }, (_, i) => name.slice(0, MIN_NAME_LENGTH + i))));
  return (foldedText) => {
    const padded = ` ${foldedText} `;
    const candidates = new Set<number>();
    for (const word of foldedText.split(' ')) {
      for (const order of byFirstWord.get(word) ?? []) candidates.add(order);
      for (let length = MIN_NAME_LENGTH; length <= Math.min(word.length, longestOneWord); length++) {
        const beginning = word.slice(0, length);
        if (!beginnings.has(beginning)) break;
        for (const order of oneWord.get(beginning) ?? []) candidates.add(order);
      }
    }
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

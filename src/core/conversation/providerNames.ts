import { foldText } from './fold.js';
import { literalAutomaton } from './literalAutomaton.js';

/** What the payer index needs of a provider of `data/providers.json`. */
export interface NamedProvider {
  id: string;
  name: { de: string; en: string };
  aliases: readonly string[];
  /** Words for any body of its kind ("Inklusionsamt"): they name every provider that lists them. */
  genericNames: readonly string[];
  /** The body it belongs to: a message that names that body names this provider too. */
  partOf?: string;
}

/** Finds the providers a folded message names, in the order of their ids in the file. */
export type ProviderNameFinder = (foldedText: string) => string[];

/** Names this short (BA, LVR, IHK) must stand alone; longer ones may be inflected ("des Inklusionsamtes"). */
const MAX_SHORT_NAME = 4;

/** A word that asks which body is meant ("Welches Inklusionsamt …?"): the name after it names none. */
const WHICH = /^(welche[mnrs]?|which) $/u;

/** Whether the word before the name's first place in the padded text asks which one. */
function askedWhich(padded: string, name: string): boolean {
  const at = padded.indexOf(` ${name}`);
  return WHICH.test(padded.slice(padded.lastIndexOf(' ', at - 1) + 1, at + 1));
}

/**
 * Indexes every provider's names, aliases and generic names. A name matches where a word of the message begins
 * with it, so "Arbeitsagentur" names the Bundesagentur für Arbeit and "Inklusionsamt" both Inklusionsämter; after
 * "welches"/"which" it asks which one and names none. A body names its parts ("LVR" the LVR-Inklusionsamt).
 */
export function providerNameFinder(providers: Iterable<NamedProvider>): ProviderNameFinder {
  const order: string[] = [];
  const names: { name: string; ids: string[] }[] = [];
  const byName = new Map<string, string[]>();
  const parts = new Map<string, string[]>();
  for (const provider of providers) {
    order.push(provider.id);
    if (provider.partOf) parts.set(provider.partOf, [...(parts.get(provider.partOf) ?? []), provider.id]);
    for (const raw of [provider.name.de, provider.name.en, ...provider.aliases, ...provider.genericNames]) {
      const name = foldText(raw);
      if (name.length < 2) continue;
      const ids = byName.get(name) ?? [];
      if (ids.length === 0) {
        byName.set(name, ids);
        names.push({ name, ids });
      }
      if (!ids.includes(provider.id)) ids.push(provider.id);
    }
  }
  const automaton = literalAutomaton(names.map(({ name }) => ` ${name}`));
  return (foldedText) => {
    const padded = ` ${foldedText} `;
    const found = new Set<string>();
    for (const index of automaton.occurring(padded)) {
      const { name, ids } = names[index]!;
      if (name.length <= MAX_SHORT_NAME && !padded.includes(` ${name} `)) continue;
      if (askedWhich(padded, name)) continue;
      for (const id of ids) for (const named of [id, ...(parts.get(id) ?? [])]) found.add(named);
    }
    return order.filter((id) => found.has(id));
  };
}

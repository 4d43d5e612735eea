import type { QuerySlot } from './querySlots.js';

/**
 * Creates the reader that counts a described health condition once: "ein steifes Knie und ein gelähmtes Bein" is one
 * circumstance, not four pieces of evidence for the topics about illness. Every stand-in slot of `healthTerm` after the
 * first weighs nothing (it neither counts nor dilutes), so the need the question asks about still decides.
 */
export function createConditionCounter(healthTerm: (folded: string) => string | undefined): (slots: readonly QuerySlot[]) => QuerySlot[] {
  const standsIn = (slot: QuerySlot): boolean => {
    const term = healthTerm(slot.token.folded);
    return term !== undefined && slot.alternatives.length === 1 && slot.alternatives[0]!.term === term;
  };
  return (slots) => {
    const first = slots.find(standsIn);
    return slots.map((slot) => (slot !== first && standsIn(slot) ? { ...slot, weight: 0 } : slot));
  };
}

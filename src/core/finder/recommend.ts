import type { FinderAnswers, FinderRules, FinderStep, FollowUpCommand, Recommendation } from './schema.js';

/** True when every condition (step → allowed answers) is met by a given answer. */
export function conditionHolds(when: Readonly<Record<string, readonly string[]>>, answers: FinderAnswers): boolean {
  return Object.entries(when).every(([key, values]) => {
    const answer = answers[key];
    return answer !== undefined && values.includes(answer);
  });
}

/**
 * The programmes that fit the answers, best first: rules sorted by priority, one entry per topic (the reason of
 * its highest-priority rule), at most `maxResults`.
 */
export function recommend(rules: FinderRules, answers: FinderAnswers): Recommendation[] {
  const applicable = rules.rules.filter((rule) => conditionHolds(rule.when, answers)).sort((a, b) => b.priority - a.priority);
  const seen = new Set<string>();
  const result: Recommendation[] = [];
  for (const rule of applicable) {
    if (seen.has(rule.topic)) continue;
    seen.add(rule.topic);
    result.push({ topicId: rule.topic, reasonKey: `finder:reasons.${rule.reason}`, ruleId: rule.id });
    if (result.length === rules.maxResults) break;
  }
  return result;
}

/** The commands to offer as buttons with the result ("Abgabe berechnen" after questions about the quota). */
export function followUps(rules: FinderRules, answers: FinderAnswers): FollowUpCommand[] {
  return [...new Set(rules.followUps.filter((f) => conditionHolds(f.when, answers)).map((f) => f.command))];
}

/**
 * True when the answer to a step can still change the result: some rule asks about the step and none of its
 * other conditions contradicts what is known (unknown answers and an unknown region count as "could fit").
 */
export function isStepRelevant(rules: FinderRules, stepId: string, answers: FinderAnswers): boolean {
  return rules.rules.some((rule) => rule.when[stepId] !== undefined && Object.entries(rule.when).every(([key, values]) => {
    if (key === stepId) return true;
    const answer = answers[key];
    return answer === undefined || values.includes(answer);
  }));
}

/** The next step to ask: the first one, in the order of the file, that is unanswered and relevant. */
export function nextStep(rules: FinderRules, answers: FinderAnswers): FinderStep | undefined {
  return rules.steps.find((step) => answers[step.id] === undefined && isStepRelevant(rules, step.id, answers));
}

/**
 * The step before `current` (a step id, or `after-steps` for the place question at the end) that "zurück" returns
 * to: the last earlier step that is relevant, whether it was asked or filled from free text.
 */
export function previousStep(rules: FinderRules, answers: FinderAnswers, current: string): FinderStep | undefined {
  const index = rules.steps.findIndex((step) => step.id === current);
  const earlier = index === -1 ? rules.steps : rules.steps.slice(0, index);
  return earlier.filter((step) => isStepRelevant(rules, step.id, withoutKey(answers, step.id))).at(-1);
}

/** The answers without one key (a step being asked again, or `region`). */
export function withoutKey(answers: FinderAnswers, key: string): Record<string, string | undefined> {
  const copy = { ...answers };
  delete copy[key];
  return copy;
}

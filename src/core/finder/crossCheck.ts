import type { ContentProblem } from '../knowledge/validationError.js';
import { normalizeForMatching } from './matchText.js';
import { REGION_KEY, REGIONS, type FinderFile, type FinderRulesContext } from './schema.js';

const RULES_FILE = 'data/finder/rules.json';

/** The string at a dotted path of a parsed JSON object ("steps.size.options.under-20"), if there is one. */
function textAt(value: unknown, path: readonly string[]): string | undefined {
  let node = value;
  for (const key of path) node = node && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined;
  return typeof node === 'string' && node.trim() !== '' ? node : undefined;
}

/** Ids that occur more than once. */
const duplicates = (ids: readonly string[]): string[] => [...new Set(ids.filter((id, i) => ids.indexOf(id) !== i))];

/** Steps and options: unique ids, no step called `region`, no keyword that points to two options of one step. */
function checkSteps(file: FinderFile): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const id of duplicates(file.steps.map((s) => s.id))) problems.push({ file: RULES_FILE, item: id, field: 'id', problem: 'step id used twice' });
  for (const step of file.steps) {
    if (step.id === REGION_KEY) problems.push({ file: RULES_FILE, item: step.id, field: 'id', problem: `"${REGION_KEY}" is reserved for the place` });
    for (const id of duplicates(step.options.map((o) => o.id))) problems.push({ file: RULES_FILE, item: step.id, field: `options.${id}`, problem: 'option id used twice' });
    const words = step.options.flatMap((o) => [...new Set(o.keywords.map(normalizeForMatching))]);
    for (const word of duplicates(words)) problems.push({ file: RULES_FILE, item: step.id, field: 'options.keywords', problem: `keyword "${word}" belongs to several options` });
  }
  return problems;
}

/** Rules and follow-ups: unique ids, known topics, conditions on known steps and answers. */
function checkRules(file: FinderFile, topicIds: ReadonlySet<string>): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const optionsOf = new Map<string, readonly string[]>([[REGION_KEY, REGIONS], ...file.steps.map((s) => [s.id, s.options.map((o) => o.id)] as const)]);
  for (const id of duplicates(file.rules.map((r) => r.id))) problems.push({ file: RULES_FILE, item: id, field: 'id', problem: 'rule id used twice' });
  const checkWhen = (item: string, when: Readonly<Record<string, readonly string[]>>) => {
    for (const [key, values] of Object.entries(when)) {
      const known = optionsOf.get(key);
      if (!known) { problems.push({ file: RULES_FILE, item, field: `when.${key}`, problem: 'unknown step' }); continue; }
      for (const value of values.filter((v) => !known.includes(v))) problems.push({ file: RULES_FILE, item, field: `when.${key}`, problem: `unknown answer "${value}"` });
    }
  };
  for (const rule of file.rules) {
    if (!topicIds.has(rule.topic)) problems.push({ file: RULES_FILE, item: rule.id, field: 'topic', problem: `unknown topic id "${rule.topic}"` });
    checkWhen(rule.id, rule.when);
  }
  file.followUps.forEach((followUp, index) => checkWhen(`followUps.${index}`, followUp.when));
  return problems;
}

/** Every question, button label and reason needs its text in each language. */
function checkTexts(file: FinderFile, texts: Readonly<Record<string, unknown>>): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const [language, value] of Object.entries(texts)) {
    const localeFile = `locales/${language}/finder.json`;
    const need = (item: string, path: string[]) => {
      if (!textAt(value, path)) problems.push({ file: localeFile, item, field: path.join('.'), problem: 'text missing' });
    };
    for (const step of file.steps) {
      need(step.id, ['steps', step.id, 'question']);
      need(step.id, ['steps', step.id, 'name']);
      for (const option of step.options) need(step.id, ['steps', step.id, 'options', option.id]);
    }
    for (const rule of file.rules) need(rule.id, ['reasons', rule.reason]);
  }
  return problems;
}

/** Everything the schema cannot see: ids, references to steps, answers and topics, and the texts. */
export function crossCheckRules(file: FinderFile, context: FinderRulesContext): ContentProblem[] {
  return [...checkSteps(file), ...checkRules(file, context.topicIds), ...checkTexts(file, context.texts)];
}

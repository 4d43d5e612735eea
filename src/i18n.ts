import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import i18next, { type i18n, type Resource, type TFunction } from 'i18next';
import type { KnowledgeBase } from './core/knowledge/knowledgeBase.js';
import { compileTemplate, fillTemplate, type Template } from './i18nTemplate.js';

/** The languages the bot answers in: standard German, Einfache Sprache and English. */
export const ANSWER_LANGUAGES = ['de', 'de-x-simple', 'en'] as const;
export type AnswerLanguage = (typeof ANSWER_LANGUAGES)[number];

/** A translator bound to one language. */
export type Translator = TFunction;

/** The i18next instance of the process and a translator per language from it. */
export interface Localizer {
  readonly languages: readonly AnswerLanguage[];
  /** A translator fixed to `language`; never switches a language shared between users. */
  translatorFor(language: AnswerLanguage): Translator;
}

/**
 * Builds the localizer over the one i18next instance (see {@link createI18next}), a memoised translator per language.
 */
export function createLocalizer(root: string, knowledge: KnowledgeBase, languages: readonly AnswerLanguage[]): Localizer {
  const instance = createI18next(root, knowledge, languages);
  const translators = new Map(languages.map((language) => [language, memoizedTranslator(instance, language)] as const));
  return {
    languages,
    translatorFor: (language) => translators.get(language) ?? instance.getFixedT(language),
  };
}

/**
 * Builds the i18next instance: bot strings from `locales/<lng>/<namespace>.json` (`translation` is the
 * default namespace; others such as `finder.json` give keys like `finder:question`), topic texts from the validated
 * knowledge base (namespace `topics`).
 * @remarks Missing keys are not hidden by a fallback language: `fallbackLng` is off so that a test can find every
 * missing text, and `returnNull`/`returnEmptyString` are off so a missing key shows up as the key itself.
 */
export function createI18next(root: string, knowledge: KnowledgeBase, languages: readonly AnswerLanguage[]): i18n {
  const resources: Resource = {};
  const namespaces = new Set<string>(['translation', 'topics']);
  for (const lng of languages) {
    const dir = join(root, 'locales', lng);
    const bundles: Record<string, Record<string, unknown>> = {};
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.json'))) {
      const namespace = file.slice(0, -'.json'.length);
      bundles[namespace] = JSON.parse(readFileSync(join(dir, file), 'utf8')) as Record<string, unknown>;
      namespaces.add(namespace);
    }
    bundles.topics = Object.fromEntries(knowledge.topics.flatMap((t) => (t.texts[lng] ? [[t.id, t.texts[lng]]] : [])));
    resources[lng] = bundles;
  }
  const instance: i18n = i18next.createInstance();
  void instance.init({
    resources,
    lng: languages[0],
    fallbackLng: false,
    supportedLngs: [...languages],
    ns: [...namespaces],
    defaultNS: 'translation',
    initAsync: false,
    returnNull: false,
    returnEmptyString: false,
    interpolation: { escapeValue: false },
  });
  return instance;
}

const isEmptyObject = (value: unknown): boolean => typeof value === 'object' && value !== null && Object.keys(value).length === 0;
const isPlainObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && Object.getPrototypeOf(value) === Object.prototype;

/**
 * A fixed translator that remembers its answers to calls with a key alone (labels, headings), since the resources
 * never change after start, and fills texts with plain placeholders itself (see `src/i18nTemplate.ts`). Other calls
 * (plurals, nesting, objects, a missing key or value) go to i18next each time.
 * @remarks Keys come from our code and data, never from user input, so both memos stay as small as the resources;
 * the filled texts are not remembered.
 */
function memoizedTranslator(instance: i18n, language: AnswerLanguage): Translator {
  const fixed = instance.getFixedT(language);
  const memo = new Map<string, string>();
  const templates = new Map<string, Template | null>();
  const call = fixed as unknown as (...args: unknown[]) => unknown;
  const templateOf = (key: string): Template | null => {
    let template = templates.get(key);
    if (template === undefined) {
      const found = instance.exists(key, { lng: language, returnObjects: false });
      template = (found && compileTemplate(fixed(key, { skipInterpolation: true }))) || null;
      templates.set(key, template);
    }
    return template;
  };
  const translate = (...args: unknown[]): unknown => {
    const [key, options] = args;
    if (typeof key !== 'string' || args.length > 2) return call(...args);
    if (args.length === 1 || isEmptyObject(options)) {
      let text = memo.get(key);
      if (text === undefined) {
        text = fixed(key);
        memo.set(key, text);
      }
      return text;
    }
    const template = isPlainObject(options) ? templateOf(key) : null;
    return (template && fillTemplate(template, options as Record<string, unknown>)) ?? call(...args);
  };
  return translate as unknown as Translator;
}

import { ActivityTypes, CardFactory, type Activity } from 'botbuilder';
import type { FollowUpCommand, Recommendation } from '../../src/core/finder/index.js';
import type { ContactSet } from '../../src/core/regions/index.js';
import { CARD_VERSION } from '../../src/cards/topicCard.js';
import { checklistAction, type ChecklistTarget } from '../../src/cards/checklistLink.js';
import { languageSwitchAction } from '../../src/cards/languageSwitch.js';
import type { AnswerLanguage, Translator } from '../../src/i18n.js';

/** What the result message shows; every text in it is ours, nothing the user typed. */
export interface FinderResult {
  /** The recommendations with their topic's short title in the answer language. */
  programmes: readonly (Recommendation & { title: string })[];
  /** "Anliegen: Jemanden ausbilden · Person: … · Ort: Kreis Soest", built from our own labels. */
  answersSummary: string;
  /** The district's contact points, when the place is known. */
  contacts?: ContactSet;
  followUps: readonly FollowUpCommand[];
  /** A note such as `finder:place.outsideNrw`. */
  noteKey?: string;
  /** Where "Als Checkliste" leads (see checklistTargetFor); without it the card has no such button. */
  checklist?: ChecklistTarget;
}

const textBlock = (text: string, extra: Record<string, unknown> = {}) => ({ type: 'TextBlock', text, wrap: true, ...extra });
const submit = (title: string, data: Record<string, unknown>) => ({ type: 'Action.Submit', title, data });

/** One programme: title, the one-line reason, and a button that opens its topic card. */
function programmeBlock(p: FinderResult['programmes'][number], t: Translator) {
  return {
    type: 'Container',
    separator: true,
    spacing: 'Medium',
    items: [
      textBlock(p.title, { weight: 'Bolder' }),
      textBlock(t(p.reasonKey), { spacing: 'Small' }),
      { type: 'ActionSet', actions: [submit(t('finder:result.open', { title: p.title }), { topic: p.topicId })] },
    ],
  };
}

/** The EAA of the district: its own confirmed EAA (one per sector where split), else the overview that refers on. */
function eaaBlocks(set: ContactSet | undefined, t: Translator): unknown[] {
  if (!set) return [textBlock(t('finder:result.noPlace'), { separator: true, spacing: 'Large' })];
  const place = set.district.name;
  const eaa = set.contacts.filter((c) => c.role === 'eaa');
  const shown = set.hasRegionalEaa ? eaa.filter((c) => c.level === 'regional' && c.confirmed) : eaa.slice(0, 1);
  const blocks: unknown[] = [
    textBlock(t('finder:result.eaaHeading', { place }), { weight: 'Bolder', size: 'Medium', separator: true, spacing: 'Large' }),
    textBlock(t('finder:result.eaaText'), { spacing: 'Small' }),
  ];
  if (!set.hasRegionalEaa) blocks.push(textBlock(t('finder:result.noRegionalEaa', { place }), { isSubtle: true, spacing: 'Small' }));
  for (const contact of shown) {
    blocks.push(textBlock(contact.name, { weight: 'Bolder', spacing: 'Medium' }));
    if (contact.sector) blocks.push(textBlock(t(`contact.sectors.${contact.sector}`), { spacing: 'None' }));
    blocks.push(textBlock(`[${contact.url.replace(/^https?:\/\//, '').replace(/\/$/, '')}](${contact.url})`, { spacing: 'Small' }));
  }
  return blocks;
}

/**
 * The finder's answer: the fitting programmes, each with its reason and a button to its topic card, then the
 * responsible EAA and buttons to the contact points, to follow-ups (levy calculator) and to a new search.
 */
export function finderResultMessage(result: FinderResult, t: Translator, channelLocale: string, language: AnswerLanguage): Partial<Activity> {
  const body: unknown[] = [
    textBlock(t('finder:result.heading'), { size: 'Medium', weight: 'Bolder', style: 'heading' }),
    textBlock(t('finder:result.yourAnswers', { answers: result.answersSummary }), { isSubtle: true, spacing: 'Small' }),
  ];
  if (result.noteKey) body.push(textBlock(t(result.noteKey)));
  if (result.programmes.length === 0) body.push(textBlock(t('finder:result.none')));
  body.push(...result.programmes.map((p) => programmeBlock(p, t)));
  body.push(...eaaBlocks(result.contacts, t));
  body.push(textBlock(t('finder:result.disclaimer'), { isSubtle: true, size: 'Small', spacing: 'Medium' }));
  const card = {
    type: 'AdaptiveCard',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    version: CARD_VERSION,
    lang: channelLocale.slice(0, 2),
    fallbackText: result.programmes.map((p) => `${p.title}: ${t(p.reasonKey)}`).join('\n'),
    body,
    actions: [
      ...checklistAction(result.checklist, result.programmes.map((p) => p.topicId), result.contacts?.district.key, language, t),
      submit(t('finder:result.showContacts'), { command: 'findContact' }),
      ...result.followUps.filter((c) => c !== 'findContact').map((c) => submit(t(`actions.${c}`), { command: c })),
      submit(t('finder:result.again'), { command: 'programmes' }),
      languageSwitchAction(language, t),
    ],
  };
  return {
    type: ActivityTypes.Message,
    locale: channelLocale,
    textFormat: 'markdown',
    text: result.programmes.length > 0 ? t('finder:result.intro') : t('finder:result.none'),
    summary: t('finder:result.heading'),
    attachments: [CardFactory.adaptiveCard(card)],
  };
}

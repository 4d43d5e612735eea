import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../src/app.js';
import { loadContent } from '../../src/core/content.js';
import { recommend } from '../../src/core/finder/index.js';
import { calculateLevy } from '../../src/core/levy/index.js';
import { findContacts } from '../../src/core/regions/index.js';
import { createLocalizer } from '../../src/i18n.js';
import { PROJECT_ROOT } from '../../src/paths.js';
import { startTestServer, type TestServer } from '../helpers/testServer.js';

const content = loadContent(PROJECT_ROOT);
const localizer = createLocalizer(PROJECT_ROOT, content.knowledge, LANGUAGES);

type Activity = Record<string, any>;
const cardOf = (activity: Activity | undefined) => activity?.attachments?.[0]?.content as Record<string, any> | undefined;
const last = (activities: Activity[]) => activities.at(-1)!;
const factsOf = (activity: Activity) => cardOf(activity)!.body.find((b: any) => b.type === 'FactSet').facts as Array<{ title: string; value: string }>;
/** Every Action.Submit of a card, wherever it sits (body action sets, containers, the card's own actions). */
const submitsOf = (activity: Activity) => collectSubmits(cardOf(activity));
function collectSubmits(node: unknown): Array<{ title: string; data: Record<string, unknown> }> {
  if (Array.isArray(node)) return node.flatMap(collectSubmits);
  if (!node || typeof node !== 'object') return [];
  const own = (node as Activity).type === 'Action.Submit' ? [node as { title: string; data: Record<string, unknown> }] : [];
  return [...own, ...Object.values(node).flatMap(collectSubmits)];
}

/**
 * One user of the web chat page: starts a conversation and sends what the page sends — typed text, or a card
 * button's `data` as `value` — with the locale of the bot's last answer, as public/chat.js does.
 */
class WebChatUser {
  private locale = 'de-DE';
  private constructor(private readonly server: TestServer, readonly conversationId: string, readonly welcome: Activity[]) {}

  static async start(server: TestServer): Promise<WebChatUser> {
    const created = await server.post('/api/webchat/conversations', { locale: 'de-DE' });
    expect(created.status).toBe(201);
    return new WebChatUser(server, created.body.conversationId, created.body.activities);
  }

  /** Types a message. */
  say(text: string): Promise<Activity[]> {
    return this.send({ type: 'message', text, locale: this.locale });
  }

  /** Presses the card button of `activity` whose data has `match` (as Web Chat does: the data becomes the value). */
  press(activity: Activity, match: Record<string, unknown>): Promise<Activity[]> {
    const button = submitsOf(activity).find((action) => Object.entries(match).every(([key, value]) => action.data[key] === value));
    expect(button, `a button with ${JSON.stringify(match)} on "${activity.text}"`).toBeDefined();
    return this.send({ type: 'message', value: button!.data, locale: this.locale });
  }

  private async send(body: Record<string, unknown>): Promise<Activity[]> {
    const reply = await this.server.post(`/api/webchat/conversations/${this.conversationId}/activities`, body);
    expect(reply.status, JSON.stringify(reply.body)).toBe(200);
    const activities = reply.body.activities as Activity[];
    expect(activities.length).toBeGreaterThan(0);
    this.locale = activities.map((a) => a.locale as string | undefined).find(Boolean) ?? this.locale;
    return activities;
  }
}

/** Messages that bring a fresh conversation into the language (none for German, the default). */
const switchTo: Record<'de' | 'en', string[]> = { de: [], en: ['English please'] };

describe('dialogs through the web chat endpoints', () => {
  let server: TestServer;
  beforeAll(async () => { server = await startTestServer(); });
  afterAll(async () => { await server.close(); });

  async function userIn(language: 'de' | 'en'): Promise<WebChatUser> {
    const user = await WebChatUser.start(server);
    for (const text of switchTo[language]) {
      const switched = await user.say(text);
      expect(switched[0]!.text).toBe(localizer.translatorFor(language)('language.switched'));
    }
    return user;
  }

  /** A question without the numbers, the two numbers, and the total as the card must show it (worked by hand). */
  const levyWalks: Array<['de' | 'en', string, number, number, RegExp]> = [
    // 5 % of 120 = 6 compulsory places, 3 filled → quota 2.5 % → 275 € × 3 unfilled × 12 months (§ 160 Abs. 2, amounts 2025).
    ['de', 'Wie hoch ist unsere Ausgleichsabgabe?', 120, 3, /^9\.900\s€$/],
    // 5 % of 250 = 12.5 → 13 (rounded half up from 60 workplaces), none filled → 815 € × 13 × 12.
    ['en', 'Calculate our compensatory levy', 250, 0, /^€127,140$/],
  ];

  it.each(levyWalks)('walks the Ausgleichsabgabe calculator in %s: %s', async (language, question, workplaces, employed, total) => {
    const t = localizer.translatorFor(language);
    const user = await userIn(language);

    const askWorkplaces = await user.say(question);
    expect(askWorkplaces).toHaveLength(1);
    expect(askWorkplaces[0]!.text).toBe(t('levy.ask.workplaces'));
    const askEmployed = await user.say(String(workplaces));
    expect(askEmployed[0]!.text).toBe(t('levy.ask.employed', { workplaces }));

    const [result, ...rest] = await user.say(String(employed));
    expect(rest).toEqual([]);
    expect(result!.locale).toBe(language === 'en' ? 'en-US' : 'de-DE');
    expect(cardOf(result)!.version).toBe('1.5');
    const facts = factsOf(result!);
    const shownTotal = facts.find((f) => f.title === t('levy.facts.total'))!.value;
    expect(shownTotal.replace(/\s/g, ' ')).toMatch(total);
    expect(result!.text).toContain(shownTotal);

    const expected = calculateLevy({ workplaces, employed }, content.levyRates);
    expect(expected.status).toBe('calculated');
    if (expected.status !== 'calculated') return;
    expect(Number(shownTotal.replace(/[^\d]/g, ''))).toBe(expected.totalEuro);
    expect(facts.find((f) => f.title === t('levy.facts.compulsory'))!.value).toBe(String(expected.averageCompulsoryPlaces));
    // Again, about the levy, and the language switch (to Einfache Sprache, from German and from English).
    expect(submitsOf(result!).map((a) => a.data)).toEqual([{ command: 'levy' }, { topic: 'ausgleichsabgabe' }, { command: 'simpleLanguage' }]);
  });

  it.each(['de', 'en'] as const)('walks the programme finder in %s from the welcome button to the programmes', async (language) => {
    const t = localizer.translatorFor(language);
    const user = await userIn(language);
    const answers = { situation: 'hire', person: 'severely-disabled', size: '20-39' };

    // The welcome's suggested action is an imBack: the page sends its label as text.
    const programmesLabel = localizer.translatorFor('de')('actions.programmes');
    expect(user.welcome[0]!.suggestedActions.actions.map((a: any) => a.value)).toContain(programmesLabel);
    let replies = await user.say(language === 'de' ? programmesLabel : t('actions.programmes'));
    expect(replies[0]!.text).toBe(t('finder:intro'));
    for (const [step, option] of Object.entries(answers)) {
      expect(last(replies).text).toBe(t(`finder:steps.${step}.question`));
      expect(cardOf(last(replies))!.version).toBe('1.5');
      replies = await user.press(last(replies), { step, finder: option });
    }
    expect(last(replies).text).toBe(t('finder:place.question'));

    const [result, ...rest] = await user.say('Lippstadt');
    expect(rest).toEqual([]);
    expect(result!.text).toBe(t('finder:result.intro'));
    const recommended = submitsOf(result!).flatMap((a) => (typeof a.data.topic === 'string' ? [a.data.topic] : []));
    // Lippstadt lies in the Kreis Soest, a district of the LWL.
    expect(recommended).toEqual(recommend(content.finder, { ...answers, region: 'LWL' }).map((r) => r.topicId));
    expect(recommended.slice(0, 2)).toEqual(['eingliederungszuschuss', 'arbeitsplatzausstattung']);
    const card = JSON.stringify(cardOf(result));
    expect(card).toContain('Kreis Soest');
    expect(card).toContain(findContacts(content.regions, '05974').contacts.find((c) => c.role === 'eaa')!.url);
    for (const id of recommended) expect(card).toContain(content.knowledge.byId.get(id)!.texts[language]!.short);

    // A programme's button opens its topic card.
    const [topic] = await user.press(result!, { topic: recommended[0] });
    expect(topic!.text).toContain(content.knowledge.byId.get(recommended[0]!)!.texts[language]!.title);
  });
});

import { describe, expect, it } from 'vitest';
import { openRecordedPage, useBotAndBrowser } from './support/browser.js';
import { botText, ChatPage } from './support/chatPage.js';

const RAMP_QUESTION = 'Gibt es einen Zuschuss für eine Rollstuhlrampe?';
/** Web Chat's warning when a reply waits for the message it answers (our echo must carry the replyToId). */
const HELD_BACK_REPLY = /Timed out while waiting for activity/;

const bot = useBotAndBrowser();

describe('a conversation in the browser', () => {
  it('answers a typed question (Enter) with a topic card, without holding the reply back', async () => {
    const { context, page, errors, warnings } = await openRecordedPage(bot.browser);
    const chat = new ChatPage(page);
    await chat.open(bot.server.baseUrl + '/');

    await chat.send(RAMP_QUESTION);
    await chat.waitForMessage(RAMP_QUESTION);
    const card = chat.cards().last();
    await card.waitFor();
    expect(await card.getByRole('heading').first().innerText()).not.toBe('');
    expect(await card.locator('.ac-factset').count()).toBe(1);
    for (const name of ['Details', botText('de', 'actions.findContact')]) expect(await card.getByRole('button', { name, exact: true }).count()).toBe(1);

    const details = card.getByRole('button', { name: 'Details', exact: true });
    const cardsInside = card.locator('.ac-adaptiveCard');
    expect(await cardsInside.count()).toBe(0);
    await details.click();
    await expect.poll(() => details.getAttribute('aria-expanded')).toBe('true');
    expect(await cardsInside.first().isVisible()).toBe(true);

    expect(errors).toEqual([]);
    expect(warnings.filter((w) => HELD_BACK_REPLY.test(w))).toEqual([]);
    await context.close();
  });

  it('runs a suggested action on a click', async () => {
    const { context, page } = await openRecordedPage(bot.browser);
    const chat = new ChatPage(page);
    await chat.open(bot.server.baseUrl + '/');

    await chat.suggestedAction(botText('de', 'actions.findContact')).click();
    await chat.waitForMessage(botText('de', 'contact.ask'));
    await context.close();
  });

  it('runs a suggested action from the keyboard and returns the focus to the send box', async () => {
    const { context, page } = await openRecordedPage(bot.browser);
    const chat = new ChatPage(page);
    await chat.open(bot.server.baseUrl + '/');
    await chat.input.focus();

    await page.keyboard.press('Shift+Tab');
    const focused = await chat.focused();
    expect(focused).toMatchObject({ inSuggestedActions: true, name: botText('de', 'actions.programmes') });
    const before = await chat.messages().count();
    await page.keyboard.press('Enter');

    await chat.waitForMessageCount(before + 2);
    expect(await chat.messages().nth(before).innerText()).toBe(botText('de', 'actions.programmes'));
    // Web Chat puts the focus back into the send box (a task after the key), ready for the next question.
    await chat.waitForFocus(chat.input);
    await context.close();
  });
});

describe('the page follows the answer language', () => {
  it('switches to Einfache Sprache (lang stays "de"), to English (lang "en") and back, with the page strings', async () => {
    const { context, page, errors } = await openRecordedPage(bot.browser);
    const chat = new ChatPage(page);
    await chat.open(bot.server.baseUrl + '/');
    const strings = await chat.pageStrings();
    const pageTexts = () =>
      page.evaluate(() => ({
        lang: document.documentElement.lang,
        title: document.title,
        tagline: document.querySelector('.tagline')?.textContent,
        privacyLink: document.querySelector('.site-footer a')?.textContent,
        placeholder: document.querySelector('input.webchat__send-box-text-box__input')?.getAttribute('placeholder'),
      }));
    const expected = (language: 'de' | 'de-x-simple' | 'en') => ({
      lang: language === 'en' ? 'en' : 'de',
      title: strings[language].title,
      tagline: strings[language].tagline,
      privacyLink: strings[language].privacyLink,
      placeholder: strings[language].inputPlaceholder,
    });
    expect(await pageTexts()).toEqual(expected('de'));

    await chat.send(RAMP_QUESTION);
    await chat.cards().first().waitFor();
    const germanHeading = await chat.cards().last().getByRole('heading').first().innerText();

    await chat.suggestedAction(botText('de', 'actions.simpleLanguage')).click();
    await chat.waitForMessage(botText('de-x-simple', 'language.switched'));
    await expect.poll(pageTexts).toEqual(expected('de-x-simple'));
    await chat.send(RAMP_QUESTION);
    await expect.poll(() => chat.cards().count()).toBeGreaterThanOrEqual(3);
    const simpleHeading = await chat.cards().last().getByRole('heading').first().innerText();
    expect(simpleHeading).not.toBe(germanHeading);

    await chat.send(botText('en', 'actions.english'));
    await chat.waitForMessage(botText('en', 'language.switched'));
    await expect.poll(pageTexts).toEqual(expected('en'));
    expect(await page.getByRole('button', { name: 'Send', exact: true }).count()).toBe(1);
    // Earlier messages keep their language for screen readers; the new ones are English.
    const articles = page.locator('article.webchat__basic-transcript__activity');
    expect(await articles.first().getAttribute('lang')).toBe('de');
    expect(await articles.last().getAttribute('lang')).toBe('en');

    await chat.send(botText('de', 'actions.standardLanguage'));
    await chat.waitForMessage(botText('de', 'language.switched'));
    await expect.poll(pageTexts).toEqual(expected('de'));
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('an expired conversation', () => {
  it('starts a new one and still answers the question, without an error or a second greeting', async () => {
    const { context, page, errors } = await openRecordedPage(bot.browser);
    const chat = new ChatPage(page);
    await chat.open(bot.server.baseUrl + '/');
    const greeting = botText('de', 'welcome.text').slice(0, 30);
    await chat.waitForMessage(greeting);

    // The server has forgotten the conversation (idle longer than STATE_TTL_MINUTES, or restarted): the first
    // message goes to an id it does not know and gets a real 404.
    let expired = 0;
    await page.route('**/api/webchat/conversations/*/activities', async (route) => {
      if (expired++ > 0) return route.continue();
      return route.continue({ url: route.request().url().replace(/conversations\/[^/]+\/activities/, `conversations/${'x'.repeat(32)}/activities`) });
    });
    const greetings = await chat.messages().count();
    await chat.send(RAMP_QUESTION);
    await chat.cards().last().waitFor();
    expect(expired).toBe(2);
    const texts = await chat.messages().allInnerTexts();
    // One greeting only: the new conversation's welcome is not shown again.
    expect(texts.filter((text) => text.includes(greeting)), texts.join(' | ')).toHaveLength(1);
    expect(texts.slice(greetings).join(' ')).toContain('Inklusionsamt');
    // The browser itself logs the 404 of the expired conversation; nothing else may go wrong.
    expect(errors.filter((error) => !/status of 404/.test(error))).toEqual([]);
    await context.close();
  });
});

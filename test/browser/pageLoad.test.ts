import { describe, expect, it } from 'vitest';
import { auditPage } from './support/axe.js';
import { foreignRequests, openRecordedPage, useBotAndBrowser } from './support/browser.js';
import { botText, ChatPage } from './support/chatPage.js';

/** `page.botSaid` ("Inklusionslotse NRW sagte:") is optional in the locales; the page uses it when it is there. */
const botSaid = (() => {
  try {
    return botText('de', 'page.botSaid');
  } catch {
    return undefined;
  }
})();

const bot = useBotAndBrowser();

describe('the chat page loads', () => {
  it('from its own server only, without console errors or CSP violations, and greets in German', async () => {
    const { context, page, requests, errors, cspViolations } = await openRecordedPage(bot.browser);
    const chat = new ChatPage(page);
    await chat.open(bot.server.baseUrl + '/');

    await chat.waitForMessage(botText('de', 'welcome.text').slice(0, 40));
    await expect.poll(() => chat.suggestedActions.getByRole('button').allInnerTexts()).toEqual(
      ['programmes', 'findContact', 'simpleLanguage'].map((key) => botText('de', `actions.${key}`)),
    );
    expect(await page.locator('html').getAttribute('lang')).toBe('de');

    // Web Chat takes over the conversation the server started and showed: it starts no second one.
    expect(requests.some((url) => url.endsWith('/api/webchat/conversations'))).toBe(false);
    expect(await chat.messages().filter({ hasText: botText('de', 'welcome.text').slice(0, 40) }).count()).toBe(1);
    expect(foreignRequests(requests, bot.server.baseUrl)).toEqual([]);
    expect(errors).toEqual([]);
    expect(cspViolations).toEqual([]);
    await context.close();
  });

  it('notices a CSP violation when there is one (the listener works)', async () => {
    const { context, page, cspViolations } = await openRecordedPage(bot.browser);
    await page.goto(bot.server.baseUrl + '/datenschutz');
    await page.evaluate(() => {
      const image = document.createElement('img');
      image.src = 'https://cdn.example.invalid/pixel.png';
      document.body.append(image);
    });
    await expect.poll(() => cspViolations).toEqual(['img-src https://cdn.example.invalid/pixel.png']);
    await context.close();
  });

  it('announces the answers through a polite live region and offers landmarks and a skip link', async () => {
    const { context, page } = await openRecordedPage(bot.browser);
    const chat = new ChatPage(page);
    await chat.open(bot.server.baseUrl + '/');

    const liveRegion = page.locator('#webchat .webchat__live-region-transcript');
    await expect.poll(() => liveRegion.getAttribute('aria-live')).toBe('polite');
    expect(await liveRegion.getAttribute('role')).toBe('log');

    for (const role of ['banner', 'main', 'contentinfo'] as const) expect(await page.getByRole(role).count()).toBe(1);
    expect(await page.getByRole('region', { name: botText('de', 'page.chatHeading') }).count()).toBe(1);
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe(botText('de', 'bot.name'));

    await page.keyboard.press('Tab');
    const skipLink = page.getByRole('link', { name: botText('de', 'page.skipLink') });
    expect(await skipLink.evaluate((link) => link === document.activeElement)).toBe(true);
    expect(await skipLink.isVisible()).toBe(true);
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('webchat');
    await context.close();
  });

  it('has an accessible privacy page', async () => {
    const { context, page, errors, cspViolations } = await openRecordedPage(bot.browser);
    await page.goto(bot.server.baseUrl + '/datenschutz');
    expect(await page.locator('html').getAttribute('lang')).toBe('de');
    expect((await auditPage(page)).violations).toEqual([]);
    expect([...errors, ...cspViolations]).toEqual([]);
    await context.close();
  });

  it.skipIf(botSaid === undefined)("names the bot before each answer for screen readers (page.botSaid)", async () => {
    const { context, page } = await openRecordedPage(bot.browser);
    const chat = new ChatPage(page);
    await chat.open(bot.server.baseUrl + '/');
    const label = page.locator('.webchat__basic-transcript__activity-active-descendant').first();
    await expect.poll(() => label.innerText()).toContain(botSaid);
    await context.close();
  });
});

import { describe, expect, it } from 'vitest';
import { auditPage } from './support/axe.js';
import { openRecordedPage, useBotAndBrowser } from './support/browser.js';
import { botText, ChatPage } from './support/chatPage.js';

const bot = useBotAndBrowser();
const BUNDLE = /\/static\/chat\.[0-9a-f]{12}\.js$/;
const welcomeStart = botText('de', 'welcome.text').slice(0, 40);

describe('the chat before Web Chat has arrived', () => {
  it('shows the welcome as accessible HTML; a suggestion chosen and text typed meanwhile reach Web Chat when it takes over', async () => {
    const { context, page, errors, cspViolations } = await openRecordedPage(bot.browser);
    let release = () => {};
    const held = new Promise<void>((resolve) => { release = resolve; });
    await page.route(BUNDLE, async (route) => { await held; await route.continue(); });
    await page.goto(bot.server.baseUrl + '/', { waitUntil: 'commit' });

    await page.getByText(welcomeStart).waitFor();
    expect((await auditPage(page)).violations).toEqual([]);
    await page.getByRole('button', { name: botText('de', 'actions.programmes'), exact: true }).click();
    const staticInput = page.getByRole('textbox', { name: botText('de', 'chatPage:inputLabel') });
    await staticInput.fill('Zuschuss');
    release();

    const chat = new ChatPage(page);
    await chat.waitForMessage(botText('de', 'actions.programmes'));
    await chat.waitForMessageCount(3);
    await expect.poll(() => chat.input.inputValue()).toBe('Zuschuss');
    expect((await chat.focused()).isInput).toBe(true);
    expect(await chat.messages().filter({ hasText: welcomeStart }).count()).toBe(1);
    expect(await page.locator('#chat-static').count()).toBe(0);
    expect([...errors, ...cspViolations]).toEqual([]);
    await context.close();
  });

  it('sends a message typed and sent before Web Chat arrived once, and answers it', async () => {
    const { context, page } = await openRecordedPage(bot.browser);
    let release = () => {};
    const held = new Promise<void>((resolve) => { release = resolve; });
    await page.route(BUNDLE, async (route) => { await held; await route.continue(); });
    await page.goto(bot.server.baseUrl + '/', { waitUntil: 'commit' });
    const staticInput = page.getByRole('textbox', { name: botText('de', 'chatPage:inputLabel') });
    await staticInput.fill('Was ist das Budget für Arbeit?');
    await staticInput.press('Enter');
    await page.locator('.chat-static__message--user').getByText('Was ist das Budget für Arbeit?').waitFor();
    release();

    const chat = new ChatPage(page);
    await chat.waitForMessage('Was ist das Budget für Arbeit?');
    await chat.waitForMessageCount(3);
    expect(await chat.messages().filter({ hasText: 'Was ist das Budget für Arbeit?' }).count()).toBe(1);
    expect(await chat.input.inputValue()).toBe('');
    await context.close();
  });
});

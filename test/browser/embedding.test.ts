import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/paths.js';
import { startTestServer, type TestServer } from '../helpers/testServer.js';
import { launchChromium, openRecordedPage } from './support/browser.js';
import { botText } from './support/chatPage.js';
import { startParentSite, type ParentSite } from './support/parentSite.js';

const SCREENSHOTS = join(PROJECT_ROOT, 'test-results', 'browser');

let parent: ParentSite;
/** The bot without EMBED_ORIGINS, and the bot that lists the parent site's origin. */
let closedBot: TestServer;
let embeddableBot: TestServer;
let browser: Browser;

beforeAll(async () => {
  parent = await startParentSite();
  [closedBot, embeddableBot, browser] = await Promise.all([
    startTestServer({ LOG_LEVEL: 'warn' }),
    startTestServer({ LOG_LEVEL: 'warn', EMBED_ORIGINS: `https://www.kammer.example, ${parent.origin}` }),
    launchChromium(),
  ]);
});

afterAll(async () => {
  await browser?.close();
  await Promise.all([closedBot?.close(), embeddableBot?.close(), parent?.close()]);
});

/** The parent page's iframe once it has navigated (to the chat page or to Chromium's error page). */
async function chatFrame(page: Page): Promise<Frame> {
  const element = await page.waitForSelector('iframe');
  await page.waitForFunction(() => document.readyState === 'complete');
  return (await element.contentFrame())!;
}

/** What a script on the parent page gets when it starts a web chat conversation on `botUrl` itself. */
function startConversationFromParent(page: Page, botUrl: string): Promise<string> {
  return page.evaluate(async (url) => {
    try {
      const response = await fetch(`${url}/api/webchat/conversations`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{}' });
      return `HTTP ${response.status}`;
    } catch (error) {
      return `refused: ${(error as Error).name}`;
    }
  }, botUrl);
}

describe('embedding the chat on another website', () => {
  it('refuses to be framed by, or to answer scripts of, an origin that EMBED_ORIGINS does not list', async () => {
    const { context, page, errors } = await openRecordedPage(browser);
    await page.goto(parent.pageFraming(closedBot.baseUrl + '/'));
    const frame = await chatFrame(page);

    expect(await frame.locator('#webchat').count()).toBe(0);
    expect(frame.url()).not.toBe(closedBot.baseUrl + '/');
    expect(errors.some((e) => /frame-ancestors/.test(e))).toBe(true);
    expect(await startConversationFromParent(page, closedBot.baseUrl)).toBe('refused: TypeError');
    await context.close();
  });

  it('loads and answers inside the frame of a listed origin, which may also call the web chat endpoints', async () => {
    const { context, page, errors } = await openRecordedPage(browser);
    await page.goto(parent.pageFraming(embeddableBot.baseUrl + '/'));
    const frame = await chatFrame(page);

    expect(frame.url()).toBe(embeddableBot.baseUrl + '/');
    await frame.locator('.webchat__bubble__content').filter({ hasText: botText('de', 'welcome.text').slice(0, 40) }).first().waitFor({ timeout: 30_000 });
    const input = frame.locator('input.webchat__send-box-text-box__input');
    await input.fill('59555');
    await input.press('Enter');
    await frame.locator('.ac-adaptiveCard').filter({ hasText: 'Soest' }).first().waitFor();
    expect(errors).toEqual([]);
    expect(await startConversationFromParent(page, embeddableBot.baseUrl)).toBe('HTTP 201');
    mkdirSync(SCREENSHOTS, { recursive: true });
    await page.screenshot({ path: join(SCREENSHOTS, 'embedded-iframe.png') });
    await context.close();
  });
});

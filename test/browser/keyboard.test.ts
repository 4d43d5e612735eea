import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../helpers/testServer.js';
import { launchChromium, openRecordedPage } from './support/browser.js';
import { botText, ChatPage } from './support/chatPage.js';

type Focus = Awaited<ReturnType<ChatPage['focused']>>;

let server: TestServer;
let browser: Browser;

beforeAll(async () => {
  [server, browser] = await Promise.all([startTestServer({ LOG_LEVEL: 'warn' }), launchChromium()]);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Presses `key` until the focused element satisfies `reached` (at most `limit` presses); returns the path taken. */
async function pressUntil(chat: ChatPage, key: 'Tab' | 'Shift+Tab' | 'Escape', reached: (focus: Focus) => boolean, limit = 12): Promise<Focus[]> {
  const path: Focus[] = [];
  for (let i = 0; i < limit; i++) {
    await chat.page.keyboard.press(key);
    const focus = await chat.focused();
    path.push(focus);
    if (reached(focus)) return path;
  }
  throw new Error(`${key} ×${limit} never reached the target; focus went: ${path.map((f) => `${f.tag} "${f.name.slice(0, 30)}"`).join(' → ')}`);
}

/**
 * True when the focused element and its surroundings (12 px: a ring may be drawn on a containing box) look different
 * without the focus: a visible focus indicator (WCAG 2.4.7).
 */
async function focusIsVisible(page: Page): Promise<boolean> {
  const focused = page.locator(':focus');
  const box = await focused.boundingBox();
  if (!box) return false;
  const clip = { x: Math.max(0, box.x - 12), y: Math.max(0, box.y - 12), width: box.width + 24, height: box.height + 24 };
  const withFocus = await page.screenshot({ clip });
  const handle = await focused.elementHandle();
  await page.evaluate(() => (document.activeElement as HTMLElement).blur());
  const withoutFocus = await page.screenshot({ clip });
  await handle!.evaluate((element: HTMLElement) => element.focus());
  return !withFocus.equals(withoutFocus);
}

describe('the chat with the keyboard only', () => {
  it('finds the contact points for a postal code with Tab, Shift+Tab, Enter, Space and Escape', async () => {
    const { context, page, errors } = await openRecordedPage(browser);
    const chat = new ChatPage(page);
    await chat.open(server.baseUrl + '/');
    const isInput = (f: Focus) => f.isInput;

    // Skip link, then on to the send box.
    await page.keyboard.press('Tab');
    expect((await chat.focused()).name).toBe(botText('de', 'page.skipLink'));
    expect(await focusIsVisible(page)).toBe(true);
    await page.keyboard.press('Enter');
    await pressUntil(chat, 'Tab', isInput);
    expect(await focusIsVisible(page)).toBe(true);

    // A typed question, sent with Enter.
    await page.keyboard.type('Gibt es einen Zuschuss für eine Rollstuhlrampe?');
    await page.keyboard.press('Enter');
    await chat.cards().first().waitFor();
    expect((await chat.focused()).isInput).toBe(true);

    // Into the answer (transcript, Enter), to the card's button, activated with Space.
    await pressUntil(chat, 'Shift+Tab', (f) => f.isTranscript);
    await page.keyboard.press('Enter');
    expect((await chat.focused()).inCard).toBe(true);
    const findContact = botText('de', 'actions.findContact');
    await pressUntil(chat, 'Tab', (f) => f.inCard && f.name === findContact);
    expect(await focusIsVisible(page)).toBe(true);
    await page.keyboard.press('Space');
    await chat.waitForMessage(botText('de', 'contact.ask'));

    // Back to the send box: Web Chat keeps the focus inside a message until Escape (its keyboard help says so;
    // WCAG 2.1.2 allows that with a standard exit key): Escape to the transcript, Escape to the send box.
    await pressUntil(chat, 'Escape', isInput, 2);
    await page.keyboard.type('59555');
    await page.keyboard.press('Enter');
    await chat.waitForMessage(/Soest/);
    const contactCard = chat.cards().last();
    expect(await contactCard.getByRole('heading').first().innerText()).toContain('Soest');

    // A suggested action: Shift+Tab from the send box, Enter.
    await pressUntil(chat, 'Shift+Tab', (f) => f.inSuggestedActions);
    expect(await focusIsVisible(page)).toBe(true);
    const action = (await chat.focused()).name;
    const before = await chat.messages().count();
    await page.keyboard.press('Enter');
    await chat.waitForMessageCount(before + 2);
    expect(await chat.messages().nth(before).innerText()).toBe(action);
    expect(errors).toEqual([]);
    await context.close();
  });
});

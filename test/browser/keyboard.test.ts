import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openRecordedPage, useBotAndBrowser } from './support/browser.js';
import { botText, ChatPage } from './support/chatPage.js';

type Focus = Awaited<ReturnType<ChatPage['focused']>>;

const bot = useBotAndBrowser();

/**
 * Presses `key` until the focused element satisfies `reached` (at most `limit` presses); returns the path taken.
 * @remarks Only for keys whose focus move is done when the key event is (the browser's Tab order). Escape from the
 * transcript moves the focus a task later; another press before it lands queues a second move, and Web Chat 4.18.1
 * then leaves the send box read-only.
 */
async function pressUntil(chat: ChatPage, key: 'Tab' | 'Shift+Tab', reached: (focus: Focus) => boolean, limit = 12): Promise<Focus[]> {
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
 * @remarks Web Chat scrolls the transcript down in animation frames after new content. The two pictures are taken
 * once the element stands still, and count only if it was in the same place for both; otherwise they are taken again.
 */
async function focusIsVisible(page: Page): Promise<boolean> {
  const focused = await page.locator(':focus').elementHandle();
  if (!focused) return false;
  for (let attempt = 0; attempt < 5; attempt++) {
    await focused.scrollIntoViewIfNeeded(); // waits until the box is the same in two animation frames
    const box = await focused.boundingBox();
    if (!box) return false;
    const clip = { x: Math.max(0, box.x - 12), y: Math.max(0, box.y - 12), width: box.width + 24, height: box.height + 24 };
    const withFocus = await page.screenshot({ clip });
    await focused.evaluate((element: HTMLElement) => element.blur());
    const withoutFocus = await page.screenshot({ clip });
    await focused.evaluate((element: HTMLElement) => element.focus());
    const after = await focused.boundingBox(); // with the focus again: a skip link is elsewhere without it
    if (after && after.x === box.x && after.y === box.y) return !withFocus.equals(withoutFocus);
  }
  throw new Error('the focused element kept moving while its focus indicator was compared');
}

describe('the chat with the keyboard only', () => {
  it('finds the contact points for a postal code with Tab, Shift+Tab, Enter, Space and Escape', async () => {
    const { context, page, errors } = await openRecordedPage(bot.browser);
    const chat = new ChatPage(page);
    await chat.open(bot.server.baseUrl + '/');
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
    // WCAG 2.1.2 allows that with a standard exit key): Escape to the transcript, Escape to the send box. The second
    // move happens a task after the key (Web Chat makes the box read-only meanwhile so no on-screen keyboard pops up);
    // a further Escape in that gap would leave the box read-only, so the test waits for the focus instead.
    await page.keyboard.press('Escape');
    expect((await chat.focused()).isTranscript).toBe(true);
    await page.keyboard.press('Escape');
    await chat.waitForFocus(chat.input);
    await page.keyboard.type('59555');
    expect(await chat.input.inputValue()).toBe('59555');
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

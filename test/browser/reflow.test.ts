import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openRecordedPage, useBotAndBrowser } from './support/browser.js';
import { botText, ChatPage } from './support/chatPage.js';

const bot = useBotAndBrowser();

/** How wide the page is laid out, and which visible elements reach past the window's edges. */
function horizontalOverflow(page: Page): Promise<{ scrollWidth: number; clientWidth: number; outside: string[] }> {
  return page.evaluate(() => {
    const root = document.documentElement;
    const width = root.clientWidth;
    // Web Chat's screen-reader-only live region and its hidden keyboard help are clipped on purpose.
    const hidden = '.webchat__live-region-transcript, .webchat__keyboard-help, .skip-link, .visually-hidden';
    const outside = [...document.querySelectorAll('body *')]
      .filter((element) => {
        const box = element.getBoundingClientRect();
        return box.width > 0 && (box.right > width + 1 || box.left < -1) && !element.closest(hidden);
      })
      .map((element) => `${element.tagName.toLowerCase()}.${String(element.className).split(' ')[0]} "${(element.textContent ?? '').slice(0, 40)}"`);
    return { scrollWidth: root.scrollWidth, clientWidth: root.clientWidth, outside };
  });
}

describe('the page reflows without horizontal scrolling (WCAG 1.4.10)', () => {
  it('at 320 px, at 200 % zoom (640 px viewport; CSS zoom 2 at 1280 px) with a topic card, details and a contact card', async () => {
    const { context, page } = await openRecordedPage(bot.browser, { viewport: { width: 320, height: 640 } });
    const chat = new ChatPage(page);
    await chat.open(bot.server.baseUrl + '/');
    await chat.send('Gibt es einen Zuschuss für eine Rollstuhlrampe?');
    await chat.cards().first().waitFor();
    await chat.cardButton('Details').click();
    await chat.send(botText('de', 'actions.findContact'));
    await chat.waitForMessage(botText('de', 'contact.ask'));
    await chat.send('59555');
    await chat.waitForMessage(/Soest/);

    const layouts = [
      { name: '320 px wide', viewport: { width: 320, height: 640 }, zoom: '' },
      { name: '1280 × 800 at 200 % (viewport 640 × 400)', viewport: { width: 640, height: 400 }, zoom: '' },
      { name: '1280 × 800 with CSS zoom 2', viewport: { width: 1280, height: 800 }, zoom: '2' },
    ];
    for (const layout of layouts) {
      await page.setViewportSize(layout.viewport);
      await page.evaluate((zoom) => { document.documentElement.style.zoom = zoom; }, layout.zoom);
      const overflow = await horizontalOverflow(page);
      expect({ layout: layout.name, ...overflow, fits: overflow.scrollWidth <= overflow.clientWidth }).toEqual({
        layout: layout.name,
        scrollWidth: overflow.scrollWidth,
        clientWidth: overflow.clientWidth,
        outside: [],
        fits: true,
      });
    }
    await context.close();
  });
});

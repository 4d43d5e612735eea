import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { checklistUrl } from '../../src/cards/checklistLink.js';
import { PROJECT_ROOT } from '../../src/paths.js';
import { auditPage } from './support/axe.js';
import { foreignRequests, openRecordedPage, useBotAndBrowser } from './support/browser.js';
import { botText, ChatPage } from './support/chatPage.js';
import { pdfPages, pdfText } from './support/pdfText.js';

const bot = useBotAndBrowser();
/** A4 (210 × 297 mm) in PDF points (1/72 inch); Chromium rounds the MediaBox to whole CSS pixels. */
const A4_POINTS = { width: 595.28, height: 841.89 };

/** Visible elements that reach past the right or left edge of the window. */
function overflowing(page: Page): Promise<string[]> {
  return page.evaluate(() => [...document.querySelectorAll('body *')]
    .filter((element) => {
      const box = element.getBoundingClientRect();
      return box.width > 0 && (box.right > document.documentElement.clientWidth + 1 || box.left < -1);
    })
    .map((element) => `${element.tagName.toLowerCase()} "${(element.textContent ?? '').slice(0, 40)}"`));
}

/** The text of every deadline rule on the page, as the server wrote it. */
const deadlineTexts = (page: Page) => page.locator('strong.deadline').allInnerTexts();

describe('the checklist in the browser', () => {
  it('goes from the finder result via "Als Checkliste" to a page with the chosen programmes and district', async () => {
    const { context, page, errors, requests } = await openRecordedPage(bot.browser);
    const chat = new ChatPage(page);
    await chat.open(bot.server.baseUrl + '/');
    await chat.suggestedAction(botText('de', 'actions.programmes')).click();
    for (const [step, option] of [['situation', 'hire'], ['person', 'severely-disabled'], ['size', 'under-20']]) {
      await chat.waitForMessage(botText('de', `finder:steps.${step}.question`));
      await chat.cardButton(botText('de', `finder:steps.${step}.options.${option}`)).click();
    }
    await chat.waitForMessage(botText('de', 'finder:place.question'));
    await chat.send('Lippstadt');
    await chat.waitForMessage(botText('de', 'finder:result.intro'));

    const [checklist] = await Promise.all([context.waitForEvent('page'), chat.cardButton(botText('de', 'checklist:button')).click()]);
    await checklist.waitForLoadState();
    const url = new URL(checklist.url());
    expect(url.origin).toBe(bot.server.baseUrl);
    expect(url.pathname).toBe('/checkliste');
    expect(url.searchParams.get('d')).toBe('05974');
    const topics = url.searchParams.get('t')!.split(',');
    expect(topics).toContain('eingliederungszuschuss');
    expect(await checklist.locator('.page-header').innerText()).toContain('Kreis Soest');
    const headings = await checklist.locator('article.programme h3').allInnerTexts();
    expect(headings).toHaveLength(topics.length);
    for (const id of topics) expect(headings).toContain(bot.server.app.content.knowledge.byId.get(id)!.texts.de!.title);
    expect(await checklist.getByRole('button', { name: botText('de', 'checklist:page.print') }).isVisible()).toBe(true);
    expect(await checklist.locator('#email-link').getAttribute('href')).toContain(encodeURIComponent(checklist.url()));
    expect(foreignRequests(requests, bot.server.baseUrl)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it.each(['de', 'de-x-simple', 'en'] as const)('has no axe violations (WCAG 2.1 AA) on screen and in print media, in %s', async (language) => {
    const { context, page, cspViolations } = await openRecordedPage(bot.browser);
    await page.goto(bot.server.baseUrl + checklistUrl('', ['eingliederungszuschuss', 'praemien-lvr-lwl', 'kuendigungsschutz'], '05315', language));
    expect((await auditPage(page)).violations).toEqual([]);
    await page.emulateMedia({ media: 'print' });
    expect((await auditPage(page)).violations).toEqual([]);
    expect(cspViolations).toEqual([]);
    await context.close();
  });

  it('shows a bad link as an accessible 400 page in the link\'s language', async () => {
    const { context, page, cspViolations } = await openRecordedPage(bot.browser);
    const response = await page.goto(bot.server.baseUrl + '/checkliste?v=1&lang=en&t=unknown-topic');
    expect(response?.status()).toBe(400);
    expect(await page.locator('h1').innerText()).toBe(botText('en', 'checklist:error.title'));
    expect((await auditPage(page)).violations).toEqual([]);
    expect(cspViolations).toEqual([]);
    await context.close();
  });

  it('works with the keyboard alone: Tab reaches the print button, the e-mail link and every link, with a visible focus', async () => {
    const { context, page } = await openRecordedPage(bot.browser);
    await page.goto(bot.server.baseUrl + checklistUrl('', ['bem'], '05974', 'de'));
    await page.keyboard.press('Tab');
    const first = await page.evaluate(() => ({ id: document.activeElement!.id, outline: getComputedStyle(document.activeElement!).outlineStyle }));
    expect(first).toEqual({ id: 'print-button', outline: 'solid' });
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement!.id)).toBe('email-link');
    const links = await page.locator('a[href]').count();
    for (let i = 0; i < links - 1; i += 1) await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement!.tagName)).toBe('A');
    await context.close();
  });

  it('reflows at 320 px without horizontal scrolling', async () => {
    const { context, page } = await openRecordedPage(bot.browser, { viewport: { width: 320, height: 640 } });
    await page.goto(bot.server.baseUrl + checklistUrl('', ['ausgleichsabgabe', 'praemien-lvr-lwl', 'integration-unternehmen'], undefined, 'de'));
    expect(await overflowing(page)).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth)).toBe(true);
    await context.close();
  });

  it.each(['de', 'en'] as const)('prints to A4 pages whose text holds every deadline rule and the printed web addresses (%s)', async (language) => {
    const { context, page } = await openRecordedPage(bot.browser);
    const topics = ['eingliederungszuschuss', 'praemien-lvr-lwl', 'ausgleichsabgabe', 'kuendigungsschutz', 'bem', 'arbeitsplatzausstattung'];
    await page.goto(bot.server.baseUrl + checklistUrl('', topics, undefined, language));
    const deadlines = await deadlineTexts(page);
    expect(deadlines.length).toBeGreaterThanOrEqual(topics.length);
    await page.emulateMedia({ media: 'print' });
    // A4 less the page margins of public/checklist.css (15 mm each side) is 180 mm, about 680 CSS pixels: nothing may stick out.
    await page.setViewportSize({ width: 680, height: 1000 });
    expect(await overflowing(page)).toEqual([]);
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
    const pages = pdfPages(pdf);
    expect(pages.length).toBeGreaterThan(1);
    for (const [x, y, width, height] of pages) {
      expect([x, y]).toEqual([0, 0]);
      expect(Math.abs(width! - A4_POINTS.width)).toBeLessThan(1.5);
      expect(Math.abs(height! - A4_POINTS.height)).toBeLessThan(1.5);
    }
    const text = pdfText(pdf).normalize('NFKC').replace(/\s+/g, '');
    for (const deadline of deadlines) expect(text, deadline).toContain(deadline.replace(/\s+/g, ''));
    expect(text).toContain('https://www.gesetze-im-internet.de/sgb_3/__324.html');
    expect(text).toContain(botText(language, 'checklist:page.title').replace(/\s+/g, ''));
    await context.close();
  });

  it.runIf(process.env.UPDATE_SCREENSHOTS === '1')('saves the screenshots for the README (UPDATE_SCREENSHOTS=1)', async () => {
    const { context, page } = await openRecordedPage(bot.browser, { viewport: { width: 800, height: 1000 } });
    await page.goto(bot.server.baseUrl + checklistUrl('', ['eingliederungszuschuss', 'praemien-lvr-lwl'], '05974', 'de'));
    await page.screenshot({ path: join(PROJECT_ROOT, 'docs/img/checklist-page.png') });
    await page.emulateMedia({ media: 'print' });
    await page.setViewportSize({ width: 720, height: 1018 });
    await page.screenshot({ path: join(PROJECT_ROOT, 'docs/img/checklist-print.png') });
    await context.close();
  });
});

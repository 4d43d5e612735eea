import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/paths.js';
import { auditPage } from './support/axe.js';
import { openRecordedPage, useBotAndBrowser } from './support/browser.js';
import { botText, ChatPage } from './support/chatPage.js';

/** Screenshots for a reviewer (git-ignored). */
const SCREENSHOTS = join(PROJECT_ROOT, 'test-results', 'browser');
const RAMP_QUESTION = 'Gibt es einen Zuschuss für eine Rollstuhlrampe?';
/** The programme finder's questions in the order it asks them, and the answer button the test takes at each. */
const FINDER_ANSWERS = [
  { step: 'situation', option: 'hire' },
  { step: 'person', option: 'severely-disabled' },
  { step: 'size', option: '20-39' },
] as const;
const LEVY_QUESTION = 'Ausgleichsabgabe bei 300 Arbeitsplätzen und 6 schwerbehinderten Beschäftigten';

mkdirSync(SCREENSHOTS, { recursive: true });

const bot = useBotAndBrowser();

describe('accessibility audit (axe-core, WCAG 2.1 A and AA)', () => {
  it('finds no violation after a topic card with its details, the contact finder prompt and a contact card (German)', async () => {
    const { context, page } = await openRecordedPage(bot.browser);
    const chat = new ChatPage(page);
    await chat.open(bot.server.baseUrl + '/');
    await page.screenshot({ path: join(SCREENSHOTS, 'chat-de-greeting.png') });

    await chat.send(RAMP_QUESTION);
    await chat.cards().first().waitFor();
    await chat.cardButton('Details').click();
    await chat.cardButton(botText('de', 'actions.findContact')).click();
    await chat.waitForMessage(botText('de', 'contact.ask'));
    await chat.send('59555');
    await chat.waitForMessage(/Soest/);

    const audit = await auditPage(page);
    expect(audit.violations).toEqual([]);
    expect(audit.passes).toBeGreaterThan(15);
    await page.screenshot({ path: join(SCREENSHOTS, 'chat-de-conversation.png') });
    await page.setViewportSize({ width: 320, height: 640 });
    await page.screenshot({ path: join(SCREENSHOTS, 'chat-de-320px.png') });
    await context.close();
  });

  it('finds no violation in the programme finder: its step cards, the place question and the result card (German)', async () => {
    const { context, page } = await openRecordedPage(bot.browser);
    const chat = new ChatPage(page);
    await chat.open(bot.server.baseUrl + '/');

    await chat.suggestedAction(botText('de', 'actions.programmes')).click();
    for (const { step, option } of FINDER_ANSWERS) {
      await chat.waitForMessage(botText('de', `finder:steps.${step}.question`));
      await chat.cardButton(botText('de', `finder:steps.${step}.options.${option}`)).click();
    }
    await chat.waitForMessage(botText('de', 'finder:place.question'));
    expect((await auditPage(page)).violations).toEqual([]);

    await chat.send('59555');
    await chat.waitForMessage(botText('de', 'finder:result.intro'));
    const result = chat.cards().last();
    expect(await result.getByRole('heading').first().innerText()).toBe(botText('de', 'finder:result.heading'));
    await result.getByText(botText('de', 'finder:result.eaaHeading', { place: 'Kreis Soest' })).waitFor();
    const audit = await auditPage(page);
    expect(audit.violations).toEqual([]);
    expect(audit.passes).toBeGreaterThan(15);
    await page.screenshot({ path: join(SCREENSHOTS, 'chat-de-finder.png') });
    await context.close();
  });

  it('finds no violation after the Ausgleichsabgabe calculator result card (German)', async () => {
    const { context, page } = await openRecordedPage(bot.browser);
    const chat = new ChatPage(page);
    await chat.open(bot.server.baseUrl + '/');

    await chat.send(LEVY_QUESTION);
    await chat.waitForMessage(botText('de', 'levy.howCalculated'));
    const result = chat.cards().last();
    expect(await result.getByRole('heading').first().innerText()).toMatch(new RegExp(botText('de', 'levy.heading', { year: '\\d{4}' })));
    const audit = await auditPage(page);
    expect(audit.violations).toEqual([]);
    expect(audit.passes).toBeGreaterThan(15);
    await page.screenshot({ path: join(SCREENSHOTS, 'chat-de-levy.png') });
    await context.close();
  });

  it('finds no violation in Einfache Sprache and in English, and the card buttons and links have names', async () => {
    const { context, page } = await openRecordedPage(bot.browser);
    const chat = new ChatPage(page);
    await chat.open(bot.server.baseUrl + '/');

    await chat.suggestedAction(botText('de', 'actions.simpleLanguage')).click();
    await chat.waitForMessage(botText('de-x-simple', 'language.switched'));
    await chat.send(RAMP_QUESTION);
    await chat.cards().first().waitFor();
    expect((await auditPage(page)).violations).toEqual([]);
    await page.screenshot({ path: join(SCREENSHOTS, 'chat-de-x-simple.png') });

    await chat.send(botText('en', 'actions.english'));
    await chat.waitForMessage(botText('en', 'language.switched'));
    await chat.send('59555');
    await chat.waitForMessage(/Soest/);
    expect((await auditPage(page)).violations).toEqual([]);
    await page.screenshot({ path: join(SCREENSHOTS, 'chat-en.png') });

    const unnamed = await page.evaluate(() =>
      [...document.querySelectorAll('#webchat .ac-adaptiveCard button, #webchat .ac-adaptiveCard a[href]')]
        .filter((control) => !(control.getAttribute('aria-label') || control.textContent || '').trim())
        .map((control) => control.outerHTML.slice(0, 120)),
    );
    expect(unnamed).toEqual([]);
    await context.close();
  });
});

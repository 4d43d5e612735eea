import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { PROJECT_ROOT } from '../../../src/paths.js';

/** The answer languages and their locale folders. */
export type AnswerLanguage = 'de' | 'de-x-simple' | 'en';

const translations = new Map<string, Record<string, unknown>>();

/**
 * A bot text from locales/<language>/translation.json (or, for `namespace:key` as the bot writes it,
 * locales/<language>/<namespace>.json), `{{name}}` filled from `values`: the tests expect what the bot says.
 */
export function botText(language: AnswerLanguage, key: string, values: Record<string, string> = {}): string {
  const [namespace, path] = key.includes(':') ? key.split(':', 2) as [string, string] : ['translation', key];
  const file = join('locales', language, `${namespace}.json`);
  if (!translations.has(file)) translations.set(file, JSON.parse(readFileSync(join(PROJECT_ROOT, file), 'utf8')) as Record<string, unknown>);
  const text = path.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], translations.get(file));
  if (typeof text !== 'string') throw new Error(`${file} has no string "${path}"`);
  return text.replace(/\{\{(\w+)\}\}/g, (_, name: string) => values[name] ?? '');
}

const TOP_LEVEL_CARD = '.ac-adaptiveCard:not(.ac-adaptiveCard *)';

/** The chat as a user sees it: transcript, suggested actions, cards and the send box. */
export class ChatPage {
  readonly transcript: Locator;
  readonly input: Locator;
  readonly suggestedActions: Locator;

  constructor(readonly page: Page) {
    this.transcript = page.locator('section.webchat__basic-transcript__transcript');
    this.input = page.locator('input.webchat__send-box-text-box__input');
    this.suggestedActions = page.locator('.webchat__suggested-actions');
  }

  /** Opens the page at `url` and waits for the bot's greeting. */
  async open(url: string): Promise<void> {
    await this.page.goto(url);
    await this.messages().first().waitFor({ timeout: 30_000 });
  }

  /** The message bubbles (bot and user) in order. */
  messages(): Locator {
    return this.transcript.locator('.webchat__bubble__content');
  }

  /** The newest message bubble containing `text`; waits for it. */
  async waitForMessage(text: string | RegExp): Promise<Locator> {
    const message = this.messages().filter({ hasText: text }).last();
    await message.waitFor({ timeout: 20_000 });
    return message;
  }

  /** The Adaptive Cards in the transcript (not the cards a "Details" button opens inside them), newest last. */
  cards(): Locator {
    return this.transcript.locator(TOP_LEVEL_CARD);
  }

  /** The button labelled `name` in the newest card that has one. */
  cardButton(name: string): Locator {
    return this.cards().getByRole('button', { name, exact: true }).last();
  }

  /** The suggested action labelled `name`. */
  suggestedAction(name: string): Locator {
    return this.suggestedActions.getByRole('button', { name, exact: true });
  }

  /** Types `text` into the send box and presses Enter, as a user would. */
  async send(text: string): Promise<void> {
    await this.input.click();
    await this.input.fill(text);
    await this.input.press('Enter');
  }

  /** Waits until the transcript shows `count` messages or more. */
  async waitForMessageCount(count: number): Promise<void> {
    await this.page.waitForFunction(
      (n) => document.querySelectorAll('section.webchat__basic-transcript__transcript .webchat__bubble__content').length >= n,
      count,
      { timeout: 20_000 },
    );
  }

  /** Waits until `element` has the focus: for focus moves that Web Chat makes a task after the key press. */
  async waitForFocus(element: Locator): Promise<void> {
    try {
      await element.and(this.page.locator(':focus')).waitFor();
    } catch (error) {
      const focus = await this.focused();
      throw new Error(`${element} never got the focus; it stayed on ${focus.tag} "${focus.name.slice(0, 40)}"`, { cause: error });
    }
  }

  /** A short description of the focused element, for assertions and failure messages. */
  focused(): Promise<{ tag: string; name: string; inCard: boolean; inSuggestedActions: boolean; isInput: boolean; isTranscript: boolean }> {
    return this.page.evaluate(() => {
      const element = document.activeElement as HTMLElement;
      return {
        tag: element.tagName,
        name: (element.getAttribute('aria-label') || element.textContent || '').trim(),
        inCard: !!element.closest('.ac-adaptiveCard'),
        inSuggestedActions: !!element.closest('.webchat__suggested-actions'),
        isInput: element.matches('input.webchat__send-box-text-box__input'),
        isTranscript: element.matches('.webchat__basic-transcript'),
      };
    });
  }

  /** The page's strings for every answer language, as the server rendered them into the script tag. */
  pageStrings(): Promise<Record<AnswerLanguage, Record<string, string>>> {
    return this.page.evaluate(() => JSON.parse(document.getElementById('chat-script')!.dataset.strings || '{}'));
  }
}

import { expect } from 'vitest';
import { lastReply } from './testBot.js';

/** A day in December 2026: the levy asked about without a year is that of 2026 (same amounts as 2025). */
const DECEMBER_2026 = () => new Date('2026-12-07T10:00:00Z');

/** A conversation and what its last reply must show and must not show. */
export interface ReplyCase { locale: string; messages: string[]; shows: RegExp[]; hides: RegExp[] }

/** Runs the conversation on a day in December 2026 and checks what its last reply shows and hides. */
export async function expectReply({ locale, messages, shows, hides }: ReplyCase): Promise<void> {
  const reply = await lastReply(messages, locale, DECEMBER_2026);
  for (const pattern of shows) expect(reply).toMatch(pattern);
  for (const pattern of hides) expect(reply).not.toMatch(pattern);
}

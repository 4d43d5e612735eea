import { describe, it } from 'vitest';
import { expectReply } from '../helpers/replyCase.js';

const ASKED_BACK = /nicht sicher, was Sie meinen|not sure what you mean/u;

// round 12 (lead): colloquial "krieg"/"kriegen" is a filler and an amount cue like "bekomme"/"bekommen", so a short
// follow-up that uses it asks the topic at hand how much; "krieg" became a recognizer filler this round, and without
// the same word among the conversation's fillers and amount cues the follow-up read as a new, unsure question
describe('round 12: colloquial "kriegen" in a follow-up', () => {
  it.each([
    { case: 'how much, with a subject word', messages: ['Wir möchten eine Frau aus der Werkstatt bei uns im Laden einstellen.', 'wie viel zuschuss krieg ich'], shows: [/– wie viel/u] },
    { case: 'what, with "an Geld"', messages: ['Wir möchten eine Frau aus der Werkstatt bei uns im Laden einstellen.', 'was krieg ich an geld'], shows: [/– wie viel/u] },
  ])('$case', async ({ messages, shows }) => {
    await expectReply({ locale: 'de-DE', messages, shows, hides: [ASKED_BACK] });
  });
});

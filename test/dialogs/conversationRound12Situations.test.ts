import { describe, it } from 'vitest';
import { expectReply } from '../helpers/replyCase.js';

const ASKED_BACK = /nicht sicher, was Sie meinen|not sure what you mean/u;

// round 12: a new status and "what must I do now" asks what the status means for the employer (the status card)
describe('round 12: what to do now that an employee has the Ausweis', () => {
  it.each([
    { case: 'chat style', locale: 'de-DE', messages: ['unser fahrer hat jetzt nen schwerbehindertenausweis. was soll ich da machen'], shows: [/\*\*Schwerbehindertenausweis und Grad der Behinderung \(GdB\)\*\*/u] },
  ])('$case', async ({ locale, messages, shows }) => {
    await expectReply({ locale, messages, shows, hides: [ASKED_BACK] });
  });
});

import type { Activity } from 'botbuilder';
import { describe, expect, it } from 'vitest';
import { createTestBot, turn } from '../helpers/testBot.js';

const cardOf = (reply: Partial<Activity> | undefined) => reply?.attachments?.[0]?.content as Record<string, any> | undefined;
const allText = (replies: Partial<Activity>[]) => replies.map((r) => r.text ?? '').join('\n');

/** How the previous version saved its stack: the guided dialog inside the component dialog `main`, over its waterfall `route`. */
const legacyStack = (inner: unknown[]) => [{ id: 'main', state: { dialogs: { dialogStack: inner } }, version: '-955765485' }];
const route = { id: 'route', state: { options: {}, values: { instanceId: 'x' }, stepIndex: 0 } };

/** Runs `before` (leaving the contact dialog waiting, or not), replaces the saved stack, and sends `message`. */
async function afterStackReplaced(before: string, stack: unknown, message: string) {
  const { adapter, storage } = createTestBot();
  await turn(adapter, before);
  const [key] = Object.keys(await storage.read([conversationKey(adapter)]));
  const items = await storage.read([key!]);
  await storage.write({ [key!]: { ...items[key!], dialogState: { dialogStack: stack }, eTag: '*' } });
  return turn(adapter, message);
}

const conversationKey = (adapter: ReturnType<typeof createTestBot>['adapter']) =>
  `${adapter.conversation.channelId}/conversations/${adapter.conversation.conversation.id}/`;

describe('dialog state saved by an earlier version', () => {
  it('goes on with a guided dialog saved inside the old root dialog', async () => {
    const replies = await afterStackReplaced('Ansprechstelle finden', legacyStack([route, { id: 'contact', state: { stage: 'ask', tries: 0 } }]), '50667');
    expect(cardOf(replies[0])!.body[0].text).toContain('Köln');
  });

  it.each([
    ['the old root dialog with only its waterfall', legacyStack([route])],
    ['the old root dialog without an inner stack', [{ id: 'main', state: {} }]],
    ['a dialog this version does not know', [{ id: 'retired-dialog', state: {} }]],
    ['an entry that is no dialog', [null, 7]],
  ])('answers a new question after %s', async (_label, stack) => {
    const replies = await afterStackReplaced('Hallo', stack, 'Was ist das Budget für Arbeit?');
    expect(allText(replies)).toContain('Budget für Arbeit');
    expect(allText(replies)).not.toContain('schiefgegangen');
  });
});

describe('the dialog context of a turn', () => {
  const savedStack = async (messages: string[]) => {
    const { adapter, storage } = createTestBot();
    for (const message of messages) await turn(adapter, message);
    const items = await storage.read([conversationKey(adapter)]);
    return (items[conversationKey(adapter)] as { dialogState?: { dialogStack: { id: string }[] } }).dialogState?.dialogStack.map((d) => d.id);
  };

  it('is not built for messages that no dialog waits for and that begin none', async () => {
    expect(await savedStack(['Hallo', 'Was ist das Budget für Arbeit?'])).toBeUndefined();
  });

  it('is built when routing begins a guided dialog, which then waits on the stack', async () => {
    expect(await savedStack(['Was ist das Budget für Arbeit?', 'Ansprechstelle finden'])).toEqual(['contact']);
  });

  it('continues the waiting dialog and leaves an empty stack when it ends', async () => {
    expect(await savedStack(['Ansprechstelle finden', '50667'])).toEqual([]);
  });
});

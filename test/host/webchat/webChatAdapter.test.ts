import { ActivityTypes, DeliveryModes, type Activity, type TurnContext } from 'botbuilder';
import { describe, expect, it } from 'vitest';
import { WebChatAdapter } from '../../../src/host/webchat/webChatAdapter.js';

const activity = (text: string): Activity => ({
  type: ActivityTypes.Message,
  text,
  channelId: 'webchat',
  serviceUrl: 'https://webchat.invalid/',
  deliveryMode: DeliveryModes.ExpectReplies,
  from: { id: 'user', name: '', role: 'user' },
  recipient: { id: 'bot', name: 'bot', role: 'bot' },
  conversation: { id: 'conversation', isGroup: false, conversationType: 'personal', name: '' },
}) as Activity;

describe('WebChatAdapter', () => {
  it('answers a turn with its buffered replies', async () => {
    const adapter = new WebChatAdapter();
    const answer = await adapter.runTurn(activity('hallo'), async (context) => {
      await context.sendActivity(`echo ${context.activity.text}`);
    });
    expect(answer?.status).toBe(200);
    const replies = (answer?.body as { activities: Partial<Activity>[] }).activities;
    expect(replies.map((a) => [a.text, a.from?.id, a.recipient?.id, a.conversation?.id])).toEqual([['echo hallo', 'bot', 'user', 'conversation']]);
  });

  it('gives every turn the same anonymous identity, connector client and user token client', async () => {
    const adapter = new WebChatAdapter();
    const seen: unknown[][] = [];
    const logic = async (context: TurnContext) => {
      seen.push([adapter.BotIdentityKey, adapter.ConnectorClientKey, adapter.UserTokenClientKey].map((key) => context.turnState.get(key)));
    };
    await adapter.runTurn(activity('eins'), logic);
    await adapter.runTurn(activity('zwei'), logic);
    expect(seen[0]!.every((service) => service !== undefined)).toBe(true);
    seen[1]!.forEach((service, i) => expect(service).toBe(seen[0]![i]));
  });

  it('rejects when the turn fails and the error handler rethrows', async () => {
    const adapter = new WebChatAdapter();
    adapter.onTurnError = async (_context, error) => { throw error; };
    await expect(adapter.runTurn(activity('x'), async () => { throw new Error('broken'); })).rejects.toThrow('broken');
  });
});

import type { Activity } from 'botbuilder';
import { describe, expect, it } from 'vitest';
import { createTestBot, turn } from '../helpers/testBot.js';

const BOT = { id: '28:bot-app-id', name: 'Inklusionslotse NRW' };
const teamsMessage = (text: string, conversationType: string, extra: Partial<Activity> = {}): Partial<Activity> => ({
  type: 'message',
  text,
  channelId: 'msteams',
  locale: 'de-DE',
  from: { id: '29:user', name: 'Frau Personal', aadObjectId: '00000000-0000-0000-0000-00000000abcd' },
  recipient: BOT,
  conversation: { id: `19:conv-${conversationType}`, conversationType, tenantId: 'tenant-1', isGroup: conversationType !== 'personal', name: '' },
  channelData: { tenant: { id: 'tenant-1' } },
  ...extra,
});
const mention = (text: string) => ({
  entities: [{ type: 'mention', text: '<at>Inklusionslotse NRW</at>', mentioned: BOT }],
  text: `<at>Inklusionslotse NRW</at> ${text}`,
});

describe('in Microsoft Teams', () => {
  it('strips the @mention in a channel and answers the question', async () => {
    const { adapter } = createTestBot({ channelId: 'msteams' });
    const replies = await turn(adapter, teamsMessage('', 'channel', mention('Hilfe')));
    expect(replies[0]!.text).toContain('So können Sie mich nutzen');
  });

  it.each<[string, unknown[]]>([
    ['a mention entity without "mentioned"', [{ type: 'mention', text: '<at>Inklusionslotse NRW</at>' }]],
    ['a mention entity with "mentioned" null', [{ type: 'mention', text: '<at>Inklusionslotse NRW</at>', mentioned: null }]],
    ['a mention of someone else and one without text', [{ type: 'mention', text: '<at>Frau Personal</at>', mentioned: { id: '29:user' } }, { type: 'mention', mentioned: BOT }]],
    ['an entity that is null', [null, { type: 'mention', text: '<at>Inklusionslotse NRW</at>', mentioned: BOT }]],
  ])('answers a channel message with %s instead of failing the turn', async (_label, entities) => {
    const { adapter } = createTestBot({ channelId: 'msteams' });
    const replies = await turn(adapter, teamsMessage('Hilfe', 'channel', { entities: entities as Activity['entities'] }));
    expect(replies[0]!.text).toContain('So können Sie mich nutzen');
  });

  it('removes only the bot\'s own mention and keeps a mentioned colleague in the text', async () => {
    const { adapter } = createTestBot({ channelId: 'msteams' });
    const colleague = { type: 'mention', text: '<at>Frau Personal</at>', mentioned: { id: '29:user' } };
    const seen: string[] = [];
    adapter.use(async (context, next) => { await next(); seen.push(String(context.activity.text)); });
    await turn(adapter, teamsMessage('<at>Inklusionslotse NRW</at> Hilfe für <at>Frau Personal</at>', 'channel', { entities: [{ type: 'mention', text: '<at>Inklusionslotse NRW</at>', mentioned: BOT }, colleague] }));
    expect(seen).toEqual(['Hilfe für <at>Frau Personal</at>']);
  });

  it('turns suggested actions into card buttons in channels and group chats', async () => {
    const { adapter } = createTestBot({ channelId: 'msteams' });
    const [reply] = await turn(adapter, teamsMessage('', 'groupChat', mention('Hilfe')));
    expect(reply!.suggestedActions).toBeUndefined();
    const card = reply!.attachments!.at(-1)!.content as any;
    expect(card.actions[0]).toMatchObject({ type: 'Action.Submit', data: { msteams: { type: 'imBack' } } });
  });

  it('keeps suggested actions (at most three) in the personal chat', async () => {
    const { adapter } = createTestBot({ channelId: 'msteams' });
    const [reply] = await turn(adapter, teamsMessage('Hilfe', 'personal'));
    expect(reply!.suggestedActions!.actions.length).toBeLessThanOrEqual(3);
  });

  it('handles an Adaptive Card Action.Submit value without text', async () => {
    const { adapter } = createTestBot({ channelId: 'msteams' });
    const [reply] = await turn(adapter, teamsMessage('', 'personal', { text: undefined, value: { topic: 'zusatzurlaub' } }));
    expect(reply!.text).toContain('Zusatzurlaub');
    expect((reply!.attachments![0]!.content as any).version).toBe('1.5');
  });

  it('answers in English when Teams runs in English', async () => {
    const { adapter } = createTestBot({ channelId: 'msteams', locale: 'en-US' });
    const [reply] = await turn(adapter, teamsMessage('help', 'personal', { locale: 'en-US' }));
    expect(reply!.text).toContain('How to use me');
  });

  it('sends no web-chat-only data to Teams', async () => {
    const { adapter } = createTestBot({ channelId: 'msteams' });
    const replies = await turn(adapter, teamsMessage('Hilfe', 'personal'));
    expect(JSON.stringify(replies)).not.toContain('answerLanguage');
  });
});

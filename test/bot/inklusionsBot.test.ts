import { ActivityTypes } from 'botbuilder';
import { describe, expect, it } from 'vitest';
import { createTestBot, turn } from '../helpers/testBot.js';

const membersAdded = (ids: string[], extra: Record<string, unknown> = {}) => ({
  type: ActivityTypes.ConversationUpdate,
  membersAdded: ids.map((id) => ({ id, name: id })),
  recipient: { id: 'bot', name: 'bot' },
  ...extra,
});

describe('InklusionsBot', () => {
  it.each([
    ['writes its turn line when info is enabled', true, 1],
    ['builds no turn line when info is not enabled', false, 0],
  ])('%s', async (_label, infoEnabled, lines) => {
    const written: object[] = [];
    const logger = { info: (fields: object) => void written.push(fields), isLevelEnabled: (level: string) => level !== 'info' || infoEnabled };
    const { adapter } = createTestBot({ logger });
    await turn(adapter, 'Hallo');
    expect(written).toHaveLength(lines);
    if (lines) expect(written[0]).toMatchObject({ type: 'message', intent: 'greeting', status: 'ok' });
  });

  it('greets once per conversation, however members are announced', async () => {
    const { adapter } = createTestBot();
    const first = await turn(adapter, membersAdded(['bot', 'user']));
    const second = await turn(adapter, membersAdded(['user']));
    expect(first).toHaveLength(1);
    expect(first[0]!.text).toContain('Inklusionslotse NRW');
    expect(second).toHaveLength(0);
  });

  it('does not greet when only the bot joins outside Teams', async () => {
    const { adapter } = createTestBot();
    expect(await turn(adapter, membersAdded(['bot']))).toHaveLength(0);
  });

  it('greets in a Teams personal chat when the bot is added, not when people join a team', async () => {
    const personal = createTestBot({ channelId: 'msteams' });
    const greeting = await turn(personal.adapter, membersAdded(['bot'], { conversation: { id: 'p', conversationType: 'personal' } }));
    expect(greeting).toHaveLength(1);
    const team = createTestBot({ channelId: 'msteams' });
    expect(await turn(team.adapter, membersAdded(['new-colleague'], { conversation: { id: 't', conversationType: 'channel' } }))).toHaveLength(0);
  });

  it.each([
    ['an empty message', { type: ActivityTypes.Message, text: '' }, 'keine Nachricht'],
    ['a file without text', { type: ActivityTypes.Message, text: '', attachments: [{ contentType: 'image/png', contentUrl: 'x' }] }, 'Art von Nachricht'],
    ['an over-long message', { type: ActivityTypes.Message, text: 'a'.repeat(2_001) }, '2000 Zeichen'],
  ])('answers %s kindly', async (_label, activity, expected) => {
    const { adapter } = createTestBot();
    const replies = await turn(adapter, activity);
    expect(replies).toHaveLength(1);
    expect(replies[0]!.text).toContain(expected);
  });

  it('answers in German with a German channel locale', async () => {
    const { adapter } = createTestBot();
    const [reply] = await turn(adapter, 'Hilfe');
    expect(reply!.locale).toBe('de-DE');
  });
});

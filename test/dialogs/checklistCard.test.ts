import { ActivityTypes } from 'botbuilder';
import { describe, expect, it } from 'vitest';
import { createTestBot, turn } from '../helpers/testBot.js';

type Node = Record<string, any>;
const cardOf = (activity: Node | undefined) => activity?.attachments?.[0]?.content as Node | undefined;
/** Every action of a card, wherever it sits. */
function actionsOf(node: unknown): Node[] {
  if (Array.isArray(node)) return node.flatMap(actionsOf);
  if (!node || typeof node !== 'object') return [];
  const own = typeof (node as Node).type === 'string' && (node as Node).type.startsWith('Action.') ? [node as Node] : [];
  return [...own, ...Object.values(node).flatMap(actionsOf)];
}
const textOf = (card: Node | undefined) => JSON.stringify(card);

describe('the checklist in Teams (no web page link without PUBLIC_URL)', () => {
  it('offers "Als Checkliste" as a button that brings the checklist card with the deadline rule in bold', async () => {
    const { adapter, localizer } = createTestBot({ channelId: 'msteams' });
    const t = localizer.translatorFor('de');
    const [answer] = (await turn(adapter, { type: ActivityTypes.Message, value: { topic: 'eingliederungszuschuss' } })).filter((a) => a.attachments);
    const button = actionsOf(cardOf(answer)).find((a) => a.title === t('checklist:button'));
    expect(button).toMatchObject({ type: 'Action.Submit', data: { checklist: { topics: ['eingliederungszuschuss'] } } });
    expect(actionsOf(cardOf(answer)).some((a) => String(a.url ?? '').includes('/checkliste'))).toBe(false);

    const [checklist] = await turn(adapter, { type: ActivityTypes.Message, value: button!.data });
    const card = cardOf(checklist);
    expect(checklist!.text).toBe(t('checklist:page.title'));
    expect(textOf(card)).toContain(`**${t('checklist:deadlines.before-contract')}**`);
    expect(textOf(card)).toContain(t('checklist:documents.proof-status'));
    expect(textOf(card)).toContain(t('checklist:page.disclaimer'));
    expect(actionsOf(card)).toEqual([]);
  });

  it.each([
    ['an unknown topic', { checklist: { topics: ['geheim'] } }],
    ['an unknown district', { checklist: { topics: ['bem'], districtKey: '99999' } }],
    ['topics that are not a list', { checklist: { topics: 'bem' } }],
  ])('does not send a checklist for %s', async (_name, value) => {
    const { adapter, localizer } = createTestBot({ channelId: 'msteams' });
    const replies = await turn(adapter, { type: ActivityTypes.Message, value });
    expect(replies.some((r) => r.text === localizer.translatorFor('de')('checklist:page.title'))).toBe(false);
  });
});

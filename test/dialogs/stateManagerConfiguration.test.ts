import { ActivityTypes, ConversationState, MemoryStorage, TestAdapter, type TurnContext } from 'botbuilder';
import type { DialogContext, DialogState } from 'botbuilder-dialogs';
import { describe, expect, it } from 'vitest';
import { DialogContextFactory } from '../../dialogs/context/stateManagerConfiguration.js';
import { DialogSet } from '../../dialogs/sdk.js';

/** Runs `texts` as turns and returns what each turn's dialog context saw. */
async function contextsOf(texts: string[]) {
  const state = new ConversationState(new MemoryStorage());
  const factory = new DialogContextFactory(new DialogSet(state.createProperty<DialogState>('dialogState')));
  const seen: { configuration: DialogContext['state']['configuration']; text: unknown; scopes: string[] }[] = [];
  const adapter = new TestAdapter(async (context: TurnContext) => {
    const dc = await factory.create(context);
    seen.push({ configuration: dc.state.configuration, text: dc.state.getValue('turn.activity.text'), scopes: dc.state.configuration.memoryScopes.map((s) => s.name) });
    await state.saveChanges(context);
  });
  for (const text of texts) await adapter.send({ type: ActivityTypes.Message, text });
  return seen;
}

describe('dialog contexts with one state manager configuration', () => {
  it('builds the memory-scope configuration once and gives it to every later turn', async () => {
    const [first, second, third] = await contextsOf(['eins', 'zwei', 'drei']);
    expect(second!.configuration).toBe(first!.configuration);
    expect(third!.configuration).toBe(first!.configuration);
  });

  it('keeps every memory scope and path of the SDK working in later turns', async () => {
    const seen = await contextsOf(['eins', 'zwei']);
    expect(seen.map((s) => s.text)).toEqual(['eins', 'zwei']);
    expect(seen[1]!.scopes).toEqual(seen[0]!.scopes);
    expect(seen[1]!.scopes).toEqual(expect.arrayContaining(['turn', 'dialog', 'conversation', 'user', 'settings']));
  });
});

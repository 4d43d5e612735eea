import { ActivityTypes, ConversationState, MemoryStorage, TestAdapter, UserState, type Activity } from 'botbuilder';
import { DialogSet, DialogTurnStatus } from '../../dialogs/sdk.js';
import { describe, expect, it } from 'vitest';
import { CommandMatcher } from '../../dialogs/commands.js';
import { createStateAccessors } from '../../dialogs/context/state.js';
import { resolveTurnLanguage, setTurnLanguage } from '../../dialogs/context/turnLanguage.js';
import { FinderDialog } from '../../dialogs/finderDialog.js';
import type { DialogServices } from '../../dialogs/services.js';
import { loadContent, understandFor } from '../../src/core/content.js';
import { findContacts } from '../../src/core/regions/index.js';
import { ANSWER_LANGUAGES, createLocalizer, type AnswerLanguage } from '../../src/i18n.js';
import { PROJECT_ROOT } from '../../src/paths.js';

const content = loadContent(PROJECT_ROOT);
const localizer = createLocalizer(PROJECT_ROOT, content.knowledge, ANSWER_LANGUAGES);
const understand = understandFor(content);
const commands = new CommandMatcher(localizer, content.regions.districts.map((d) => d.name));
const de = localizer.translatorFor('de');

/** What the harness answers when no dialog is active: the message went back to the (absent) main dialog. */
const MAIN = 'main dialog';

/**
 * The finder on a TestAdapter, set up like InklusionsBot does (turn language from UserState), with a stand-in for
 * the main dialog: a message with `value.startFinder` begins the finder with its text; a message that no dialog
 * answers gets the reply {@link MAIN}.
 */
function createFinderBot(language?: AnswerLanguage) {
  const storage = new MemoryStorage();
  const state = createStateAccessors(new ConversationState(storage), new UserState(storage));
  const services: DialogServices = { content, understand, localizer, state, commands, stateTtlMinutes: 30 };
  const dialogs = new DialogSet(state.dialogState).add(new FinderDialog(services));
  const adapter = new TestAdapter(async (context) => {
    if (language) (await state.userProfile.get(context, {})).language ??= language;
    setTurnLanguage(context, await resolveTurnLanguage(context, state, localizer));
    const dc = await dialogs.createContext(context);
    const start = (context.activity.value as { startFinder?: boolean } | undefined)?.startFinder;
    const result = start ? await dc.beginDialog(FinderDialog.id, { text: context.activity.text }) : await dc.continueDialog();
    if (result.status !== DialogTurnStatus.waiting && !context.responded) await context.sendActivity(MAIN);
    await state.conversationState.saveChanges(context);
    await state.userState.saveChanges(context);
  });
  adapter.locale = 'de-DE';
  adapter.template.locale = 'de-DE';
  return { adapter };
}

type Input = string | Record<string, unknown>;

/** Sends one message (text, or a card submit value) and returns every reply of that turn. */
async function send(adapter: TestAdapter, input: Input, startFinder = false): Promise<Partial<Activity>[]> {
  const sent = adapter.activeQueue.length;
  const activity: Partial<Activity> = typeof input === 'string'
    ? { type: ActivityTypes.Message, text: input, value: startFinder ? { startFinder } : undefined }
    : { type: ActivityTypes.Message, value: input };
  await adapter.receiveActivity(activity);
  return adapter.activeQueue.splice(sent);
}

const start = (adapter: TestAdapter, text = 'Förderprogramme') => send(adapter, text, true);
const button = (step: string, option: string) => ({ finder: option, step });
const cardOf = (reply: Partial<Activity> | undefined) => reply?.attachments?.[0]?.content as Record<string, any> | undefined;
const last = (replies: Partial<Activity>[]) => replies.at(-1)!;
const question = (step: string, t = de) => t(`finder:steps.${step}.question`);
const PLACE_QUESTION = de('finder:place.question');

/** The topic ids of the result card's buttons, in order. */
const topicButtons = (reply: Partial<Activity>): string[] =>
  JSON.stringify(cardOf(reply)).match(/"topic":"[a-z0-9-]+"/g)!.map((m) => m.slice(9, -1));

describe('FinderDialog', () => {
  it('walks through all steps with buttons and answers with programmes, reasons and the EAA', async () => {
    const { adapter } = createFinderBot();
    const intro = await start(adapter);
    expect(intro[0]!.text).toContain('passende Förderprogramme');
    expect(last(intro).text).toBe(question('situation'));
    const situationCard = cardOf(last(intro))!;
    expect(situationCard.version).toBe('1.5');
    expect(situationCard.body[0].actions.map((a: any) => a.data)).toContainEqual(button('situation', 'hire'));
    expect(situationCard.actions).toEqual([]);

    expect(last(await send(adapter, button('situation', 'hire'))).text).toBe(question('person'));
    const sizeAsk = last(await send(adapter, button('person', 'severely-disabled')));
    expect(sizeAsk.text).toBe(question('size'));
    expect(cardOf(sizeAsk)!.actions.map((a: any) => a.data.command)).toEqual(['back', 'restart']);
    expect(last(await send(adapter, button('size', '20-39'))).text).toBe(PLACE_QUESTION);

    const [result] = await send(adapter, 'Lippstadt');
    expect(result!.text).toBe(de('finder:result.intro'));
    expect(topicButtons(result!).slice(0, 3)).toEqual(['eingliederungszuschuss', 'arbeitsplatzausstattung', 'probebeschaeftigung']);
    expect(topicButtons(result!)).toContain('praemien-lvr-lwl');
    const text = JSON.stringify(cardOf(result));
    expect(text).toContain(de('finder:reasons.egzHire'));
    expect(text).toContain(de('finder:reasons.praemienHireLwl'));
    expect(text).toContain('Kreis Soest');
    const eaa = findContacts(content.regions, '05974').contacts.find((c) => c.role === 'eaa')!;
    expect(text).toContain(eaa.url);
    const [checklist, ...commands] = cardOf(result)!.actions.map((a: any) => a.data);
    expect(checklist).toEqual({ checklist: { topics: topicButtons(result!), districtKey: '05974' } });
    expect(commands).toEqual([{ command: 'findContact' }, { command: 'programmes' }, { command: 'simpleLanguage' }]);
    expect(result!.suggestedActions?.actions.map((a) => a.title)).toContain(de('actions.findContact'));

    const again = await start(adapter);
    expect(again.map((r) => r.text)).not.toContain(PLACE_QUESTION);
    await send(adapter, button('situation', 'keep'));
    const [keepResult] = await send(adapter, button('person', 'equal-status'));
    expect(JSON.stringify(cardOf(keepResult))).toContain('Kreis Soest');
  });

  /** Typed answers, in the words of the buttons or in other words: each line ends in the programmes that come first. */
  const typedWalks: Array<[string, string[], string[]]> = [
    ['button labels typed', ['Jemanden ausbilden', 'Schwerbehindert (GdB ab 50)', 'Unter 20', 'Überspringen'], ['ausbildungszuschuss', 'arbeitsplatzausstattung']],
    ['own words and a bare number', ['Wir suchen einen Lehrling', 'schwerbehindert', '12', 'Köln'], ['ausbildungszuschuss', 'arbeitsplatzausstattung', 'einstiegsqualifizierung-asa', 'praemien-lvr-lwl']],
    ['English labels while answering in German', ['Keep an employee', 'Not known yet', 'skip'], ['bem', 'stufenweise-wiedereingliederung', 'integrationsfachdienst']],
    ['a Werkstatt, which needs no person and no size', ['Wechsel aus einer Werkstatt', '33602'], ['budget-fuer-arbeit', 'werkstatt-uebergang', 'budget-fuer-ausbildung', 'praemien-lvr-lwl']],
    ['the quota with a size in words', ['Ausgleichsabgabe', 'wir haben etwa 75 Mitarbeiter', 'weiß nicht'], ['beschaeftigungspflicht', 'ausgleichsabgabe', 'werkstattauftraege-anrechnung']],
    ['a small firm and the quota', ['Pflichtquote und Ausgleichsabgabe', 'Unter 20', 'Überspringen'], ['beschaeftigungspflicht', 'eingliederungszuschuss', 'ausbildungszuschuss']],
    ['an inclusion department', ['Inklusionsbetrieb gründen', 'Überspringen'], ['inklusionsbetriebe', 'integration-unternehmen']],
  ];

  it.each(typedWalks)('accepts typed answers: %s', async (_label, replies, firstTopics) => {
    const { adapter } = createFinderBot();
    await start(adapter);
    let answer: Partial<Activity>[] = [];
    for (const reply of replies) answer = await send(adapter, reply);
    expect(topicButtons(last(answer)).slice(0, firstTopics.length)).toEqual(firstTopics);
  });

  it('offers the levy calculator after questions about the quota', async () => {
    const { adapter } = createFinderBot();
    await start(adapter, 'Wir haben 75 Mitarbeiter und zahlen Ausgleichsabgabe');
    const [result] = await send(adapter, 'Überspringen');
    expect(cardOf(result)!.actions.map((a: any) => a.data.command ?? 'checklist')).toEqual(['checklist', 'findContact', 'levy', 'programmes', 'simpleLanguage']);
    expect(JSON.stringify(cardOf(result))).toContain(de('finder:reasons.pflicht60Plus'));
  });

  it('answers at once when the first sentence says everything', async () => {
    const { adapter } = createFinderBot();
    const replies = await start(adapter, 'Wir wollen einen jungen Mann mit Lernbehinderung als Azubi einstellen, Bäckerei mit 12 Leuten in Lippstadt');
    expect(replies).toHaveLength(1);
    const ids = topicButtons(replies[0]!);
    expect(ids.slice(0, 2)).toEqual(['ausbildungszuschuss', 'kaoa-star']);
    expect(ids).toEqual(expect.arrayContaining(['einstiegsqualifizierung-asa', 'fachpraktikerausbildung', 'ausbildungsplaetze-100']));
    const text = JSON.stringify(cardOf(replies[0]));
    expect(text).toContain('Kreis Soest');
    expect(text).toContain(`${de('finder:steps.situation.name')}: ${de('finder:steps.situation.options.train')}`);
    expect(text).not.toContain('Lernbehinderung');
  });

  it('asks only what the first sentence leaves open', async () => {
    const { adapter } = createFinderBot();
    const replies = await start(adapter, 'Wir möchten einen Azubi einstellen, Bäckerei mit 12 Leuten in Lippstadt');
    expect(replies[0]!.text).toContain(`${de('finder:steps.situation.name')}: ${de('finder:steps.situation.options.train')}`);
    expect(replies[0]!.text).toContain('Kreis Soest');
    expect(last(replies).text).toBe(question('person'));
    const [result] = await send(adapter, button('person', 'severely-disabled'));
    expect(JSON.stringify(cardOf(result))).toContain(de('finder:reasons.azSbSmallFirm'));
    expect(JSON.stringify(cardOf(result))).toContain('Kreis Soest');
  });

  it('takes what a typed sentence in the middle says about later steps', async () => {
    const { adapter } = createFinderBot();
    await start(adapter);
    const replies = await send(adapter, 'Wir wollen jemanden aus der Werkstatt übernehmen, wir sind in Bielefeld');
    expect(replies).toHaveLength(1);
    expect(topicButtons(replies[0]!)[0]).toBe('budget-fuer-arbeit');
    expect(JSON.stringify(cardOf(replies[0]))).toContain(de('finder:reasons.ifdWerkstattLwl'));
  });

  /** At each step: the answers that lead there, and the question "zurück" leads to. */
  const steps: Array<[string, Input[], string, string | undefined]> = [
    ['situation', [], question('situation'), undefined],
    ['person', [button('situation', 'hire')], question('person'), question('situation')],
    ['size', [button('situation', 'hire'), button('person', 'equal-status')], question('size'), question('person')],
    ['place', [button('situation', 'hire'), button('person', 'equal-status'), button('size', '60-plus')], PLACE_QUESTION, question('size')],
  ];

  it.each(steps)('goes back one step from the %s question', async (_step, path, asked, previous) => {
    const { adapter } = createFinderBot();
    await start(adapter);
    for (const input of path) await send(adapter, input);
    const [reply] = await send(adapter, 'zurück');
    if (previous) expect(reply!.text).toBe(previous);
    else expect(reply!.text).toBe(`${de('finder:firstStep')}\n\n${asked}`);
  });

  it.each(steps)('starts over from the %s question', async (_step, path) => {
    const { adapter } = createFinderBot();
    await start(adapter);
    for (const input of path) await send(adapter, input);
    const [reply] = await send(adapter, 'Neu starten');
    expect(reply!.text).toBe(`${de('finder:restarted')}\n\n${question('situation')}`);
    expect(last(await send(adapter, button('situation', 'keep'))).text).toBe(question('person'));
  });

  it.each(steps)('cancels at the %s question', async (_step, path) => {
    const { adapter } = createFinderBot();
    await start(adapter);
    for (const input of path) await send(adapter, input);
    const [reply] = await send(adapter, 'abbrechen');
    expect(reply!.text).toBe(de('cancelled'));
    expect((await send(adapter, 'Hallo'))[0]!.text).toBe(MAIN);
  });

  it('goes back over a step filled from the first sentence, and forward again', async () => {
    const { adapter } = createFinderBot();
    await start(adapter, 'Wir wollen eine schwerbehinderte Frau einstellen');
    expect(last(await send(adapter, 'zurück')).text).toBe(question('person'));
    await send(adapter, button('person', 'not-known'));
    expect(last(await send(adapter, 'Überspringen')).text).toBe(de('finder:result.intro'));
  });

  it('hands a clear knowledge question in the middle to the main route (which answers it and offers to resume)', async () => {
    const { adapter } = createFinderBot();
    await start(adapter);
    await send(adapter, button('situation', 'keep'));
    const replies = await send(adapter, 'Wie lange dauert der Zusatzurlaub für schwerbehinderte Beschäftigte?');
    expect(replies.map((r) => r.text)).toEqual([MAIN]);
  });

  it('takes a typed answer that fits the step, even when it names a place', async () => {
    const { adapter } = createFinderBot();
    await start(adapter);
    await send(adapter, button('situation', 'keep'));
    await send(adapter, button('person', 'severely-disabled'));
    const replies = await send(adapter, 'Soest');
    expect(replies.map((r) => r.text)).not.toContain(MAIN);
  });

  it('opens a topic card from a button in the middle and asks the same step again', async () => {
    const { adapter } = createFinderBot();
    await start(adapter);
    const replies = await send(adapter, { topic: 'bem' });
    expect(replies[0]!.text).toContain(content.knowledge.byId.get('bem')!.texts.de!.title);
    expect(last(replies).text).toBe(question('situation'));
  });

  it('switches to English in the middle and asks the same step in English', async () => {
    const en = localizer.translatorFor('en');
    const { adapter } = createFinderBot();
    await start(adapter);
    await send(adapter, button('situation', 'train'));
    const replies = await send(adapter, 'English please');
    expect(replies[0]!.text).toContain('English');
    expect(last(replies).text).toBe(question('person', en));
    expect(cardOf(last(replies))!.body[0].actions[0].title).toBe(en('finder:steps.person.options.severely-disabled'));
    expect(last(await send(adapter, 'young person at school or in training')).text).toBe(en('finder:place.question'));
    const [result] = await send(adapter, 'Düren');
    expect(result!.text).toBe(en('finder:result.intro'));
    expect(JSON.stringify(cardOf(result))).toContain(en('finder:reasons.praemienTrainLvr'));
  });

  it('asks in Einfache Sprache when that is the chosen language', async () => {
    const simple = localizer.translatorFor('de-x-simple');
    const { adapter } = createFinderBot('de-x-simple');
    expect(last(await start(adapter)).text).toBe(question('situation', simple));
    await send(adapter, 'Jemanden einstellen');
    const [sizeOrPlace] = await send(adapter, simple('finder:steps.person.options.severely-disabled'));
    expect(sizeOrPlace!.text).toBe(question('size', simple));
  });

  it('asks which place is meant when a name fits several districts', async () => {
    const { adapter } = createFinderBot();
    await start(adapter, 'Wir wollen einen Menschen aus einer Werkstatt übernehmen');
    const [choose] = await send(adapter, 'Gladbach');
    expect(choose!.text).toBe(de('finder:place.choose'));
    const options = cardOf(choose)!.body[0].actions;
    expect(options.map((a: any) => a.title)).toEqual(expect.arrayContaining(['Mönchengladbach', 'Bergisch Gladbach']));
    const [result] = await send(adapter, options.find((a: any) => a.title === 'Bergisch Gladbach').data);
    expect(JSON.stringify(cardOf(result))).toContain('Rheinisch-Bergischer Kreis');
    expect(JSON.stringify(cardOf(result))).toContain(de('finder:reasons.praemienWerkstattLvr'));
  });

  it('says when the place is outside NRW and answers without a contact point', async () => {
    const { adapter } = createFinderBot();
    await start(adapter, 'Wir wollen eine schwerbehinderte Person einstellen, 10 Mitarbeiter');
    const [result] = await send(adapter, 'Berlin');
    const text = JSON.stringify(cardOf(result));
    expect(text).toContain(de('finder:place.outsideNrw'));
    expect(text).toContain(de('finder:result.noPlace'));
  });

  it('re-asks after a reply it does not understand and gives up after three', async () => {
    const { adapter } = createFinderBot();
    await start(adapter);
    expect((await send(adapter, 'xyzzy'))[0]!.text).toBe(`${de('finder:notUnderstood')}\n\n${question('situation')}`);
    await send(adapter, 'qwertz');
    expect((await send(adapter, 'asdf'))[0]!.text).toBe(de('finder:giveUp'));
    expect((await send(adapter, 'Hallo'))[0]!.text).toBe(MAIN);
  });

  it('hands a command of another dialog back to the main dialog', async () => {
    const { adapter } = createFinderBot();
    await start(adapter);
    expect((await send(adapter, { command: 'findContact' }))[0]!.text).toBe(MAIN);
  });

  it('takes an answer from the card of an earlier question', async () => {
    const { adapter } = createFinderBot();
    await start(adapter);
    await send(adapter, button('situation', 'hire'));
    expect(last(await send(adapter, button('situation', 'quota'))).text).toBe(question('size'));
  });

  /** Every situation, with a place in each Landschaftsverband: the result buttons open existing topics. */
  it('answers every situation with 2 to 6 programmes, each button an existing topic', async () => {
    const [situations, persons, sizes] = content.finder.steps.map((s) => s.options.map((o) => o.id)) as [string[], string[], string[]];
    for (const place of ['Köln', 'Münster']) {
      for (const situation of situations) {
        const { adapter } = createFinderBot();
        await start(adapter);
        let replies = await send(adapter, button('situation', situation));
        for (const [step, options] of [['person', persons], ['size', sizes]] as const) {
          if (last(replies).text === question(step)) replies = await send(adapter, button(step, options[0]!));
        }
        replies = await send(adapter, place);
        const ids = topicButtons(last(replies));
        expect(ids.length, situation).toBeGreaterThanOrEqual(2);
        expect(ids.length).toBeLessThanOrEqual(6);
        for (const id of ids) expect(content.knowledge.byId.has(id), id).toBe(true);
      }
    }
  });
});

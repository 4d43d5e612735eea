import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it, vi, type MockInstance } from 'vitest';
import type { Localizer } from '../../src/i18n.js';
import { createRandom, FUZZ_MARKER, nastyText, nested, nonString, type Random } from '../helpers/fuzzInputs.js';
import { startTestServer, type TestServer } from '../helpers/testServer.js';

const SEED = 20_250_601;
const MAX_MESSAGE_LENGTH = 500;
const MAX_BODY_BYTES = 16_384;
const M = FUZZ_MARKER;
const JSON_TYPE = { 'Content-Type': 'application/json' };

/** One generated request and the statuses its kind of input must get. */
interface FuzzCase {
  label: string;
  path: string;
  body: string | Uint8Array<ArrayBuffer> | undefined;
  headers: Record<string, string>;
  expected: readonly number[];
  /** A message turn: a 200 must carry at least one message with text. */
  messageTurn: boolean;
}

interface Answer { status: number; body: any }

const byteLength = (body: FuzzCase['body']) => (typeof body === 'string' ? Buffer.byteLength(body) : body?.length ?? 0);

/** A case whose body is over MAX_BODY_BYTES expects 413, whatever else is wrong with it. */
function fuzzCase(label: string, path: string, body: FuzzCase['body'], expected: readonly number[], headers: Record<string, string> = JSON_TYPE): FuzzCase {
  const tooLarge = byteLength(body) > MAX_BODY_BYTES;
  return { label, path, body, headers, expected: tooLarge ? [413] : expected, messageTurn: !tooLarge && expected.includes(200) };
}

/** Lone surrogates cannot be percent-encoded. */
const wellFormed = (text: string) => text.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd');

const VALID_LOCALES = ['de-DE', 'en-US', 'de', 'EN', 'fr-FR', 'tlh-Latn-x-fuzz', 'zz-ZZZZZZZZ'];
const BAD_LOCALES = ['', '<script>', 'de_DE', 'x', `de-DE-${'a'.repeat(9)}`, `de${'-abc'.repeat(5)}`, M, 'de-DE\n', '🙂', 'de'.repeat(500)];
const VALUE_KEYS = ['command', 'topic', 'finder', 'step', 'districtKey', 'otherPlace'];
const VALUE_STRINGS = ['cancel', 'english', 'restart', 'findContact', 'eingliederungszuschuss', '05974', 'situation', `unknown-${M}`, '__proto__', 'constructor'];
const TEXT_LENGTHS = [undefined, undefined, undefined, MAX_MESSAGE_LENGTH - 1, MAX_MESSAGE_LENGTH, MAX_MESSAGE_LENGTH + 1, 4 * MAX_MESSAGE_LENGTH, MAX_BODY_BYTES - 400, MAX_BODY_BYTES + 100];

const garbageText = (random: Random) => nastyText(random, random.pick(TEXT_LENGTHS));

/**
 * A card submit value: known fields with wrong types or unknown values, sometimes nested (within the 32 levels the
 * endpoints accept; deeper bodies are their own case).
 */
function garbageValue(random: Random): Record<string, unknown> {
  const value: Record<string, unknown> = { [M]: random.chance(0.3) ? nested(random.pick([5, 10, 20])) : M };
  for (const key of VALUE_KEYS) {
    if (random.chance(0.4)) value[key] = random.chance(0.5) ? nonString(random) : random.pick([...VALUE_STRINGS, nastyText(random)]);
  }
  return value;
}

/** A web chat message that the schema rejects: one field of the wrong type or shape. */
function wrongField(random: Random): [string, Record<string, unknown>] {
  const body: Record<string, unknown> = { type: 'message', text: nastyText(random) };
  const field = random.pick(['text', 'value', 'locale', 'channelData', 'type']);
  body[field] = {
    text: () => nonString(random),
    value: () => random.pick<unknown>([nastyText(random), [garbageValue(random)], 42, null, true]),
    locale: () => random.pick<unknown>([...BAD_LOCALES, 42, null, ['de-DE'], { locale: 'de-DE' }]),
    channelData: () => random.pick<unknown>([M, 42, [M], null, { clientActivityID: 42 }, { clientActivityID: M.repeat(10) }]),
    type: () => random.pick<unknown>(['event', 'typing', 'conversationUpdate', 'MESSAGE', '', 42, null, ['message']]),
  }[field]!();
  return [field, body];
}

const MALFORMED_JSON = [
  `{"type":"message","text":"${M}`, `{"text":"${M}",}`, `{'text':'${M}'}`, `{"text":NaN,"m":"${M}"}`, `{"text":"${M}"} trailing`,
  `{"text":"\\x41${M}"}`, `{"a":"${M}"}{"b":2}`, `{text:"${M}"}`, `\ufeff{"text":"${M}"}`, `[{"text":"${M}"}]`, `"${M}"`, '42', 'true',
  'null', '', `{"text":"${M}\n"}`, `{"text":"${M}","value":{"a":`,
];
/** Valid JSON, but its number becomes Infinity: not a text. */
const TEXT_OUT_OF_RANGE = `{"type":"message","text":1e999,"m":"${M}"}`;

const INVALID_UTF8 = [[0xff], [0xfe], [0xc3, 0x28], [0xa0, 0xa1], [0xe2, 0x28, 0xa1], [0xf0, 0x90, 0x28, 0xbc], [0xed, 0xa0, 0x80], [0xc0, 0xaf]];

/**
 * Bodies the web chat gets with another content type or encoding than JSON, and what each must be answered with.
 * @remarks Any Content-Encoding and any multipart body is refused with 415 before restify reads it: a broken gzip
 * body used to end the process (restify 11.1.0, node-restify#1975), a valid one slipped past MAX_BODY_BYTES, and
 * multipart file parts were written to the temp folder.
 */
function otherContentType(random: Random): [string, string, Record<string, string>, number] {
  const text = encodeURIComponent(wellFormed(nastyText(random)));
  return random.pick<[string, string, Record<string, string>, number]>([
    ['text/plain', `{"text":"${M}"}`, { 'Content-Type': 'text/plain' }, 400],
    ['octet-stream', `{"text":"${M}"}`, { 'Content-Type': 'application/octet-stream' }, 400],
    ['no content type', `{"text":"${M}"}`, {}, 400],
    ['text/html', `<p>${M}</p>`, { 'Content-Type': 'text/html' }, 400],
    ['form with an array text', `text=${M}&text=b`, { 'Content-Type': 'application/x-www-form-urlencoded' }, 400],
    ['form with a string value', `text=${text}&value=${M}`, { 'Content-Type': 'application/x-www-form-urlencoded' }, 400],
    ['broken multipart', M, { 'Content-Type': 'multipart/form-data; boundary=fuzz' }, 415],
    ['multipart without boundary', M, { 'Content-Type': 'multipart/form-data' }, 415],
    ['gzip that is not gzip', `{"text":"${M}"}`, { ...JSON_TYPE, 'Content-Encoding': 'gzip' }, 415],
    ['gzip', gzipSync(JSON.stringify({ text: M.repeat(5_000) })).toString('latin1'), { ...JSON_TYPE, 'Content-Encoding': 'gzip' }, 415],
    ['deflate', `{"text":"${M}"}`, { ...JSON_TYPE, 'Content-Encoding': 'deflate' }, 415],
    ['br', `{"text":"${M}"}`, { ...JSON_TYPE, 'Content-Encoding': 'br' }, 415],
    ['xml', `<text>${M}</text>`, { 'Content-Type': 'application/xml' }, 200],
    ['vnd+json', `{"text":"${M}"}`, { 'Content-Type': 'application/vnd.api+json' }, 200],
    ['charset utf-16', `{"text":"${M}"}`, { 'Content-Type': 'application/json; charset=utf-16' }, 200],
    ['form', `type=message&text=${text}`, { 'Content-Type': 'application/x-www-form-urlencoded' }, 200],
    ['nested form value', `text=${text}&value[command]=${M}&value[x][y]=${M}`, { 'Content-Type': 'application/x-www-form-urlencoded' }, 200],
    ['percent garbage form', `%%%${M}`, { 'Content-Type': 'application/x-www-form-urlencoded' }, 200],
    ['multipart', `--fuzz\r\nContent-Disposition: form-data; name="text"\r\n\r\n${M}\r\n--fuzz--\r\n`, { 'Content-Type': 'multipart/form-data; boundary=fuzz' }, 415],
    ['multipart file', `--fuzz\r\nContent-Disposition: form-data; name="f"; filename="${M}.bin"\r\n\r\n${M}\r\n--fuzz--\r\n`, { 'Content-Type': 'multipart/form-data; boundary=fuzz' }, 415],
  ]);
}

/** JSON text of arrays nested `depth` deep, written as text (JSON.stringify itself would overflow the stack). */
const deepArray = (depth: number): string => `${'['.repeat(depth)}"${M}"${']'.repeat(depth)}`;

/** One generated request to `POST /api/webchat/conversations/:id/activities`. */
function webChatCase(random: Random, conversationId: string): FuzzCase {
  const path = `/api/webchat/conversations/${conversationId}/activities`;
  const family = random.pick(['text', 'text', 'value', 'value', 'wrong field', 'malformed', 'invalid utf-8', 'content type', 'deep']);
  switch (family) {
    case 'deep': {
      const depth = random.pick([40, 400, 5_000]);
      return fuzzCase(`value nested ${depth} levels`, path, `{"type":"message","text":"${M}","value":{"v":${deepArray(depth)}}}`, [400]);
    }
    case 'text': {
      const body: Record<string, unknown> = { text: garbageText(random) };
      if (random.chance(0.7)) body.type = 'message';
      if (random.chance(0.5)) body.locale = random.pick(VALID_LOCALES);
      if (random.chance(0.3)) body.channelData = { clientActivityID: M, [M]: nonString(random) };
      return fuzzCase(`text (${(body.text as string).length} chars)`, path, JSON.stringify(body), [200]);
    }
    case 'value': {
      const body = { type: 'message', value: garbageValue(random), ...(random.chance(0.5) ? { text: nastyText(random) } : {}) };
      return fuzzCase(`value ${JSON.stringify(body.value).slice(0, 80)}`, path, JSON.stringify(body), [200]);
    }
    case 'wrong field': {
      const [field, body] = wrongField(random);
      return fuzzCase(`wrong ${field}: ${JSON.stringify(body[field]).slice(0, 40)}`, path, JSON.stringify(body), [400]);
    }
    case 'malformed': {
      const body = random.pick([...MALFORMED_JSON, TEXT_OUT_OF_RANGE]);
      return fuzzCase(`malformed ${JSON.stringify(body.slice(0, 40))}`, path, body, [400]);
    }
    case 'invalid utf-8': {
      const bytes = new Uint8Array(Buffer.concat([Buffer.from('{"type":"message","text":"'), Buffer.from(random.pick(INVALID_UTF8)), Buffer.from(`${M}"}`)]));
      return fuzzCase('invalid UTF-8', path, bytes, [200]);
    }
    default: {
      const [label, body, headers, status] = otherContentType(random);
      return fuzzCase(`content type: ${label}`, path, body, [status], headers);
    }
  }
}

/** Conversation ids nobody was given: malformed, traversal-like, long, unicode. */
function unknownConversationCase(random: Random, knownId: string): FuzzCase {
  const id = random.pick([
    'A'.repeat(32), knownId.toLowerCase() === knownId ? knownId.toUpperCase() : knownId.toLowerCase(), `${knownId}A`, knownId.slice(1),
    '%2e%2e%2f%2e%2e%2fetc%2fpasswd', '..%2F..%2Fetc', '..', '.', '%', '%E0%A4%A', '%00', '%20', '', encodeURIComponent(`ümlaut‮ملف${M}`),
    encodeURIComponent(`${knownId}\n`), 'x?y=1', 'x#frag', '__proto__', 'constructor', 'null', M.repeat(random.int(300) + 1),
  ]);
  return fuzzCase(`conversation id ${JSON.stringify(id.slice(0, 40))} (${id.length} chars)`, `/api/webchat/conversations/${id}/activities`, JSON.stringify({ type: 'message', text: nastyText(random) }), [404]);
}

/** One generated request to `POST /api/webchat/conversations`. */
function startCase(random: Random): FuzzCase {
  const path = '/api/webchat/conversations';
  if (random.chance(0.3)) {
    const body = random.pick(MALFORMED_JSON.filter((b) => b !== 'null' && b !== ''));
    return fuzzCase(`start: malformed ${JSON.stringify(body.slice(0, 40))}`, path, body, [400]);
  }
  const locale = random.pick<unknown>([undefined, ...VALID_LOCALES, ...BAD_LOCALES, 42, null]);
  const good = locale === undefined || VALID_LOCALES.includes(locale as string);
  const body = JSON.stringify({ [M]: nonString(random), locale });
  return fuzzCase(`start with locale ${JSON.stringify(locale)}`, path, body, [good ? 201 : 400]);
}

/** One generated activity for `POST /api/messages` in local mode (no MicrosoftAppId). */
function messagesCase(random: Random, n: number): FuzzCase {
  const path = '/api/messages';
  const activity: Record<string, unknown> = {
    type: 'message',
    deliveryMode: 'expectReplies',
    channelId: random.pick(['emulator', 'directline', 'msteams', 'fuzz-channel']),
    serviceUrl: random.pick(['https://fuzz.example/', 'https://smba.trafficmanager.net/de/', `https://fuzz.example/${M}`]),
    conversation: { id: `fuzz-${M}-${n % 7}`, ...(random.chance(0.5) ? { conversationType: 'personal' } : {}) },
    from: { id: `user-${M}` },
    recipient: { id: 'bot' },
  };
  const family = random.pick(['activity', 'activity', 'activity', 'activity', 'bad type', 'bad envelope', 'not expectReplies', 'malformed', 'content type']);
  switch (family) {
    case 'bad envelope': {
      // Fields botbuilder relies on, with the wrong type: refused before the turn (they used to fail it or give 503).
      const [field, wrong] = random.pick<[string, unknown]>([
        ['serviceUrl', 42], ['conversation', undefined], ['conversation', M], ['conversation', { id: 42 }], ['from', null],
        ['entities', M], ['entities', [null]], ['membersAdded', M], ['membersAdded', [null]], ['text', [M]],
      ]);
      if (random.chance(0.1)) return fuzzCase('value nested 5000 levels', path, `${JSON.stringify({ ...activity, text: M }).slice(0, -1)},"value":{"v":${deepArray(5_000)}}}`, [400]);
      return fuzzCase(`envelope ${field}: ${JSON.stringify(wrong)?.slice(0, 30)}`, path, JSON.stringify({ ...activity, text: M, value: { command: 'help' }, [field]: wrong }), [400]);
    }
    case 'activity': {
      if (random.chance(0.25)) activity.type = random.pick(['event', 'typing', 'endOfConversation', 'invoke', 'messageReaction', 'installationUpdate', 'unknown-type', 'MESSAGE']);
      if (random.chance(0.1)) Object.assign(activity, { type: 'conversationUpdate', membersAdded: [{ id: `user-${M}` }] });
      const stringText = random.chance(0.8);
      if (stringText) activity.text = garbageText(random);
      else activity.text = nonString(random);
      if (stringText && random.chance(0.4)) activity.value = random.chance(0.5) ? garbageValue(random) : nonString(random);
      for (const field of ['locale', 'channelData', 'attachments', 'timestamp', 'localTimestamp', 'textFormat', 'inputHint', 'speak', 'name', 'replyToId']) {
        if (random.chance(0.15)) activity[field] = random.chance(0.5) ? nonString(random) : nastyText(random);
      }
      const messageTurn = activity.type === 'message';
      // A text that is not a string is refused (400); everything else is a turn.
      return { ...fuzzCase(`activity ${String(activity.type)} text ${typeof activity.text}`, path, JSON.stringify(activity), [stringText ? 200 : 400]), ...(messageTurn && stringText ? {} : { messageTurn: false }) };
    }
    case 'bad type': {
      const type = random.pick<unknown>([undefined, 42, '', null, ['message'], {}]);
      return fuzzCase(`type ${JSON.stringify(type)}`, path, JSON.stringify({ ...activity, type, text: nastyText(random) }), [400]);
    }
    case 'not expectReplies': {
      const deliveryMode = random.pick<unknown>([undefined, 'normal', 'notification', 42, 'EXPECTREPLIES', M]);
      return fuzzCase(`deliveryMode ${JSON.stringify(deliveryMode)}`, path, JSON.stringify({ ...activity, deliveryMode, text: nastyText(random) }), [403]);
    }
    case 'malformed': {
      const body = random.pick(MALFORMED_JSON);
      return fuzzCase(`malformed ${JSON.stringify(body.slice(0, 40))}`, path, body, [400]);
    }
    default: {
      const contentType = random.pick(['text/plain', 'application/octet-stream', 'text/html']);
      return fuzzCase(`content type ${contentType}`, path, JSON.stringify({ ...activity, text: nastyText(random) }), [400, 403], { 'Content-Type': contentType });
    }
  }
}

/** The fixed texts a translator gives for `key` in every language; `HOLE` stands for an interpolated value. */
const HOLE = '\u0001';
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
function startsWithAny(localizer: Localizer, entries: Array<[string, Record<string, unknown>?]>): RegExp {
  const texts = entries.flatMap(([key, vars]) => localizer.languages.map((l) => String(localizer.translatorFor(l)(key, { ...vars }))));
  return new RegExp(`^(?:${texts.map((t) => t.split(HOLE).map(escapeRegExp).join('[^]*')).join('|')})`);
}

const LEAK = /\bat \S|Error:|[\\/][\w.-]+\.(?:ts|js)\b|node_modules|\n/;

describe('fuzzing the HTTP endpoints (seeded, deterministic)', () => {
  let server: TestServer;
  let walk: ContactWalk;
  const random = createRandom(SEED);
  const errorTexts = new Set<string>();
  let requests = 0;
  let genericError: RegExp;
  let consoleError: MockInstance;

  beforeAll(async () => {
    consoleError = vi.spyOn(console, 'error');
    server = await startTestServer({ RATE_LIMIT_PER_MINUTE: '0', RATE_LIMIT_CONVERSATION_PER_MINUTE: '0', MAX_MESSAGE_LENGTH: String(MAX_MESSAGE_LENGTH), MAX_BODY_BYTES: String(MAX_BODY_BYTES) });
    genericError = startsWithAny(server.app.localizer, [['errors.generic']]);
    walk = new ContactWalk(server.app.localizer, send);
    await walk.start();
  });
  afterAll(async () => {
    consoleError.mockRestore();
    await server?.close();
  });

  async function send(c: Pick<FuzzCase, 'path' | 'body' | 'headers'>): Promise<Answer> {
    requests++;
    const response = await fetch(server.baseUrl + c.path, { method: 'POST', headers: c.headers, body: c.body });
    const text = await response.text();
    let body: unknown = text;
    try { body = JSON.parse(text); } catch { /* not JSON */ }
    return { status: response.status, body };
  }

  /** Sends a case and returns what is wrong with the answer, if anything. */
  async function probe(c: FuzzCase, index: number): Promise<{ answer: Answer; problems: string[] }> {
    const answer = await send(c);
    const { status, body } = answer;
    const problems: string[] = [];
    const where = `#${index} ${c.label} → ${status} ${JSON.stringify(body).slice(0, 160)}`;
    if (!c.expected.includes(status)) problems.push(`expected ${c.expected.join('/')}: ${where}`);
    if (status >= 400) {
      const error: unknown = body?.error;
      if (typeof error !== 'string' || error.length > 120 || LEAK.test(error) || error.includes(M)) problems.push(`error body not a short fixed text: ${where}`);
      else errorTexts.add(error);
    }
    if (status === 201 && !/^[A-Za-z0-9_-]{32}$/.test(String(body.conversationId))) problems.push(`no conversation id: ${where}`);
    if (status === 200 && !Array.isArray(body?.activities)) problems.push(`no activities list: ${where}`);
    if ((status === 200 && c.messageTurn) || status === 201) {
      const messages: Array<Record<string, unknown>> = Array.isArray(body?.activities) ? body.activities : [];
      if (messages.length === 0 || messages.some((a) => a.type !== 'message' || typeof a.text !== 'string' || a.text.trim() === '')) problems.push(`not a list of messages with text: ${where}`);
      if (messages.some((a) => genericError.test(String(a.text)))) problems.push(`turn failed (generic error reply): ${where}`);
    }
    return { answer, problems };
  }

  /** Runs `count` cases; every `walkEvery`-th turn also sends garbage to the waiting contact finder. */
  async function run(count: number, walkEvery: number, next: (i: number) => FuzzCase): Promise<string[]> {
    const problems: string[] = [];
    for (let i = 0; i < count; i++) {
      problems.push(...(await probe(next(i), i)).problems);
      if (i % walkEvery === 0) {
        const c = webChatCase(random, walk.conversationId);
        const { answer, problems: found } = await probe(c, i);
        problems.push(...found, ...(await walk.after(c, answer)));
      }
    }
    return problems;
  }

  it('answers generated web chat requests with a friendly answer or a 4xx, never a 5xx', async () => {
    const conversations: string[] = [];
    for (let i = 0; i < 4; i++) conversations.push((await server.post('/api/webchat/conversations', { locale: 'de-DE' })).body.conversationId);
    const problems = await run(220, 3, () => webChatCase(random, random.pick(conversations)));
    problems.push(...await run(30, 10, (i) => unknownConversationCase(random, conversations[i % 4]!)));
    problems.push(...await run(30, 10, () => startCase(random)));
    expect(problems, `seed ${SEED}`).toEqual([]);
  });

  it('answers generated Bot Framework activities (local mode) with a friendly answer or a 4xx, never a 5xx', async () => {
    const problems = await run(130, 4, (i) => messagesCase(random, i));
    expect(problems, `seed ${SEED}`).toEqual([]);
  });

  it('keeps the contact finder waiting through refused requests: "59555" still gets the Kreis Soest card', async () => {
    const problems: string[] = [];
    for (let i = 0; i < 12; i++) {
      let c = webChatCase(random, walk.conversationId);
      while (c.expected.includes(200)) c = webChatCase(random, walk.conversationId);
      const { answer, problems: found } = await probe(c, i);
      problems.push(...found, ...(await walk.after(c, answer)));
    }
    expect(problems, `seed ${SEED}`).toEqual([]);
    const logged = server.logLines.length;
    const reply = await send({ path: walk.path, headers: JSON_TYPE, body: JSON.stringify({ type: 'message', text: '59555' }) });
    expect(reply.status).toBe(200);
    const card = (reply.body.activities as Array<Record<string, any>>).find((a) => a.attachments?.length);
    expect(card?.text).toContain('Kreis Soest');
    expect(JSON.stringify(card?.attachments)).toContain('Kreis Soest');
    // The place answered the waiting question; it was not taken as a new "find a contact" request.
    const turns = server.logLines.slice(logged).map((l) => JSON.parse(l)).filter((l) => l.msg === 'turn');
    expect(turns).toHaveLength(1);
    expect(turns[0].intent).toBeUndefined();
  });

  it('logs no error and no message text', () => {
    expect(requests).toBeGreaterThan(0);
    const lines = server.logLines.map((l) => JSON.parse(l) as { level: number; msg: string });
    expect(lines.filter((l) => l.level >= 50)).toEqual([]);
    expect(server.logLines.filter((l) => l.includes(M))).toEqual([]);
    // Refusals are a handful of fixed texts, whatever the input.
    expect(errorTexts.size).toBeLessThanOrEqual(12);
    // botbuilder prints a failed turn's stack with console.error.
    expect(consoleError).not.toHaveBeenCalled();
  });
});

/**
 * A real web chat conversation kept in the middle of the contact finder ("Ansprechstelle finden", waiting for a
 * place) while garbage is sent to it.
 * @remarks Refused requests (4xx) must leave it untouched. Accepted garbage may, by the dialog's design, end it:
 * a third reply that names no place (`contact.giveUp`), "Abbrechen" or `{ command: "cancel" }` (`cancelled`), a
 * text naming a place or a valid `districtKey` submit (the contact card), a place outside NRW (`contact.outsideNrw`).
 * Then the walk restarts with the card's "Anderen Ort wählen" button. Any other answer means the state was lost.
 */
class ContactWalk {
  conversationId = '';
  private readonly stillWaiting: RegExp;
  private readonly ended: RegExp;

  constructor(localizer: Localizer, private readonly send: (c: Pick<FuzzCase, 'path' | 'body' | 'headers'>) => Promise<Answer>) {
    this.stillWaiting = startsWithAny(localizer, [
      ['contact.ask'], ['contact.eaaFirst'], ['contact.askAgain'], ['contact.choose', { matched: HOLE }],
      ['input.tooLong', { max: MAX_MESSAGE_LENGTH }], ['input.empty'], ['input.unsupported'],
    ]);
    this.ended = startsWithAny(localizer, [['contact.giveUp'], ['cancelled'], ['contact.intro', { place: HOLE }], ['contact.outsideNrw', { place: HOLE }]]);
  }

  get path(): string { return `/api/webchat/conversations/${this.conversationId}/activities`; }

  async start(): Promise<void> {
    const created = await this.send({ path: '/api/webchat/conversations', headers: JSON_TYPE, body: '{"locale":"de-DE"}' });
    this.conversationId = created.body.conversationId;
    await this.expectQuestion({ type: 'message', text: 'Ansprechstelle finden', locale: 'de-DE' });
  }

  /** Restarts the finder after garbage ended it, as the card's "Anderen Ort wählen" button does. */
  private async restart(): Promise<void> {
    await this.expectQuestion({ type: 'message', value: { command: 'findContact', otherPlace: true } });
  }

  /** Checks the conversation after garbage `c` got `answer`; returns what is wrong. */
  async after(c: FuzzCase, answer: Answer): Promise<string[]> {
    if (answer.status !== 200) return [];
    const last = String((answer.body.activities as Array<{ text?: string }>).at(-1)?.text);
    if (this.stillWaiting.test(last)) return [];
    if (this.ended.test(last)) {
      await this.restart();
      return [];
    }
    return [`contact finder lost its state after ${c.label}: ${last.slice(0, 120)}`];
  }

  private async expectQuestion(body: unknown): Promise<void> {
    const reply = await this.send({ path: this.path, headers: JSON_TYPE, body: JSON.stringify(body) });
    expect(reply.status).toBe(200);
    expect(String(reply.body.activities.at(-1).text)).toMatch(this.stillWaiting);
  }
}

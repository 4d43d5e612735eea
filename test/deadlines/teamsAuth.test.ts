import { generateKeyPairSync } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBotChild, type BotChild } from '../helpers/botChild.js';
import { newSigningKeyPair, signToken, startHangingLoginHost, startServingLoginHost, type LoginHost } from '../helpers/loginHost.js';

const APP_ID = '00000000-0000-4000-8000-000000000001';
const SERVICE_URL = 'https://example.invalid/';
const pair = newSigningKeyPair('stand-in-key');
const now = () => Math.floor(Date.now() / 1000);
const claims = (extra: object = {}) => ({ iss: 'https://api.botframework.com', aud: APP_ID, serviceurl: SERVICE_URL, nbf: now() - 60, exp: now() + 3600, ...extra });
const header = (extra: object = {}) => ({ alg: 'RS256', typ: 'JWT', kid: pair.kid, ...extra });
const validToken = () => signToken(header(), claims(), pair.privateKey);

const activity = {
  type: 'message', text: 'Hilfe', channelId: 'msteams', serviceUrl: SERVICE_URL, deliveryMode: 'expectReplies',
  conversation: { id: 'teams-conversation' }, from: { id: 'user' }, recipient: { id: `28:${APP_ID}` },
};
const send = (bot: BotChild, authorization?: string) => fetch(`${bot.baseUrl}/api/messages`, {
  method: 'POST',
  headers: { 'Content-Type': 'application/json', ...(authorization === undefined ? {} : { Authorization: authorization }) },
  body: JSON.stringify(activity),
});
const teamsEnv = (metadataUrl: string) => ({ MicrosoftAppId: APP_ID, MicrosoftAppPassword: 'not-a-real-secret', BOT_OPENID_METADATA_URL: metadataUrl, SIGNING_KEYS_TIMEOUT_MS: '500' });

describe('Teams mode with a login host that accepts connections and never answers', () => {
  let host: LoginHost | undefined;
  let bot: BotChild | undefined;

  beforeAll(async () => {
    host = await startHangingLoginHost();
    bot = await startBotChild(teamsEnv(host.metadataUrl));
  }, 60_000);
  afterAll(async () => {
    await bot?.kill();
    await host?.close();
  });

  it('answers 503 with Retry-After to requests waiting for keys, with one shared fetch in flight', async () => {
    const responses = await Promise.all(Array.from({ length: 10 }, () => send(bot!, `Bearer ${validToken()}`)));
    for (const response of responses) {
      expect(response.status).toBe(503);
      expect(Number(response.headers.get('retry-after'))).toBeGreaterThan(0);
    }
    // One shared fetch for all ten (Node's fetch may open a second socket for it); without sharing: one per request.
    expect(host!.count()).toBeLessThanOrEqual(2);
  }, 30_000);
});

const otherKey = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey;

/** Tokens that can never validate; each must be refused before any signing key is fetched. */
const REFUSED_WITHOUT_KEYS: Array<[string, string | undefined]> = [
  ['no Authorization header', undefined],
  ['an empty bearer token', 'Bearer '],
  ['garbage', 'Bearer not-a-token'],
  ['three parts that are not JSON', 'Bearer aaaa.bbbb.cccc'],
  ['another scheme', `Basic ${Buffer.from('user:password').toString('base64')}`],
  ['alg none without signature', `Bearer ${signToken(header({ alg: 'none' }), claims())}`],
  ['alg none with a signature part', `Bearer ${signToken(header({ alg: 'none' }), claims(), pair.privateKey)}`],
  ['HS256', `Bearer ${signToken(header({ alg: 'HS256' }), claims(), pair.privateKey)}`],
  ['no key id', `Bearer ${signToken(header({ kid: undefined }), claims(), pair.privateKey)}`],
  ['a foreign issuer', `Bearer ${signToken(header(), claims({ iss: 'https://evil.example/' }), pair.privateKey)}`],
  ['an http issuer', `Bearer ${signToken(header(), claims({ iss: 'http://api.botframework.com' }), pair.privateKey)}`],
  ['not yet valid (nbf in an hour)', `Bearer ${signToken(header(), claims({ nbf: now() + 3600 }), pair.privateKey)}`],
  ['expired an hour ago', `Bearer ${signToken(header(), claims({ exp: now() - 3600 }), pair.privateKey)}`],
  ['no expiry', `Bearer ${signToken(header(), claims({ exp: undefined }), pair.privateKey)}`],
  ['an oversized token', `Bearer ${'a'.repeat(10_000)}.${'b'.repeat(10)}.${'c'.repeat(10)}`],
];

/** Well-formed tokens that fail botbuilder's own verification with the fetched keys. */
const REFUSED_AFTER_VERIFICATION: Array<[string, string]> = [
  ['a signature by another key', `Bearer ${signToken(header(), claims(), otherKey)}`],
  ['another audience', `Bearer ${signToken(header(), claims({ aud: 'another-app' }), pair.privateKey)}`],
  ['an unknown key id', `Bearer ${signToken(header({ kid: 'unknown' }), claims(), pair.privateKey)}`],
];

describe('Teams mode with a stand-in login host that serves keys', () => {
  let host: LoginHost | undefined;
  let bot: BotChild | undefined;

  beforeAll(async () => {
    host = await startServingLoginHost(pair);
    bot = await startBotChild({ ...teamsEnv(host.metadataUrl), LOG_LEVEL: 'debug' });
  }, 60_000);
  afterAll(async () => {
    await bot?.kill();
    await host?.close();
  });

  it.each(REFUSED_WITHOUT_KEYS)('refuses %s with 401 without fetching keys', async (_name, authorization) => {
    expect((await send(bot!, authorization)).status).toBe(401);
    expect(host!.count()).toBe(0);
  });

  it.each(REFUSED_AFTER_VERIFICATION)('refuses %s with 401', async (_name, authorization) => {
    expect((await send(bot!, authorization)).status).toBe(401);
  });

  it('accepts a valid token, fetching the keys once for all requests', async () => {
    const responses = await Promise.all([send(bot!, `Bearer ${validToken()}`), send(bot!, `Bearer ${validToken()}`)]);
    for (const response of responses) {
      expect(response.status).toBe(200);
      expect(((await response.json()) as { activities: unknown[] }).activities.length).toBeGreaterThan(0);
    }
    expect(host!.count()).toBe(1);
  });

  it('logs why a token was refused before validation, at debug, without the token', () => {
    const refusals = bot!.logs().filter((line) => line.msg === 'token refused before validation');
    expect(refusals.map((line) => line.reason)).toEqual(expect.arrayContaining(['missing', 'malformed', 'algorithm', 'key id', 'issuer', 'expired', 'not yet valid']));
    for (const line of refusals) expect(line.level).toBe(20);
    expect(JSON.stringify(refusals)).not.toContain(validToken().split('.')[0]);
  });

  it('wrote only JSON lines to stdout and no stack trace anywhere', () => {
    const output = bot!.output();
    const stdoutLines = bot!.stdoutLines();
    expect(stdoutLines.length).toBeGreaterThan(0);
    for (const line of stdoutLines) expect(() => JSON.parse(line), line).not.toThrow();
    expect(output).not.toMatch(/^\s+at /m);
  });
});

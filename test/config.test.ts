import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../src/config.js';

describe('loadConfig', () => {
  it('has working defaults for a local start without any variable', () => {
    const config = loadConfig({});
    expect(config.port).toBe(3978);
    expect(config.webchatEnabled).toBe(true);
    expect(config.botFramework.MicrosoftAppId).toBe('');
    expect(config.state.ttlMs).toBe(30 * 60_000);
  });

  it('reads the Bot Framework settings and our own', () => {
    const config = loadConfig({
      PORT: '8080', MicrosoftAppId: 'app', MicrosoftAppPassword: 'secret', MicrosoftAppType: 'SingleTenant',
      MicrosoftAppTenantId: 'tenant', WEBCHAT_ENABLED: 'false', LOG_LEVEL: 'warn', STATE_TTL_MINUTES: '5',
    });
    expect(config).toMatchObject({ port: 8080, webchatEnabled: false, logLevel: 'warn', state: { ttlMs: 300_000 } });
    expect(config.botFramework).toEqual({ MicrosoftAppId: 'app', MicrosoftAppPassword: 'secret', MicrosoftAppType: 'SingleTenant', MicrosoftAppTenantId: 'tenant' });
  });

  it.each([
    [{ PORT: 'abc' }, 'PORT'],
    [{ PORT: '70000' }, 'PORT'],
    [{ WEBCHAT_ENABLED: 'maybe' }, 'WEBCHAT_ENABLED'],
    [{ LOG_LEVEL: 'loud' }, 'LOG_LEVEL'],
    [{ MicrosoftAppType: 'Tenant' }, 'MicrosoftAppType'],
    [{ MicrosoftAppId: 'app' }, 'MicrosoftAppPassword'],
    [{ MicrosoftAppId: 'app', MicrosoftAppPassword: 'x', MicrosoftAppType: 'SingleTenant' }, 'MicrosoftAppTenantId'],
    [{ STATE_TTL_MINUTES: '0' }, 'STATE_TTL_MINUTES'],
    [{ PUBLIC_URL: 'bot.example.org' }, 'PUBLIC_URL'],
    [{ EMULATOR_REPLIES: 'true', NODE_ENV: 'production' }, 'EMULATOR_REPLIES'],
    [{ STATE_MAX_CONVERSATIONS: '10' }, 'STATE_MAX_CONVERSATIONS'],
    [{ STATE_MAX_CONVERSATIONS: '-1' }, 'STATE_MAX_CONVERSATIONS'],
    [{ STATE_MAX_ENTRIES: '100' }, 'STATE_MAX_ENTRIES'],
    [{ TRUST_PROXY: '11' }, 'TRUST_PROXY'],
    [{ TRUST_PROXY: 'true' }, 'TRUST_PROXY'],
    [{ MAX_CONNECTIONS_PER_CLIENT: '-5' }, 'MAX_CONNECTIONS_PER_CLIENT'],
    [{ REQUEST_TIMEOUT_SECONDS: '0' }, 'REQUEST_TIMEOUT_SECONDS'],
  ])('stops with a message naming the variable for %j', (env, variable) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(new RegExp(`^\\s*${variable}:`, 'm'));
  });

  it('keeps the hardening defaults: no Emulator replies, no trusted proxy, 50 connections, 10 s per request', () => {
    const config = loadConfig({});
    expect(config.emulatorReplies).toBe(false);
    expect(config.network).toEqual({ trustProxyHops: 0, maxConnectionsPerClient: 50, requestTimeoutMs: 10_000 });
    expect(config.state.maxConversations).toBe(10_000);
    expect(config.warnings).toEqual([]);
  });

  it('allows Emulator replies outside production only', () => {
    expect(loadConfig({ EMULATOR_REPLIES: 'true' }).emulatorReplies).toBe(true);
    expect(loadConfig({ EMULATOR_REPLIES: 'true', NODE_ENV: 'development' }).emulatorReplies).toBe(true);
  });

  it.each<[Record<string, string>, number, RegExp | undefined]>([
    [{ STATE_MAX_CONVERSATIONS: '500' }, 500, undefined],
    [{ STATE_MAX_ENTRIES: '10000' }, 3_333, /STATE_MAX_ENTRIES is deprecated: read as STATE_MAX_CONVERSATIONS=3333/],
    [{ STATE_MAX_ENTRIES: '10000', STATE_MAX_CONVERSATIONS: '800' }, 800, /STATE_MAX_ENTRIES is deprecated and ignored/],
  ])('reads the state budget in conversations from %j', (env, conversations, warning) => {
    const config = loadConfig(env);
    expect(config.state.maxConversations).toBe(conversations);
    expect(config.warnings).toEqual(warning ? [expect.stringMatching(warning)] : []);
  });
});

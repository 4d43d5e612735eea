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
  ])('stops with a message naming the variable for %j', (env, variable) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(new RegExp(`^\\s*${variable}:`, 'm'));
  });
});

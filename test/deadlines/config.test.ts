import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config.js';

describe('the deadline settings', () => {
  it('have defaults: Redis 2 s, lock wait 3 s, signing keys 5 s, unauthenticated state 5 minutes, Microsoft\'s metadata', () => {
    const config = loadConfig({});
    expect(config.state).toMatchObject({ redisTimeoutMs: 2_000, lockWaitMs: 3_000, unauthenticatedTtlMs: 5 * 60_000 });
    expect(config.signingKeysTimeoutMs).toBe(5_000);
    expect(config.channelOpenIdMetadataUrl).toBe('');
  });

  it('are read from the environment', () => {
    const config = loadConfig({
      REDIS_TIMEOUT_MS: '750', TURN_LOCK_WAIT_MS: '0', SIGNING_KEYS_TIMEOUT_MS: '1500', UNAUTHENTICATED_STATE_TTL_MINUTES: '2',
      BOT_OPENID_METADATA_URL: 'http://127.0.0.1:4465/.well-known/openidconfiguration',
    });
    expect(config.state).toMatchObject({ redisTimeoutMs: 750, lockWaitMs: 0, unauthenticatedTtlMs: 120_000 });
    expect(config.signingKeysTimeoutMs).toBe(1_500);
    expect(config.channelOpenIdMetadataUrl).toBe('http://127.0.0.1:4465/.well-known/openidconfiguration');
  });

  it.each([
    [{ REDIS_TIMEOUT_MS: '10' }, 'REDIS_TIMEOUT_MS'],
    [{ REDIS_TIMEOUT_MS: 'soon' }, 'REDIS_TIMEOUT_MS'],
    [{ TURN_LOCK_WAIT_MS: '-1' }, 'TURN_LOCK_WAIT_MS'],
    [{ SIGNING_KEYS_TIMEOUT_MS: '0' }, 'SIGNING_KEYS_TIMEOUT_MS'],
    [{ UNAUTHENTICATED_STATE_TTL_MINUTES: '0' }, 'UNAUTHENTICATED_STATE_TTL_MINUTES'],
    [{ BOT_OPENID_METADATA_URL: 'login.example/openid' }, 'BOT_OPENID_METADATA_URL'],
  ])('stop the start with a message naming the variable for %j', (env, variable) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(new RegExp(`^\\s*${variable}:`, 'm'));
  });
});

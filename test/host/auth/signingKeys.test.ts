import { afterEach, describe, expect, it } from 'vitest';
import { SigningKeySource } from '../../../src/host/auth/signingKeys.js';
import { ServiceUnavailableError } from '../../../src/host/unavailable.js';
import { newSigningKeyPair, startHangingLoginHost, startServingLoginHost, type LoginHost } from '../../helpers/loginHost.js';

const HOUR = 60 * 60 * 1000;
const pair = newSigningKeyPair('known');

describe('SigningKeySource', () => {
  const hosts: LoginHost[] = [];
  afterEach(async () => { await Promise.all(hosts.splice(0).map((host) => host.close())); });

  const setUp = async () => {
    const host = await startServingLoginHost(pair);
    hosts.push(host);
    let now = 1_000_000;
    const source = new SigningKeySource(host.metadataUrl, { timeoutMs: 2_000, failureBackoffMs: 10_000, now: () => now });
    return { host, source, advance: (ms: number) => { now += ms; } };
  };

  it('fetches the key set once for many concurrent requests and returns the key as PEM', async () => {
    const { host, source } = await setUp();
    const keys = await Promise.all(Array.from({ length: 20 }, () => source.getKey(pair.kid)));
    expect(host.count()).toBe(1);
    for (const key of keys) expect(key?.key).toBe(pair.publicKey.export({ type: 'spki', format: 'pem' }));
  });

  it('answers an unknown key id with null and refetches for it at most every 5 minutes', async () => {
    const { host, source, advance } = await setUp();
    await source.getKey(pair.kid);
    expect(await source.getKey('made-up')).toBeNull();
    expect(await source.getKey('made-up-too')).toBeNull();
    expect(host.count()).toBe(1);
    advance(6 * 60 * 1000);
    expect(await source.getKey('made-up')).toBeNull();
    expect(host.count()).toBe(2);
  });

  it('keeps using a known key when the daily refresh fails', async () => {
    const { host, source, advance } = await setUp();
    await source.getKey(pair.kid);
    await host.close();
    advance(25 * HOUR);
    expect((await source.getKey(pair.kid))?.key).toContain('BEGIN PUBLIC KEY');
  });

  it('fails with 503 when the login host never answers, then refuses at once during the back-off', async () => {
    const host = await startHangingLoginHost();
    hosts.push(host);
    let now = 0;
    const source = new SigningKeySource(host.metadataUrl, { timeoutMs: 200, failureBackoffMs: 10_000, now: () => now });
    await expect(source.getKey(pair.kid)).rejects.toBeInstanceOf(ServiceUnavailableError);
    const connections = host.count();
    now += 5_000;
    await expect(source.getKey(pair.kid)).rejects.toMatchObject({ dependency: 'signing-keys', retryAfterSeconds: 10 });
    expect(host.count()).toBe(connections);
  });
});

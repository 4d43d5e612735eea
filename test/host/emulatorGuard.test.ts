import { describe, expect, it } from 'vitest';
import { emulatorRepliesAllowed, isEmulatorServiceUrl, isLoopbackAddress } from '../../src/host/emulatorGuard.js';
import { SERVICE_URL_SPELLINGS } from '../helpers/serviceUrlSpellings.js';

describe('isEmulatorServiceUrl (WHATWG-parsed hostname localhost, 127.0.0.1 or [::1])', () => {
  it.each(SERVICE_URL_SPELLINGS)('%j → %s', (serviceUrl, accepted) => {
    expect(isEmulatorServiceUrl(serviceUrl)).toBe(accepted);
  });

  it.each([[undefined], [null], [42], [['http://localhost']], [{ href: 'http://localhost' }]])('refuses the non-string %j', (serviceUrl) => {
    expect(isEmulatorServiceUrl(serviceUrl)).toBe(false);
  });
});

describe('isLoopbackAddress (the socket peer as Node reports it)', () => {
  it.each<[string | undefined, boolean]>([
    ['127.0.0.1', true], ['127.8.9.10', true], ['::1', true], ['::ffff:127.0.0.1', true], ['::FFFF:127.0.0.1', true],
    ['10.0.0.1', false], ['192.168.1.20', false], ['::ffff:10.0.0.1', false], ['2001:db8::1', false], ['::', false], ['0.0.0.0', false],
    ['1127.0.0.1', false], ['127.0.0.1.evil', false], ['', false], [undefined, false],
  ])('%j → %s', (address, loopback) => {
    expect(isLoopbackAddress(address)).toBe(loopback);
  });
});

describe('emulatorRepliesAllowed', () => {
  const emulator = { serviceUrl: 'http://localhost:3979', socketAddress: '127.0.0.1', headers: {} };

  it('allows a loopback Emulator only with the development setting on', () => {
    expect(emulatorRepliesAllowed(emulator, true)).toBe(true);
    expect(emulatorRepliesAllowed(emulator, false)).toBe(false);
  });

  it.each(['203.0.113.7', '::ffff:198.51.100.2', '2001:db8::7', '10.1.2.3'])('refuses a loopback service URL sent from the foreign socket %s', (socketAddress) => {
    expect(emulatorRepliesAllowed({ ...emulator, socketAddress }, true)).toBe(false);
  });

  it.each(['forwarded', 'x-forwarded-for', 'x-real-ip', 'x-forwarded-host'])('refuses a loopback socket whose request passed a proxy (%s)', (header) => {
    expect(emulatorRepliesAllowed({ ...emulator, headers: { [header]: '203.0.113.7' } }, true)).toBe(false);
  });

  it.each(SERVICE_URL_SPELLINGS)('from a loopback socket, %j → %s', (serviceUrl, accepted) => {
    expect(emulatorRepliesAllowed({ ...emulator, serviceUrl }, true)).toBe(accepted);
  });
});

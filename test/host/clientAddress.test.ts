import { describe, expect, it } from 'vitest';
import { clientAddress, clientLimitKey } from '../../src/host/clientAddress.js';

const request = (peer: string, forwardedFor?: string | string[]) => ({
  socket: { remoteAddress: peer } as never,
  headers: forwardedFor === undefined ? {} : { 'x-forwarded-for': forwardedFor },
});

describe('clientAddress (TRUST_PROXY hops)', () => {
  it.each<[string, string, string | string[] | undefined, number, string]>([
    ['no proxy trusted: the peer, whatever the header says', '203.0.113.9', '198.51.100.1', 0, '203.0.113.9'],
    ['one hop: the address the proxy saw', '10.0.0.2', '198.51.100.1', 1, '198.51.100.1'],
    ['one hop: a client-written entry further left is ignored', '10.0.0.2', '1.1.1.1, 198.51.100.1', 1, '198.51.100.1'],
    ['two hops', '10.0.0.2', '1.1.1.1, 198.51.100.1, 10.0.0.3', 2, '198.51.100.1'],
    ['more hops trusted than present: the leftmost entry', '10.0.0.2', '198.51.100.1', 3, '198.51.100.1'],
    ['one hop without the header: the peer', '10.0.0.2', undefined, 1, '10.0.0.2'],
    ['an address with port (Azure Application Gateway)', '10.0.0.2', '198.51.100.1:51234', 1, '198.51.100.1'],
    ['a bracketed IPv6 address with port', '10.0.0.2', '[2001:db8::5]:443', 1, '2001:db8::5'],
    ['IPv6', '10.0.0.2', '2001:db8:1:2::7', 1, '2001:db8:1:2::7'],
    ['headers sent twice are read as one list', '10.0.0.2', ['1.1.1.1', '198.51.100.1'], 1, '198.51.100.1'],
    ['garbage in the trusted position: the peer', '10.0.0.2', 'unknown', 1, '10.0.0.2'],
    ['an empty header: the peer', '10.0.0.2', '', 1, '10.0.0.2'],
  ])('%s', (_label, peer, header, hops, expected) => {
    expect(clientAddress(request(peer, header), hops)).toBe(expected);
  });
});

describe('clientLimitKey (IPv6 by /64)', () => {
  it.each([
    ['198.51.100.7', '198.51.100.7'],
    ['::ffff:198.51.100.7', '198.51.100.7'],
    ['2001:db8:1:2::7', '2001:db8:1:2::/64'],
    ['2001:db8:1:2:ffff:ffff:ffff:ffff', '2001:db8:1:2::/64'],
    ['2001:0db8:0001:0002:0000:0000:0000:0001', '2001:db8:1:2::/64'],
    ['2001:db8::1', '2001:db8:0:0::/64'],
    ['fe80::1%eth0', 'fe80:0:0:0::/64'],
    ['::1', '0:0:0:0::/64'],
    ['64:ff9b::198.51.100.7', '64:ff9b:0:0::/64'],
    ['unknown', 'unknown'],
  ])('%s → %s', (address, key) => {
    expect(clientLimitKey(address)).toBe(key);
  });

  it('gives every address of one /64 the same key and a neighbouring /64 another', () => {
    const keys = new Set(Array.from({ length: 50 }, (_v, i) => clientLimitKey(`2001:db8:aa:bb:${i.toString(16)}:${(i * 7).toString(16)}::${i}`)));
    expect([...keys]).toEqual(['2001:db8:aa:bb::/64']);
    expect(clientLimitKey('2001:db8:aa:bc::1')).not.toBe('2001:db8:aa:bb::/64');
  });
});

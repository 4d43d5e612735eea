import type { IncomingMessage } from 'node:http';
import { isIP } from 'node:net';

/** An address as a proxy may write it into X-Forwarded-For: bare, `1.2.3.4:port` or `[v6]:port`. */
function bareAddress(entry: string): string {
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(entry);
  if (bracketed) return bracketed[1]!;
  const v4WithPort = /^(\d{1,3}(?:\.\d{1,3}){3}):\d+$/.exec(entry);
  return v4WithPort ? v4WithPort[1]! : entry;
}

/**
 * The address of the client that sent `req`. Without trusted proxies (`trustedHops` 0) it is the socket's peer;
 * with n trusted hops it is the n-th address from the right of X-Forwarded-For plus the peer, i.e. the address the
 * outermost trusted proxy saw. Entries further left are written by the client and are never believed.
 */
export function clientAddress(req: Pick<IncomingMessage, 'socket' | 'headers'>, trustedHops: number): string {
  const peer = req.socket?.remoteAddress ?? 'unknown';
  if (trustedHops <= 0) return peer;
  const header = req.headers['x-forwarded-for'];
  const forwarded = (Array.isArray(header) ? header.join(',') : header ?? '').split(',').map((e) => bareAddress(e.trim())).filter(Boolean);
  const chain = [...forwarded, peer];
  const candidate = chain[Math.max(0, chain.length - 1 - trustedHops)]!;
  return isIP(candidate) ? candidate : peer;
}

/** The eight 16-bit groups of an IPv6 address (zone removed, embedded IPv4 converted), as numbers. */
function ipv6Groups(address: string): number[] {
  let text = address.replace(/%.*$/, '');
  const v4 = /(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(text);
  if (v4) {
    const [a, b, c, d] = v4.slice(1).map(Number) as [number, number, number, number];
    text = `${text.slice(0, v4.index)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const [head = '', tail] = text.split('::');
  const parse = (part: string) => part.split(':').filter(Boolean).map((g) => parseInt(g, 16));
  const front = parse(head);
  const back = tail === undefined ? [] : parse(tail);
  return [...front, ...new Array<number>(8 - front.length - back.length).fill(0), ...back];
}

/**
 * The key a client's requests and connections are counted under: an IPv4 address as is (also when written as an
 * IPv4-mapped IPv6 address), an IPv6 address by its /64 network, since one subscriber usually holds a whole /64.
 */
export function clientLimitKey(address: string): string {
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i.exec(address);
  if (mapped) return mapped[1]!;
  if (isIP(address.replace(/%.*$/, '')) !== 6) return address;
  return `${ipv6Groups(address).slice(0, 4).map((g) => g.toString(16)).join(':')}::/64`;
}

import type { IncomingHttpHeaders } from 'node:http';

/** The only hostnames (as the WHATWG URL parser writes them) an Emulator's service URL may have. */
const EMULATOR_HOSTNAMES: ReadonlySet<string> = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * True for a service URL that points at a Bot Framework Emulator on this machine: http(s), no user name or
 * password, and a hostname that the WHATWG URL parser (which botbuilder's HTTP client uses too) turns into exactly
 * `localhost`, `127.0.0.1` or `[::1]`. Numeric spellings such as `2130706433` or `127.1` parse to `127.0.0.1`
 * and so are the same address; `localhost.`, other 127/8 addresses and IPv4-mapped IPv6 are refused.
 */
export function isEmulatorServiceUrl(serviceUrl: unknown): boolean {
  if (typeof serviceUrl !== 'string') return false;
  let url: URL;
  try {
    url = new URL(serviceUrl);
  } catch {
    return false;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return false;
  if (url.username !== '' || url.password !== '') return false;
  return EMULATOR_HOSTNAMES.has(url.hostname);
}

/** True when a socket's peer address (as Node reports it) is this machine: 127.0.0.0/8, ::1 or IPv4-mapped 127/8. */
export function isLoopbackAddress(address: string | undefined): boolean {
  if (address === undefined) return false;
  return address === '::1' || /^(?:::ffff:)?127(?:\.\d{1,3}){3}$/i.test(address);
}

/** Headers a reverse proxy adds: a request carrying one came through a proxy, whatever its socket address says. */
const FORWARDING_HEADERS = ['forwarded', 'x-forwarded-for', 'x-real-ip', 'x-forwarded-host'] as const;

/** What decides whether a turn without authentication may be answered by posting to its service URL. */
export interface EmulatorRequest {
  serviceUrl: unknown;
  /** The request's own socket peer address (never a header). */
  socketAddress: string | undefined;
  headers: IncomingHttpHeaders;
}

/**
 * True when an unauthenticated turn may have its replies posted to its service URL: only with the development
 * setting on, from a request whose socket peer is loopback and that did not pass a reverse proxy, naming a loopback
 * Emulator service URL. Everything else must use `deliveryMode: expectReplies`.
 */
export function emulatorRepliesAllowed(request: EmulatorRequest, emulatorRepliesEnabled: boolean): boolean {
  return emulatorRepliesEnabled
    && isLoopbackAddress(request.socketAddress)
    && FORWARDING_HEADERS.every((name) => request.headers[name] === undefined)
    && isEmulatorServiceUrl(request.serviceUrl);
}

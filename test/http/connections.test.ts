import { connect, type Socket } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { eventually } from '../helpers/botChild.js';
import { startTestServer, type TestServer } from '../helpers/testServer.js';

/** A raw TCP client: what it received so far and whether the server closed the connection. */
interface RawClient {
  socket: Socket;
  received(): string;
  closed: Promise<void>;
}

async function rawClient(port: number): Promise<RawClient> {
  const socket = connect(port, '127.0.0.1');
  let data = '';
  socket.setEncoding('utf8');
  socket.on('data', (chunk: string) => (data += chunk));
  socket.on('error', () => undefined);
  const closed = new Promise<void>((resolve) => socket.once('close', () => resolve()));
  await new Promise<void>((resolve, reject) => { socket.once('connect', resolve); socket.once('close', () => reject(new Error('closed before connecting'))); });
  return { socket, received: () => data, closed };
}

const healthRequest = 'GET /healthz HTTP/1.1\r\nHost: test\r\n\r\n';
const answered = (client: RawClient) => eventually(() => /^HTTP\/1\.1 200 /.test(client.received()) && client.received().includes('"status":"ok"'));

let server: TestServer | undefined;
afterEach(async () => { await server?.close(); server = undefined; });

describe('request deadline (REQUEST_TIMEOUT_SECONDS)', () => {
  it('answers a request whose body never completes with 408 and closes the connection', async () => {
    server = await startTestServer({ REQUEST_TIMEOUT_SECONDS: '1' });
    const client = await rawClient(Number(new URL(server.baseUrl).port));
    client.socket.write('POST /api/webchat/conversations HTTP/1.1\r\nHost: test\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{"locale":');
    await client.closed;
    expect(client.received()).toMatch(/^HTTP\/1\.1 408 /);
  });

  it('answers a request whose headers never complete with 408 and closes the connection', async () => {
    server = await startTestServer({ REQUEST_TIMEOUT_SECONDS: '1' });
    const client = await rawClient(Number(new URL(server.baseUrl).port));
    client.socket.write('GET /healthz HTTP/1.1\r\nHost: test\r\nX-Slow: ');
    await client.closed;
    expect(client.received()).toMatch(/^HTTP\/1\.1 408 /);
  });

  it('answers a complete request on the same kind of connection', async () => {
    server = await startTestServer({ REQUEST_TIMEOUT_SECONDS: '1' });
    const client = await rawClient(Number(new URL(server.baseUrl).port));
    client.socket.write(healthRequest);
    expect(await answered(client)).toBe(true);
    client.socket.destroy();
  });
});

describe('open connections per client (MAX_CONNECTIONS_PER_CLIENT)', () => {
  it('closes a connection beyond the cap at once and accepts one again when another closes', async () => {
    server = await startTestServer({ MAX_CONNECTIONS_PER_CLIENT: '3' });
    const port = Number(new URL(server.baseUrl).port);
    const held: RawClient[] = [];
    for (let i = 0; i < 3; i += 1) {
      const client = await rawClient(port);
      client.socket.write(healthRequest);
      expect(await answered(client)).toBe(true);
      held.push(client);
    }
    const surplus = await rawClient(port);
    surplus.socket.write(healthRequest);
    await surplus.closed;
    expect(surplus.received()).toBe('');

    held[0]!.socket.destroy();
    const admitted = await eventually(async () => {
      const client = await rawClient(port).catch(() => undefined);
      if (!client) return false;
      client.socket.write(healthRequest);
      await Promise.race([client.closed, answered(client)]);
      const ok = client.received().startsWith('HTTP/1.1 200 ');
      client.socket.destroy();
      return ok;
    });
    expect(admitted).toBe(true);
    for (const client of held) client.socket.destroy();
  });

  it('leaves the cap to the proxy with TRUST_PROXY (every connection comes from it)', async () => {
    server = await startTestServer({ MAX_CONNECTIONS_PER_CLIENT: '2', TRUST_PROXY: '1' });
    const port = Number(new URL(server.baseUrl).port);
    const clients = [];
    for (let i = 0; i < 4; i += 1) {
      const client = await rawClient(port);
      client.socket.write(healthRequest);
      expect(await answered(client)).toBe(true);
      clients.push(client);
    }
    for (const client of clients) client.socket.destroy();
  });
});

describe('client addresses behind a reverse proxy (TRUST_PROXY) and IPv6 per /64', () => {
  const start = (forwardedFor: string) => server!.post('/api/webchat/conversations', {}, { 'X-Forwarded-For': forwardedFor });

  it('gives each forwarded client its own budget with TRUST_PROXY=1, and one per IPv6 /64', async () => {
    server = await startTestServer({ TRUST_PROXY: '1', RATE_LIMIT_PER_MINUTE: '2' });
    const statuses = async (forwardedFor: string, n: number) => { const s = []; for (let i = 0; i < n; i += 1) s.push((await start(forwardedFor)).status); return s; };
    expect(await statuses('198.51.100.1', 3)).toEqual([201, 201, 429]);
    expect(await statuses('198.51.100.2', 2)).toEqual([201, 201]);
    // A client may put anything left of what the proxy wrote: it does not buy a new budget.
    expect(await statuses('9.9.9.9, 198.51.100.1', 1)).toEqual([429]);
    expect(await statuses('2001:db8:1:2::1', 1)).toEqual([201]);
    expect(await statuses('2001:db8:1:2:ffff::9', 2)).toEqual([201, 429]);
    expect(await statuses('2001:db8:1:3::1', 1)).toEqual([201]);
  });

  it('ignores X-Forwarded-For without TRUST_PROXY (the header is the client\'s own word)', async () => {
    server = await startTestServer({ RATE_LIMIT_PER_MINUTE: '2' });
    const statuses = [];
    for (const forwardedFor of ['198.51.100.1', '198.51.100.2', '198.51.100.3']) statuses.push((await start(forwardedFor)).status);
    expect(statuses).toEqual([201, 201, 429]);
  });
});

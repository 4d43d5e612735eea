import type { Server } from 'node:http';
import type { Socket } from 'node:net';
import { clientLimitKey } from './clientAddress.js';

/**
 * Closes a new connection at once when its client (address, IPv6 by /64) already holds `maxPerClient` open ones,
 * so one client cannot use up the server's sockets and file descriptors. 0 switches the cap off.
 * @remarks Counted by socket peer address: behind a reverse proxy every connection comes from the proxy, so the
 * host passes 0 there and the proxy caps connections.
 */
export function limitConnectionsPerClient(server: Server, maxPerClient: number): void {
  if (maxPerClient <= 0) return;
  const open = new Map<string, number>();
  server.on('connection', (socket: Socket) => {
    const key = clientLimitKey(socket.remoteAddress ?? 'unknown');
    const count = open.get(key) ?? 0;
    if (count >= maxPerClient) {
      socket.destroy();
      return;
    }
    open.set(key, count + 1);
    socket.once('close', () => {
      const left = (open.get(key) ?? 1) - 1;
      if (left <= 0) open.delete(key);
      else open.set(key, left);
    });
  });
}

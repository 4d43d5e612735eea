import { createSign, generateKeyPairSync, type KeyObject } from 'node:crypto';
import { createServer as createHttpServer } from 'node:http';
import { createServer as createTcpServer, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';

/** A local stand-in for Microsoft's login host that serves OpenID metadata and a key set, or never answers. */
export interface LoginHost {
  metadataUrl: string;
  /** Connections accepted (hanging host) or key set requests answered (serving host). */
  count(): number;
  close(): Promise<void>;
}

/** Accepts every connection and never answers (a login host that hangs). */
export async function startHangingLoginHost(): Promise<LoginHost> {
  const sockets = new Set<Socket>();
  let connections = 0;
  const server = createTcpServer((socket) => { connections++; sockets.add(socket); socket.on('error', () => undefined); });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    metadataUrl: `http://127.0.0.1:${port}/.well-known/openidconfiguration`,
    count: () => connections,
    close: () => new Promise((resolve) => { for (const socket of sockets) socket.destroy(); server.close(() => resolve()); }),
  };
}

/** A signing key pair and the key id the stand-in publishes it under. */
export interface SigningKeyPair {
  kid: string;
  privateKey: KeyObject;
  publicKey: KeyObject;
}

/** A fresh RSA key pair. */
export function newSigningKeyPair(kid: string): SigningKeyPair {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  return { kid, privateKey, publicKey };
}

/** Serves `/.well-known/openidconfiguration` and `/keys` with the public key of `pair`; counts key set requests. */
export async function startServingLoginHost(pair: SigningKeyPair): Promise<LoginHost> {
  let keyRequests = 0;
  const server = createHttpServer((req, res) => {
    const { port } = server.address() as AddressInfo;
    res.setHeader('Content-Type', 'application/json');
    if (req.url === '/.well-known/openidconfiguration') {
      res.end(JSON.stringify({ issuer: 'https://api.botframework.com', jwks_uri: `http://127.0.0.1:${port}/keys` }));
    } else if (req.url === '/keys') {
      keyRequests++;
      res.end(JSON.stringify({ keys: [{ ...pair.publicKey.export({ format: 'jwk' }), kid: pair.kid, use: 'sig' }] }));
    } else {
      res.statusCode = 404;
      res.end('{}');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    metadataUrl: `http://127.0.0.1:${port}/.well-known/openidconfiguration`,
    count: () => keyRequests,
    close: () => new Promise((resolve) => { server.closeAllConnections(); server.close(() => resolve()); }),
  };
}

const part = (value: object): string => Buffer.from(JSON.stringify(value)).toString('base64url');

/** A JWT with this header and these claims, signed RS256 with `privateKey` (or with an empty signature without one). */
export function signToken(header: object, claims: object, privateKey?: KeyObject): string {
  const unsigned = `${part(header)}.${part(claims)}`;
  if (!privateKey) return `${unsigned}.`;
  return `${unsigned}.${createSign('RSA-SHA256').update(unsigned).sign(privateKey).toString('base64url')}`;
}

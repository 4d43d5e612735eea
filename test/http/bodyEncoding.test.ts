import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../helpers/testServer.js';

/** Bodies restify 11 would mishandle: a broken gzip stream used to end the process (node-restify#1975). */
describe('request bodies other than plain JSON', () => {
  let server: TestServer;
  beforeAll(async () => { server = await startTestServer({ LOG_LEVEL: 'warn', MAX_BODY_BYTES: '16384' }); });
  afterAll(async () => { await server.close(); });

  const post = (body: string | Uint8Array<ArrayBuffer>, headers: Record<string, string>) =>
    fetch(`${server.baseUrl}/api/webchat/conversations`, { method: 'POST', headers: { 'Content-Type': 'application/json', ...headers }, body });

  it.each([
    ['a gzip header on a body that is not gzip', '{"locale":"de-DE"}', { 'Content-Encoding': 'gzip' }],
    ['a valid gzip body that unpacks beyond MAX_BODY_BYTES', new Uint8Array(gzipSync(JSON.stringify({ locale: 'de-DE', pad: 'x'.repeat(1_000_000) }))), { 'Content-Encoding': 'gzip' }],
    ['deflate', '{}', { 'Content-Encoding': 'deflate' }],
    ['even Content-Encoding: identity (restify refuses it anyway)', '{}', { 'Content-Encoding': 'identity' }],
    ['a multipart upload', '--b\r\nContent-Disposition: form-data; name="f"; filename="a.bin"\r\n\r\nabc\r\n--b--\r\n', { 'Content-Type': 'multipart/form-data; boundary=b' }],
  ])('refuses %s with 415, and the server keeps answering', async (_label, body, headers) => {
    const response = await post(body, headers);
    expect(response.status).toBe(415);
    expect(await response.json()).toEqual({ error: 'unsupported media type' });
    expect((await post('{"locale":"de-DE"}', {})).status).toBe(201);
  });
});

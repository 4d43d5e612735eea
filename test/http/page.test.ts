import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../helpers/testServer.js';

describe('web chat page', () => {
  let server: TestServer;
  beforeAll(async () => { server = await startTestServer(); });
  afterAll(async () => { await server.close(); });

  it('serves a German page that loads nothing from another host', async () => {
    const response = await fetch(server.baseUrl + '/');
    const html = await response.text();
    expect(response.status).toBe(200);
    expect(html).toContain('<html lang="de">');
    expect(html).toContain('<h1>Inklusionslotse NRW</h1>');
    expect(html).toMatch(/Gesundheitsdaten/);
    const references = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1]!);
    expect(references.length).toBeGreaterThan(2);
    for (const reference of references) expect(reference).toMatch(/^(\/|#|data:)/);
  });

  it('sends a CSP that allows only its own origin', async () => {
    const response = await fetch(server.baseUrl + '/');
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("connect-src 'self'");
    expect(csp).not.toMatch(/https?:/);
    const nonce = /'nonce-([^']+)'/.exec(csp)?.[1];
    expect(await response.text()).toContain(`nonce="${nonce}"`);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it.each([
    ['br', 'br'],
    ['gzip, deflate', 'gzip'],
    ['identity', null],
  ])('serves the hashed chat bundle precompressed for Accept-Encoding "%s", cached as immutable', async (accepted, encoding) => {
    const html = await (await fetch(server.baseUrl + '/')).text();
    const bundle = /src="(\/static\/chat\.[0-9a-f]{12}\.js)"/.exec(html)?.[1];
    expect(bundle).toBeDefined();
    const response = await fetch(server.baseUrl + bundle, { headers: { 'Accept-Encoding': accepted } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('javascript');
    expect(response.headers.get('content-encoding')).toBe(encoding);
    expect(response.headers.get('cache-control')).toContain('immutable');
    expect(response.headers.get('vary')).toBe('Accept-Encoding');
    expect((await response.text()).length).toBeGreaterThan(500_000);
  });

  it('serves the licences of the bundled packages where the bundle names them', async () => {
    const html = await (await fetch(server.baseUrl + '/')).text();
    const bundle = /src="(\/static\/chat\.[0-9a-f]{12}\.js)"/.exec(html)?.[1];
    const script = await (await fetch(server.baseUrl + bundle)).text();
    const licences = /^\/\*! Licences of the bundled packages: (\/static\/licences\.[0-9a-f]{12}\.txt) \*\//.exec(script)?.[1];
    const response = await fetch(server.baseUrl + licences);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/plain');
    expect(await response.text()).toMatch(/MIT License|@license/);
  });

  it('links the hashed stylesheet and still serves it under its old name, but not for ever', async () => {
    const html = await (await fetch(server.baseUrl + '/datenschutz')).text();
    const stylesheet = /href="(\/static\/chat\.[0-9a-f]{12}\.css)"/.exec(html)?.[1];
    const hashed = await fetch(server.baseUrl + stylesheet);
    const unhashed = await fetch(server.baseUrl + '/static/chat.css');
    expect(hashed.headers.get('cache-control')).toContain('immutable');
    expect(unhashed.headers.get('cache-control')).not.toContain('immutable');
    expect(await unhashed.text()).toBe(await hashed.text());
  });

  it('answers unknown assets and paths with 404', async () => {
    for (const path of ['/static/constructor', '/static/__proto__', '/static/..%2Fpackage.json', '/nowhere']) {
      expect((await fetch(server.baseUrl + path)).status).toBe(404);
    }
  });

  it('reports health with the number of topics', async () => {
    const body = await (await fetch(server.baseUrl + '/healthz')).json() as Record<string, unknown>;
    expect(body).toMatchObject({ status: 'ok' });
    expect(body.topics).toBe(server.app.content.knowledge.topics.length);
    expect(body.version).toMatch(/^\d+\.\d+\.\d+/);
  });

  it('serves the privacy page', async () => {
    const html = await (await fetch(server.baseUrl + '/datenschutz')).text();
    expect(html).toContain('Datenschutz');
    expect(html).toContain('30 Minuten');
  });
});

describe('terms of use page', () => {
  it('is served for the Teams manifest link', async () => {
    const server = await startTestServer();
    try {
      const response = await fetch(server.baseUrl + '/nutzungsbedingungen');
      expect(response.status).toBe(200);
      expect(await response.text()).toContain('keine Rechtsberatung');
    } finally {
      await server.close();
    }
  });
});

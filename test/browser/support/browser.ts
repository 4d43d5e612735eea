// The callbacks given to page.evaluate run in the browser and use its DOM types (tsconfig.json includes the DOM
// library for type-checking; the build, tsconfig.build.json, does not).
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { startTestServer, type TestServer } from '../../helpers/testServer.js';

/** Debian's Chromium; no browser is downloaded. */
export const CHROMIUM_PATH = '/usr/bin/chromium';

/** Starts headless Chromium without any of its own network traffic (updates, sync, QUIC probes). */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

/** The bot and the browser of one test file, there from `beforeAll` on. */
export interface BotAndBrowser {
  readonly server: TestServer;
  readonly browser: Browser;
}

/** Starts the bot on a free port and Chromium side by side before the file's tests and stops both after them. */
export function useBotAndBrowser(): BotAndBrowser {
  const fixture = {} as { server: TestServer; browser: Browser };
  beforeAll(async () => {
    [fixture.server, fixture.browser] = await Promise.all([startTestServer({ LOG_LEVEL: 'warn' }), launchChromium()]);
  });
  afterAll(async () => {
    await fixture.browser?.close();
    await fixture.server?.close();
  });
  return fixture;
}

/** What a page did while a test looked at it. */
export interface PageRecord {
  context: BrowserContext;
  page: Page;
  /** Every URL the page requested (documents, scripts, fetches, frames, blobs). */
  requests: string[];
  /** Console errors and uncaught exceptions. */
  errors: string[];
  /** Console warnings (Web Chat warns there, for example when it holds a reply back). */
  warnings: string[];
  /** Content-Security-Policy violations reported in any frame, as "directive blockedURI". */
  cspViolations: string[];
}

/** Opens a fresh context and page that record requests, errors and CSP violations. */
export async function openRecordedPage(browser: Browser, options: BrowserContextOptions = {}): Promise<PageRecord> {
  const context = await browser.newContext({ viewport: { width: 1024, height: 800 }, locale: 'de-DE', ...options });
  context.setDefaultTimeout(15_000);
  const record = { context, requests: [] as string[], errors: [] as string[], warnings: [] as string[], cspViolations: [] as string[] };
  await context.exposeBinding('__reportCspViolation', (_source, violation: string) => {
    record.cspViolations.push(violation);
  });
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      (window as unknown as { __reportCspViolation(v: string): void }).__reportCspViolation(`${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  context.on('request', (request) => record.requests.push(request.url()));
  const page = await context.newPage();
  page.on('console', (message) => {
    if (message.type() === 'error') record.errors.push(message.text());
    if (message.type() === 'warning') record.warnings.push(message.text());
  });
  page.on('pageerror', (error) => record.errors.push(error.message));
  return { ...record, page };
}

/** The requests that went to neither `origin` nor a data: or blob: URL of it. */
export function foreignRequests(requests: readonly string[], origin: string): string[] {
  return requests.filter((url) => {
    if (url.startsWith('data:')) return false;
    if (url.startsWith('blob:')) return !url.startsWith(`blob:${origin}/`);
    return new URL(url).origin !== origin;
  });
}

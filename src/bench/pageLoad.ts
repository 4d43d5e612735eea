// Page-load measurement in real Chromium (playwright-core, Debian's /usr/bin/chromium), with the network emulated
// through the DevTools protocol. The callbacks given to page.evaluate run in the browser (DOM types from tsconfig.json).
import { chromium, type Browser } from 'playwright-core';

/** Debian's Chromium; no browser is downloaded. */
export const CHROMIUM_PATH = '/usr/bin/chromium';

/** An emulated connection: latency per round trip and throughput in bits per second (0: not throttled). */
export interface NetworkProfile {
  name: string;
  latencyMs: number;
  downloadBitsPerSecond: number;
  uploadBitsPerSecond: number;
}

/** The connections of issue 17: unthrottled loopback, 4G (9 Mbit/s, 60 ms), "fast 3G" (1.6 Mbit/s, 150 ms). */
export const NETWORK_PROFILES: readonly NetworkProfile[] = [
  { name: 'unthrottled', latencyMs: 0, downloadBitsPerSecond: 0, uploadBitsPerSecond: 0 },
  { name: '4G', latencyMs: 60, downloadBitsPerSecond: 9_000_000, uploadBitsPerSecond: 9_000_000 },
  { name: 'fast 3G', latencyMs: 150, downloadBitsPerSecond: 1_600_000, uploadBitsPerSecond: 750_000 },
];

/** What one visit of the chat page measured, times from the start of navigation. */
export interface VisitFigures {
  /** Until the bot's first message is visible on the page. */
  firstMessageMs: number;
  /** Bytes on the wire (headers and bodies) of the responses complete at that moment. */
  bytesBeforeFirstMessage: number;
  /** Until Web Chat shows the conversation (its transcript has the first message). */
  webChatMs: number;
  /** Bytes on the wire of every response until then. */
  bytesUntilWebChat: number;
}

/** Starts headless Chromium without any of its own network traffic (updates, sync, QUIC probes). */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

const WEB_CHAT_MESSAGE = '#webchat .webchat__bubble__content';
const TIMEOUT_MS = 60_000;

/**
 * Opens `url` in a fresh browser context under `profile` and measures the first bot message (found by `welcomeStart`,
 * the beginning of its text) and Web Chat's takeover. With `returning`, the page is opened once before (cache on
 * for both visits) and only the second visit is measured; otherwise the cache is off.
 */
export async function measureVisit(browser: Browser, url: string, profile: NetworkProfile, welcomeStart: string, returning = false): Promise<VisitFigures> {
  const context = await browser.newContext({ viewport: { width: 390, height: 800 }, locale: 'de-DE' });
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: !returning });
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: profile.latencyMs,
      downloadThroughput: profile.downloadBitsPerSecond > 0 ? profile.downloadBitsPerSecond / 8 : -1,
      uploadThroughput: profile.uploadBitsPerSecond > 0 ? profile.uploadBitsPerSecond / 8 : -1,
    });
    if (returning) {
      await page.goto(url);
      await page.locator(WEB_CHAT_MESSAGE).first().waitFor({ timeout: TIMEOUT_MS });
      await page.goto('about:blank');
    }
    // Watches from the start of the document: the time of the first frame in which the message is visible. A string,
    // not a function: tsx would wrap the inner function in a `__name` call the page does not know.
    await page.addInitScript(`(() => {
      const start = ${JSON.stringify(welcomeStart)};
      const look = () => {
        const found = [...document.querySelectorAll('p, div, span')].some(
          (element) => element.childElementCount === 0 && element.textContent.includes(start) && element.offsetParent !== null);
        if (found) window.firstMessageAt = performance.now();
        else requestAnimationFrame(look);
      };
      requestAnimationFrame(look);
    })();`);
    await page.goto(url, { waitUntil: 'commit' });
    const firstMessageMs = await page
      .waitForFunction(() => (window as unknown as { firstMessageAt?: number }).firstMessageAt ?? false, undefined, { timeout: TIMEOUT_MS })
      .then((handle) => handle.jsonValue() as Promise<number>);
    await page.locator(WEB_CHAT_MESSAGE).first().waitFor({ timeout: TIMEOUT_MS });
    const webChatMs = await page.evaluate(() => performance.now());
    const bytes = await page.evaluate((until) => {
      const entries = [...performance.getEntriesByType('navigation'), ...performance.getEntriesByType('resource')] as PerformanceResourceTiming[];
      // No named helper functions here: tsx would wrap them in a `__name` call the page does not know.
      let before = 0;
      let all = 0;
      for (const entry of entries) {
        all += entry.transferSize;
        if (entry.responseEnd <= until) before += entry.transferSize;
      }
      return { before, all };
    }, firstMessageMs);
    return { firstMessageMs, bytesBeforeFirstMessage: bytes.before, webChatMs, bytesUntilWebChat: bytes.all };
  } finally {
    await context.close();
  }
}

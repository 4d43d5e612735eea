import { Writable } from 'node:stream';
import { createApp, type App } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';
import { createLogger } from '../../src/host/logger.js';

/** A real server on a free loopback port, with its log lines captured. */
export interface TestServer {
  app: App;
  baseUrl: string;
  logLines: string[];
  post(path: string, body: unknown, headers?: Record<string, string>): Promise<{ status: number; body: any; headers: Headers }>;
  close(): Promise<void>;
}

/** Starts the bot as `npm start` would, with `env` as its environment. */
export async function startTestServer(env: Record<string, string> = {}): Promise<TestServer> {
  const logLines: string[] = [];
  const sink = new Writable({ write(chunk, _enc, done) { logLines.push(String(chunk)); done(); } });
  const config = loadConfig({ LOG_LEVEL: 'debug', ...env });
  const app = createApp(config, { logger: createLogger(config.logLevel, sink) });
  const address = await app.listen(0, '127.0.0.1');
  const baseUrl = `http://127.0.0.1:${address.port}`;
  return {
    app,
    baseUrl,
    logLines,
    async post(path, body, headers = {}) {
      const response = await fetch(baseUrl + path, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', ...headers },
        body: typeof body === 'string' ? body : JSON.stringify(body),
      });
      const text = await response.text();
      let parsed: unknown = text;
      try { parsed = JSON.parse(text); } catch { /* not JSON */ }
      return { status: response.status, body: parsed, headers: response.headers };
    },
    close: () => app.close(),
  };
}

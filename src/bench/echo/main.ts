import { loadConfig } from '../../config.js';
import { createLogger } from '../../host/logger.js';
import { createEchoApp } from './echoApp.js';

/**
 * The echo bot as a process of its own, started by `npm run bench:load` like `src/main.ts` starts the bot:
 * configured from the environment (PORT, HOST, LOG_LEVEL, STATE_*, RATE_LIMIT_*), stopped with SIGTERM.
 * With the argument `--dialog-floor` the echo runs through a DialogSet (the dialog floor).
 */
async function main(): Promise<void> {
  const config = loadConfig(process.env);
  const app = createEchoApp(config, createLogger(config.logLevel), process.argv.includes('--dialog-floor'));
  await app.listen(config.port, config.host);
  process.once('SIGTERM', () => void app.close().finally(() => process.exit(0)));
}

main().catch((error: unknown) => {
  console.error('echo server failed:', error instanceof Error ? error.message : error);
  process.exit(1);
});

import { config as loadDotenv } from 'dotenv';
import { createApp } from './app.js';
import { ConfigError, loadConfig } from './config.js';
import { ContentValidationError } from './core/knowledge/validationError.js';
import { routeConsoleToLogger } from './host/consoleToLogger.js';
import { createLogger } from './host/logger.js';
import { createStorage } from './host/storage/index.js';

/** Starts the bot: `.env` → config → state storage → content → server. Stops with a clear message on bad config, content or storage. */
async function main(): Promise<void> {
  loadDotenv({ quiet: true });
  const config = loadConfig(process.env);
  const logger = createLogger(config.logLevel);
  routeConsoleToLogger(logger);
  for (const warning of config.warnings) logger.warn({ setting: 'deprecated' }, warning);
  const state = await createStorage(config.state, logger);
  const app = createApp(config, { logger, storage: state.storage, lock: state.lock, storageReady: () => state.isReady() });
  const address = await app.listen(config.port, config.host);
  const shown = address.address === '0.0.0.0' || address.address === '::' ? 'localhost' : address.address;
  app.logger.info({ port: address.port, webchat: config.webchatEnabled, auth: config.botFramework.MicrosoftAppId !== '', storage: config.state.storage }, 'listening');
  // For the person who typed `npm start`; on stderr, so that stdout carries only JSON log lines.
  process.stderr.write(`Inklusionslotse NRW läuft: http://${shown}:${address.port}\n`);

  const shutdown = (signal: string) => {
    app.logger.info({ signal }, 'shutting down');
    void app.close()
      .then(() => state.close())
      .then(() => app.logger.info({ signal }, 'stopped'))
      .finally(() => process.exit(0));
    setTimeout(() => process.exit(0), 10_000).unref();
  };
  process.once('SIGTERM', () => shutdown('SIGTERM'));
  process.once('SIGINT', () => shutdown('SIGINT'));
}

main().catch((error: unknown) => {
  // Written directly: `console` may already be routed to the logger, which keeps only first lines.
  if (error instanceof ConfigError || error instanceof ContentValidationError) {
    process.stderr.write(`${error.message}\n`);
  } else {
    process.stderr.write(`Start failed: ${error instanceof Error ? error.message : String(error)}\n`);
  }
  process.exit(1);
});

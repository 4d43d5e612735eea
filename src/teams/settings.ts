import type { Config } from '../config.js';
import type { PackageProblem } from './problems.js';

/** What the package takes from the configuration: the bot's Entra app id and the public base URL. */
export interface PackageSettings {
  /** `MicrosoftAppId`: the Application (client) ID of the Azure Bot's app registration. */
  botId: string;
  /** `PUBLIC_URL` without a trailing slash, e.g. https://lotse.example.org */
  publicUrl: string;
}

const GUID = /^[0-9a-fA-F]{8}-([0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}$/;
const FROM = 'configuration (.env)';

/** The package settings from the loaded configuration. */
export function packageSettingsFrom(config: Config): PackageSettings {
  return { botId: config.botFramework.MicrosoftAppId, publicUrl: config.publicUrl };
}

/** Problems that make a Teams package impossible, each naming the environment variable to fix. */
export function checkPackageSettings(settings: PackageSettings): PackageProblem[] {
  const problems: PackageProblem[] = [];
  if (settings.botId === '') {
    problems.push({ file: FROM, path: 'MicrosoftAppId', message: 'is empty; the Teams package needs the Application (client) ID of your Azure Bot' });
  } else if (!GUID.test(settings.botId)) {
    problems.push({ file: FROM, path: 'MicrosoftAppId', message: `"${settings.botId}" is not a GUID like 0a1b2c3d-…; use the Application (client) ID of your Azure Bot` });
  }
  if (settings.publicUrl === '') {
    problems.push({ file: FROM, path: 'PUBLIC_URL', message: 'is empty; set it to the public https address of this bot, e.g. https://lotse.example.org' });
    return problems;
  }
  let url: URL | undefined;
  try {
    url = new URL(settings.publicUrl);
  } catch {
    problems.push({ file: FROM, path: 'PUBLIC_URL', message: `"${settings.publicUrl}" is not a URL` });
    return problems;
  }
  // Teams only talks to bots and opens privacy/terms pages over HTTPS.
  if (url.protocol !== 'https:') problems.push({ file: FROM, path: 'PUBLIC_URL', message: 'must start with https:// for Teams' });
  if (url.search || url.hash || url.username || url.password) {
    problems.push({ file: FROM, path: 'PUBLIC_URL', message: 'must be a plain base URL without user, ?query or #fragment' });
  }
  return problems;
}

/** Hints that do not stop the package, e.g. an app type Azure no longer creates. */
export function settingsWarnings(config: Config): string[] {
  const warnings: string[] = [];
  if (config.botFramework.MicrosoftAppId !== '' && config.botFramework.MicrosoftAppType === 'MultiTenant') {
    warnings.push('MicrosoftAppType is MultiTenant (the default). Azure creates new bots as single tenant: set MicrosoftAppType=SingleTenant and MicrosoftAppTenantId unless your bot really is multi-tenant.');
  }
  return warnings;
}

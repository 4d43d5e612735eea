import { resolve } from 'node:path';
import { config as loadDotenv } from 'dotenv';
import { ConfigError, loadConfig } from '../config.js';
import { PROJECT_ROOT } from '../paths.js';
import { buildTeamsPackage } from '../teams/buildPackage.js';
import { formatProblem, PackageError } from '../teams/problems.js';
import { packageSettingsFrom, settingsWarnings } from '../teams/settings.js';

/**
 * `npm run teams:package [-- --out <file>]`: builds the Microsoft Teams app package (default build/appPackage.zip)
 * from appPackage/ and the MicrosoftAppId and PUBLIC_URL settings; exits 1 with every problem listed.
 */
async function main(args: string[]): Promise<number> {
  const outIndex = args.indexOf('--out');
  const outArg = outIndex >= 0 ? args[outIndex + 1] : undefined;
  if (outIndex >= 0 && !outArg) {
    console.error('usage: npm run teams:package [-- --out <file.zip>]');
    return 2;
  }
  const outFile = outArg ? resolve(outArg) : resolve(PROJECT_ROOT, 'build', 'appPackage.zip');

  loadDotenv({ quiet: true });
  const config = loadConfig(process.env);
  for (const warning of settingsWarnings(config)) console.warn(`warning: ${warning}`);

  const result = await buildTeamsPackage(packageSettingsFrom(config), outFile);
  const bot = (result.manifest.bots as { botId: string; scopes: string[] }[])[0];
  console.log(`manifest ${String(result.manifest.manifestVersion)} (app id ${String(result.manifest.id)}, version ${String(result.manifest.version)}) valid against the bundled Teams schema`);
  console.log(`bot ${bot?.botId} in ${bot?.scopes.join(', ')}; validDomains ${JSON.stringify(result.manifest.validDomains)}`);
  console.log(`icons ok: color 192×192, outline 32×32 white on transparent`);
  for (const file of result.files) console.log(`  ${file.name.padEnd(14)} ${file.bytes} bytes`);
  console.log(`wrote ${result.outFile} (${result.zipBytes} bytes)`);
  console.log('next: upload it in the Teams admin center (Teams apps → Manage apps → Upload new app), or to test in Teams (Apps → Manage your apps → Upload an app)');
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => { process.exitCode = code; },
  (error: unknown) => {
    if (error instanceof PackageError) {
      console.error('Teams package not built:');
      for (const problem of error.problems) console.error(`  ${formatProblem(problem)}`);
    } else if (error instanceof ConfigError) {
      console.error(error.message);
    } else {
      console.error('Teams package failed:', error instanceof Error ? error.message : error);
    }
    process.exitCode = 1;
  },
);

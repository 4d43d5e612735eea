import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { formatReport, lintLocaleFolder, loadLanguageRules } from '../core/language/index.js';
import { ContentValidationError } from '../core/knowledge/validationError.js';
import { PROJECT_ROOT } from '../paths.js';

const USAGE = 'usage: npm run lint:language -- [folder] [--quiet] [--json]   (folder defaults to locales/de-x-simple)';
const FLAGS = ['--quiet', '--json', '--help'];

/**
 * `npm run lint:language`: checks every string below a locale folder against the Einfache-Sprache rules in
 * data/language/; returns the exit code: 0 passed, 1 a rule broken, 2 bad arguments or broken rule files.
 */
export function runLintLanguage(args: string[], print: (line: string) => void = console.log): number {
  const flags = new Set(args.filter((a) => a.startsWith('--')));
  const folders = args.filter((a) => !a.startsWith('--'));
  if (flags.has('--help') || [...flags].some((f) => !FLAGS.includes(f)) || folders.length > 1) {
    print(USAGE);
    return flags.has('--help') ? 0 : 2;
  }
  try {
    const report = lintLocaleFolder(resolve(folders[0] ?? 'locales/de-x-simple'), loadLanguageRules(PROJECT_ROOT));
    if (flags.has('--json')) print(JSON.stringify(report, null, 2));
    else formatReport(report, flags.has('--quiet')).forEach((line) => print(line));
    return report.passed ? 0 : 1;
  } catch (error) {
    if (!(error instanceof ContentValidationError)) throw error;
    print(error.message);
    return 2;
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  process.exitCode = runLintLanguage(process.argv.slice(2));
}

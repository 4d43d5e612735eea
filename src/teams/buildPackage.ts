import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { zipSync } from 'fflate';
import { PROJECT_ROOT } from '../paths.js';
import { checkLocalization, fillTemplate, findPlaceholders, type JsonObject } from './manifest.js';
import { checkIcons } from './pngChecks.js';
import { PackageError, type PackageProblem } from './problems.js';
import { validateAgainstBundledSchema } from './schemaValidation.js';
import { checkPackageSettings, type PackageSettings } from './settings.js';

/** Where the template, the localisation file and the icons live. */
export const APP_PACKAGE_DIR = join(PROJECT_ROOT, 'appPackage');
const TEMPLATE_FILE = 'manifest.template.json';
// a fixed timestamp keeps the zip byte-identical for the same input
const ZIP_MTIME = new Date('2026-01-01T00:00:00Z');

/** What `buildTeamsPackage` wrote. */
export interface PackageResult {
  outFile: string;
  manifest: JsonObject;
  /** The files at the zip root with their sizes in bytes. */
  files: { name: string; bytes: number }[];
  zipBytes: number;
}

function parseJson(file: string, text: string, problems: PackageProblem[]): JsonObject | undefined {
  try {
    return JSON.parse(text) as JsonObject;
  } catch (error) {
    problems.push({ file, path: '', message: `is not valid JSON: ${(error as Error).message}` });
    return undefined;
  }
}

function readPackageFile(dir: string, file: unknown, field: string, problems: PackageProblem[]): { name: string; bytes: Uint8Array } | undefined {
  // Teams expects every file at the zip root, so the manifest may name plain file names only.
  if (typeof file !== 'string' || file === '' || basename(file) !== file) {
    problems.push({ file: 'manifest.json', path: field, message: `must name a file next to the manifest, got ${JSON.stringify(file)}` });
    return undefined;
  }
  const path = join(dir, file);
  if (!existsSync(path)) {
    problems.push({ file, path: '', message: `named in manifest.json ${field} but not found in ${dir}` });
    return undefined;
  }
  return { name: file, bytes: readFileSync(path) };
}

/**
 * Builds the Teams app package: fills the manifest template, validates manifest and localisation files against the
 * bundled JSON schemas (offline), checks the icons and writes a zip with every file at its root.
 * @throws PackageError listing every problem found; nothing is written then.
 */
export async function buildTeamsPackage(settings: PackageSettings, outFile: string, appPackageDir = APP_PACKAGE_DIR): Promise<PackageResult> {
  const settingsProblems = checkPackageSettings(settings);
  if (settingsProblems.length > 0) throw new PackageError(settingsProblems);

  const problems: PackageProblem[] = [];
  const templatePath = join(appPackageDir, TEMPLATE_FILE);
  if (!existsSync(templatePath)) throw new PackageError([{ file: TEMPLATE_FILE, path: '', message: `not found in ${appPackageDir}` }]);
  const template = parseJson(TEMPLATE_FILE, readFileSync(templatePath, 'utf8'), problems);
  if (!template) throw new PackageError(problems);
  const manifest = fillTemplate(template, settings);
  problems.push(...findPlaceholders('manifest.json', manifest), ...(await validateAgainstBundledSchema('manifest.json', manifest)));

  const icons = (manifest.icons ?? {}) as { color?: unknown; outline?: unknown };
  const color = readPackageFile(appPackageDir, icons.color, '/icons/color', problems);
  const outline = readPackageFile(appPackageDir, icons.outline, '/icons/outline', problems);
  if (color && outline) problems.push(...checkIcons({ colorFile: color.name, color: color.bytes, outlineFile: outline.name, outline: outline.bytes }));

  const localizationInfo = (manifest.localizationInfo ?? {}) as { additionalLanguages?: { file?: unknown }[] };
  const localizations: { name: string; bytes: Uint8Array }[] = [];
  for (const [index, language] of (localizationInfo.additionalLanguages ?? []).entries()) {
    const file = readPackageFile(appPackageDir, language.file, `/localizationInfo/additionalLanguages/${index}/file`, problems);
    const parsed = file && parseJson(file.name, Buffer.from(file.bytes).toString('utf8'), problems);
    if (!file || !parsed) continue;
    problems.push(...(await validateAgainstBundledSchema(file.name, parsed)), ...checkLocalization(file.name, parsed, manifest));
    localizations.push(file);
  }
  if (problems.length > 0 || !color || !outline) throw new PackageError(problems);

  const entries: [string, Uint8Array][] = [
    ['manifest.json', Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`, 'utf8')],
    ...localizations.map((file): [string, Uint8Array] => [file.name, file.bytes]),
    [color.name, color.bytes],
    [outline.name, outline.bytes],
  ];
  const zip = zipSync(Object.fromEntries(entries), { level: 9, mtime: ZIP_MTIME });
  mkdirSync(dirname(outFile), { recursive: true });
  writeFileSync(outFile, zip);
  return { outFile, manifest, files: entries.map(([name, bytes]) => ({ name, bytes: bytes.byteLength })), zipBytes: zip.byteLength };
}

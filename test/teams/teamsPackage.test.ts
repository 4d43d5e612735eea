import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AppManifestUtils } from '@microsoft/app-manifest';
import { unzipSync } from 'fflate';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { PROJECT_ROOT } from '../../src/paths.js';
import { buildTeamsPackage, type PackageResult } from '../../src/teams/buildPackage.js';
import { readPngSize } from '../../src/teams/pngChecks.js';
import { validateAgainstBundledSchema } from '../../src/teams/schemaValidation.js';

const BOT_ID = 'e6177b8d-5bf6-4883-b6de-1390f1c45bad';
const PUBLIC_URL = 'https://lotse.example.org';
const GERMAN_COMMANDS = ['Förderprogramme', 'Ansprechstelle finden', 'Abgabe berechnen', 'Einfache Sprache', 'Hilfe'];
const ENGLISH_COMMANDS = ['Funding programmes', 'Find a contact point', 'Calculate the levy', 'Einfache Sprache', 'Help'];

const readJson = (bytes: Uint8Array | undefined): any => JSON.parse(Buffer.from(bytes ?? new Uint8Array()).toString('utf8'));
const actionLabels = (language: string): string[] =>
  Object.values(JSON.parse(readFileSync(join(PROJECT_ROOT, 'locales', language, 'translation.json'), 'utf8')).actions as Record<string, string>);

describe('Teams app package', () => {
  let dir: string;
  let result: PackageResult;
  let files: Record<string, Uint8Array>;
  let manifest: any;
  let english: any;
  const fetchSpy = vi.fn(() => Promise.reject(new Error('the package build must not use the network')));

  beforeAll(async () => {
    vi.stubGlobal('fetch', fetchSpy);
    dir = mkdtempSync(join(tmpdir(), 'teams-package-'));
    result = await buildTeamsPackage({ botId: BOT_ID, publicUrl: PUBLIC_URL }, join(dir, 'out', 'appPackage.zip'));
    files = unzipSync(readFileSync(result.outFile));
    manifest = readJson(files['manifest.json']);
    english = readJson(files['en.json']);
  });
  afterAll(() => {
    vi.unstubAllGlobals();
    rmSync(dir, { recursive: true, force: true });
  });

  it('holds exactly manifest.json, en.json and the two icons at the zip root', () => {
    expect(Object.keys(files).sort()).toEqual(['color.png', 'en.json', 'manifest.json', 'outline.png']);
    expect(result.files.map((f) => f.name).sort()).toEqual(Object.keys(files).sort());
  });

  it('validates manifest and localisation against the bundled schemas without any download', async () => {
    // the library's own lookup by $schema, independent of our wrapper
    expect(await AppManifestUtils.validateAgainstSchema(manifest)).toEqual([]);
    expect(await validateAgainstBundledSchema('en.json', english)).toEqual([]);
    expect(manifest.manifestVersion).toBe('1.23');
    expect(fetchSpy).not.toHaveBeenCalled();
  });

  it('fills the bot id, the domain and the URLs from the settings', () => {
    expect(manifest.bots).toHaveLength(1);
    expect(manifest.bots[0].botId).toBe(BOT_ID);
    expect(manifest.id).not.toBe(BOT_ID);
    expect(manifest.bots[0].scopes).toEqual(['personal', 'team', 'groupChat']);
    expect(manifest.validDomains).toContain('lotse.example.org');
    expect(manifest.developer).toMatchObject({
      websiteUrl: PUBLIC_URL,
      privacyUrl: `${PUBLIC_URL}/datenschutz`,
      termsOfUseUrl: `${PUBLIC_URL}/nutzungsbedingungen`,
    });
    expect(JSON.stringify(manifest)).not.toMatch(/\{\{/);
  });

  it('is German by default with an English localisation', () => {
    expect(manifest.localizationInfo).toEqual({ defaultLanguageTag: 'de-DE', additionalLanguages: [{ languageTag: 'en-US', file: 'en.json' }] });
    expect(manifest.name.short).toBe('Inklusionslotse NRW');
    expect(manifest.description.short.length).toBeLessThanOrEqual(80);
    expect(manifest.description.full).toMatch(/Arbeitgeber/);
    expect(english['description.full']).toMatch(/employers/);
  });

  it('icons are 192×192 and 32×32, the outline only white on transparency', () => {
    expect(readPngSize(files['color.png']!)).toEqual({ width: 192, height: 192 });
    expect(readPngSize(files['outline.png']!)).toEqual({ width: 32, height: 32 });
    const outline = PNG.sync.read(Buffer.from(files['outline.png']!));
    expect([outline.width, outline.height]).toEqual([32, 32]);
    let white = 0;
    for (let i = 0; i < outline.data.length; i += 4) {
      if (outline.data[i + 3] === 0) continue;
      expect([outline.data[i], outline.data[i + 1], outline.data[i + 2]]).toEqual([255, 255, 255]);
      white++;
    }
    expect(white).toBeGreaterThan(50);
    const color = PNG.sync.read(Buffer.from(files['color.png']!));
    expect([...color.data.subarray(0, 4)]).toEqual([0x00, 0x5a, 0x9c, 255]);
  });

  it('offers the five commands in each scope, in German and in English', () => {
    const lists = manifest.bots[0].commandLists;
    expect(lists.map((list: any) => list.scopes)).toEqual([['personal'], ['team'], ['groupChat']]);
    lists.forEach((list: any, l: number) => {
      expect(list.commands.map((c: any) => c.title)).toEqual(GERMAN_COMMANDS);
      for (const command of list.commands) expect(command.description).toMatch(/\S/);
      expect(ENGLISH_COMMANDS.map((_t, c) => english[`bots[0].commandLists[${l}].commands[${c}].title`])).toEqual(ENGLISH_COMMANDS);
      for (let c = 0; c < ENGLISH_COMMANDS.length; c++) expect(english[`bots[0].commandLists[${l}].commands[${c}].description`]).toMatch(/\S/);
    });
  });

  it('uses command titles the bot understands as button labels', () => {
    for (const title of GERMAN_COMMANDS) expect(actionLabels('de')).toContain(title);
    for (const title of ENGLISH_COMMANDS) expect(actionLabels('en')).toContain(title);
  });

  it('writes the same bytes on every run', async () => {
    const again = await buildTeamsPackage({ botId: BOT_ID, publicUrl: PUBLIC_URL }, join(dir, 'again.zip'));
    expect(readFileSync(again.outFile).equals(readFileSync(result.outFile))).toBe(true);
  });
});

describe('npm run teams:package', () => {
  const run = (env: Record<string, string>, cwd: string) => spawnSync(
    process.execPath,
    [join(PROJECT_ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs'), join(PROJECT_ROOT, 'src', 'cli', 'teamsPackage.ts'), '--out', join(cwd, 'app.zip')],
    // an empty working directory, so no .env is read; dotenv never overrides variables that are set
    { cwd, env: { PATH: process.env.PATH ?? '', ...env }, encoding: 'utf8', timeout: 60_000 },
  );

  it('writes a valid package with a dummy id and says what it checked', () => {
    const cwd = mkdtempSync(join(tmpdir(), 'teams-cli-'));
    try {
      const result = run({ MicrosoftAppId: BOT_ID, MicrosoftAppPassword: 'secret', PUBLIC_URL }, cwd);
      expect(result.status, result.stderr).toBe(0);
      expect(result.stdout).toMatch(/valid against the bundled Teams schema/);
      expect(result.stdout).toContain(BOT_ID);
      const zip = readFileSync(join(cwd, 'app.zip'));
      expect(zip.subarray(0, 4).toString('latin1')).toBe('PK\u0003\u0004');
      for (const name of ['manifest.json', 'en.json', 'color.png', 'outline.png']) expect(zip.includes(Buffer.from(name))).toBe(true);
    } finally {
      rmSync(cwd, { recursive: true, force: true });
    }
  });

  it('exits 1 and names MicrosoftAppId when it is missing', () => {
    const cwd = mkdtempSync(join(tmpdir(), 'teams-cli-'));
    try {
      const result = run({ MicrosoftAppId: '', PUBLIC_URL }, cwd);
      expect(result.status).toBe(1);
      expect(result.stderr).toMatch(/MicrosoftAppId: is empty/);
      expect(result.stderr).not.toMatch(/PUBLIC_URL/);
    } finally {
      rmSync(cwd, { recursive: true, force: true });
    }
  });

  it('exits 1 and names PUBLIC_URL when it is not https', () => {
    const cwd = mkdtempSync(join(tmpdir(), 'teams-cli-'));
    try {
      const result = run({ MicrosoftAppId: BOT_ID, MicrosoftAppPassword: 'secret', PUBLIC_URL: 'http://lotse.example.org' }, cwd);
      expect(result.status).toBe(1);
      expect(result.stderr).toMatch(/PUBLIC_URL: must start with https:\/\//);
    } finally {
      rmSync(cwd, { recursive: true, force: true });
    }
  });
});

import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import { afterEach, describe, expect, it } from 'vitest';
import { APP_PACKAGE_DIR, buildTeamsPackage } from '../../src/teams/buildPackage.js';
import { renderOutlineIcon } from '../../src/teams/icons.js';
import { PackageError, type PackageProblem } from '../../src/teams/problems.js';
import { checkPackageSettings } from '../../src/teams/settings.js';

const SETTINGS = { botId: 'e6177b8d-5bf6-4883-b6de-1390f1c45bad', publicUrl: 'https://lotse.example.org' };
const dirs: string[] = [];

/** A copy of appPackage/ with one file changed. */
function brokenPackage(change: (dir: string) => void): string {
  const dir = mkdtempSync(join(tmpdir(), 'teams-broken-'));
  dirs.push(dir);
  cpSync(APP_PACKAGE_DIR, join(dir, 'appPackage'), { recursive: true });
  change(join(dir, 'appPackage'));
  return dir;
}

const editJson = (file: string, edit: (json: any) => void) => (dir: string) => {
  const json = JSON.parse(readFileSync(join(dir, file), 'utf8'));
  edit(json);
  writeFileSync(join(dir, file), JSON.stringify(json));
};

const solidPng = (size: number, rgba: [number, number, number, number]): Buffer => {
  const png = new PNG({ width: size, height: size });
  for (let i = 0; i < png.data.length; i += 4) png.data.set(rgba, i);
  return PNG.sync.write(png);
};

async function problemsOf(dir: string): Promise<PackageProblem[]> {
  const outFile = join(dir, 'out.zip');
  try {
    await buildTeamsPackage(SETTINGS, outFile, join(dir, 'appPackage'));
  } catch (error) {
    expect(error).toBeInstanceOf(PackageError);
    expect(existsSync(outFile)).toBe(false);
    return (error as PackageError).problems;
  }
  throw new Error('the broken package was built');
}

afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('buildTeamsPackage finds what Teams would reject', () => {
  it.each([
    ['a short description over 80 characters', editJson('manifest.template.json', (m) => { m.description.short = 'x'.repeat(81); }), 'manifest.json', '/description/short', /more than 80 characters/],
    ['eleven commands in a list', editJson('manifest.template.json', (m) => { m.bots[0].commandLists[0].commands = Array(11).fill({ title: 'Hilfe', description: 'x' }); }), 'manifest.json', '/bots/0/commandLists/0/commands', /more than 10 items/],
    ['an unknown manifest field', editJson('manifest.template.json', (m) => { m.colour = 'blue'; }), 'manifest.json', '', /additional properties.*colour/],
    ['an unknown placeholder', editJson('manifest.template.json', (m) => { m.developer.name = '{{ORGANISATION}}'; }), 'manifest.json', '/developer/name', /unknown placeholder \{\{ORGANISATION\}\}/],
    ['a schema version that is not bundled', editJson('manifest.template.json', (m) => { m.$schema = 'https://developer.microsoft.com/json-schemas/teams/v1.99/MicrosoftTeams.schema.json'; }), 'manifest.json', '/$schema', /not a schema bundled/],
    ['an icon in a sub-folder', editJson('manifest.template.json', (m) => { m.icons.color = 'icons/color.png'; }), 'manifest.json', '/icons/color', /file next to the manifest/],
    ['an English short description over 80 characters', editJson('en.json', (l) => { l['description.short'] = 'x'.repeat(81); }), 'en.json', '/description.short', /more than 80 characters/],
    ['a missing command translation', editJson('en.json', (l) => { delete l['bots[0].commandLists[1].commands[2].title']; }), 'en.json', '/bots[0].commandLists[1].commands[2].title', /is missing/],
    ['a translation of a text the manifest lacks', editJson('en.json', (l) => { l['bots[0].commandLists[0].commands[7].title'] = 'Extra'; }), 'en.json', '/bots[0].commandLists[0].commands[7].title', /does not have/],
    ['a localisation for another schema version', editJson('en.json', (l) => { l.$schema = 'https://developer.microsoft.com/json-schemas/teams/v1.22/MicrosoftTeams.Localization.schema.json'; }), 'en.json', '/$schema', /v1\.22.*v1\.23.*must match/],
    ['a colour icon of the wrong size', (dir: string) => writeFileSync(join(dir, 'color.png'), solidPng(100, [0, 90, 156, 255])), 'color.png', '', /100×100 pixels, Teams requires 192×192/],
    ['an outline icon with a blue pixel', (dir: string) => {
      const outline = PNG.sync.read(renderOutlineIcon());
      outline.data.set([0, 90, 156, 255], (3 * 32 + 5) * 4);
      writeFileSync(join(dir, 'outline.png'), PNG.sync.write(outline));
    }, 'outline.png', 'x 5, y 3', /1 visible pixels are not pure white/],
    ['an empty outline icon', (dir: string) => writeFileSync(join(dir, 'outline.png'), solidPng(32, [255, 255, 255, 0])), 'outline.png', '', /fully transparent/],
    ['an outline icon that is no PNG', (dir: string) => writeFileSync(join(dir, 'outline.png'), 'GIF89a'), 'outline.png', '', /not a PNG/],
    ['a template that is not JSON', (dir: string) => writeFileSync(join(dir, 'manifest.template.json'), '{ "id": '), 'manifest.template.json', '', /not valid JSON/],
    ['a missing localisation file', (dir: string) => rmSync(join(dir, 'en.json')), 'en.json', '', /not found/],
  ])('reports %s', async (_case, change, file, path, message) => {
    const problems = await problemsOf(brokenPackage(change));
    expect(problems).toContainEqual(expect.objectContaining({ file, path, message: expect.stringMatching(message) }));
  });
});

describe('checkPackageSettings', () => {
  it.each([
    [{ botId: '', publicUrl: SETTINGS.publicUrl }, 'MicrosoftAppId', /is empty/],
    [{ botId: 'my-bot', publicUrl: SETTINGS.publicUrl }, 'MicrosoftAppId', /not a GUID/],
    [{ botId: SETTINGS.botId, publicUrl: '' }, 'PUBLIC_URL', /is empty/],
    [{ botId: SETTINGS.botId, publicUrl: 'http://lotse.example.org' }, 'PUBLIC_URL', /https/],
    [{ botId: SETTINGS.botId, publicUrl: 'https://lotse.example.org/?x=1' }, 'PUBLIC_URL', /without user, \?query or #fragment/],
  ])('rejects %j naming %s', (settings, variable, message) => {
    expect(checkPackageSettings(settings)).toEqual([expect.objectContaining({ path: variable, message: expect.stringMatching(message) })]);
  });

  it('accepts a GUID and an https base URL, also with a path', () => {
    expect(checkPackageSettings(SETTINGS)).toEqual([]);
    expect(checkPackageSettings({ ...SETTINGS, publicUrl: 'https://www.example.org/lotse' })).toEqual([]);
  });
});

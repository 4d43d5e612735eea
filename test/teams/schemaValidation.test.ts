import { describe, expect, it } from 'vitest';
import { valueAtKey } from '../../src/teams/manifest.js';
import { bundledSchemaFile, escapeLoneBrackets, repairPatterns } from '../../src/teams/schemaValidation.js';

describe('bundledSchemaFile', () => {
  it.each([
    ['https://developer.microsoft.com/json-schemas/teams/v1.23/MicrosoftTeams.schema.json', /teams[\\/]v1\.23[\\/]MicrosoftTeams\.schema\.json$/],
    ['https://developer.microsoft.com/en-us/json-schemas/teams/v1.23/MicrosoftTeams.Localization.schema.json', /teams[\\/]v1\.23[\\/]MicrosoftTeams\.Localization\.schema\.json$/],
    ['https://developer.microsoft.com/json-schemas/teams/v1.99/MicrosoftTeams.schema.json', undefined],
    ['https://example.org/json-schemas/teams/v1.23/MicrosoftTeams.schema.json', undefined],
    ['http://developer.microsoft.com/json-schemas/teams/v1.23/MicrosoftTeams.schema.json', undefined],
    ['https://developer.microsoft.com/json-schemas/teams/v1.23/../../../package.json', undefined],
  ])('%s → %s', (url, expected) => {
    const file = bundledSchemaFile(url);
    if (expected) expect(file).toMatch(expected);
    else expect(file).toBeUndefined();
  });
});

describe('escapeLoneBrackets', () => {
  it.each([
    ['^a\\[\\b([0-9]|1[0-2])\\b]\\.description$', '^a\\[\\b([0-9]|1[0-2])\\b\\]\\.description$'],
    ['[a-z]+', '[a-z]+'],
    ['[\\]]x]', '[\\]]x\\]'],
    ['a\\]b', 'a\\]b'],
  ])('%s → %s', (pattern, expected) => {
    expect(escapeLoneBrackets(pattern)).toBe(expected);
    expect(() => new RegExp(expected, 'u')).not.toThrow();
  });

  it('keeps what the pattern matches', () => {
    const legacy = new RegExp('^x\\[\\b(1[0-2])\\b]$');
    const repaired = new RegExp(escapeLoneBrackets(legacy.source), 'u');
    for (const text of ['x[11]', 'x[13]', 'x[1]']) expect(repaired.test(text)).toBe(legacy.test(text));
  });

  it('repairs only the patterns that do not compile with the u flag', () => {
    const schema = { patternProperties: { '^ok$': { pattern: 'a]' }, 'b]': {} }, properties: { x: { pattern: '^[a-z]$' } } };
    expect(repairPatterns(schema)).toEqual({ patternProperties: { '^ok$': { pattern: 'a\\]' }, 'b\\]': {} }, properties: { x: { pattern: '^[a-z]$' } } });
  });
});

describe('valueAtKey', () => {
  const manifest = { name: { short: 'Lotse' }, bots: [{ commandLists: [{ commands: [{ title: 'Hilfe' }] }] }] };
  it.each([
    ['name.short', 'Lotse'],
    ['bots[0].commandLists[0].commands[0].title', 'Hilfe'],
    ['bots[0].commandLists[1].commands[0].title', undefined],
    ['name.full', undefined],
  ])('%s → %s', (key, expected) => expect(valueAtKey(manifest, key)).toBe(expected));
});

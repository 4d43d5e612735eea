import { describe, expect, it } from 'vitest';
import { CommandMatcher } from '../../dialogs/commands.js';
import { loadContent } from '../../src/core/content.js';
import { ANSWER_LANGUAGES, createLocalizer } from '../../src/i18n.js';
import { PROJECT_ROOT } from '../../src/paths.js';

const content = loadContent(PROJECT_ROOT);
const commands = new CommandMatcher(createLocalizer(PROJECT_ROOT, content.knowledge, ANSWER_LANGUAGES), content.regions.districts.map((d) => d.name));

describe('CommandMatcher', () => {
  it('knows the button labels of every language and card submits', () => {
    expect(commands.match('Ansprechstelle finden', undefined)).toBe('findContact');
    expect(commands.match('find a contact point', undefined)).toBe('findContact');
    expect(commands.match(undefined, { command: 'levy' })).toBe('levy');
    expect(commands.match(undefined, { command: 'format-disk' })).toBeUndefined();
  });

  it('takes the remembered-district label for every district, in every language', () => {
    expect(commands.match('Ansprechstellen: Kreis Soest', undefined)).toBe('findContact');
    expect(commands.match('Beratung: Städteregion Aachen', undefined)).toBe('findContact');
    expect(commands.match('Contact points: Köln', undefined)).toBe('findContact');
  });

  it('does not take a question that only starts like that label for a command', () => {
    expect(commands.match('Ansprechstellen: Kreis Soest oder Kreis Lippe?', undefined)).toBeUndefined();
    expect(commands.match('Ansprechstellen: Berlin', undefined)).toBeUndefined();
    expect(commands.match('Beratung zur Ausgleichsabgabe', undefined)).toBeUndefined();
  });
});

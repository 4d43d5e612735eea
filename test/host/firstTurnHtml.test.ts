import type { Activity } from 'botbuilder';
import { describe, expect, it } from 'vitest';
import { firstTurnHtml } from '../../src/host/firstTurnHtml.js';
import { PageTemplate } from '../../src/host/pageTemplate.js';
import { writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const labels = { suggestions: 'Vorschläge' };
const message = (text: string, actions: string[] = []): Partial<Activity> => ({
  type: 'message',
  text,
  suggestedActions: actions.length ? { to: [], actions: actions.map((title) => ({ type: 'imBack', title, value: title })) } : undefined,
});

describe('firstTurnHtml', () => {
  it.each([
    ['paragraphs and line breaks', [message('Guten Tag!\n\nZweiter Absatz\nmit Umbruch')], '<div class="chat-static__message"><p>Guten Tag!</p><p>Zweiter Absatz<br>mit Umbruch</p></div>'],
    ['escaped text', [message('<script>alert(1)</script> & "x"')], '<p>&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;x&quot;</p>'],
    ['the suggestions of the last message that has some', [message('a', ['Eins']), message('b', ['Zwei', 'Drei'])], 'aria-label="Vorschläge"><button type="button" class="chat-static__action" data-value="Zwei">Zwei</button><button type="button" class="chat-static__action" data-value="Drei">Drei</button></div>'],
    ['escaped suggestion values', [message('a', ['"><img src=x>'])], 'data-value="&quot;&gt;&lt;img src=x&gt;">&quot;&gt;&lt;img src=x&gt;</button>'],
  ])('renders %s', (_label, activities, expected) => {
    expect(firstTurnHtml(activities, labels)).toContain(expected);
  });

  it('leaves out typing indicators, empty messages and an empty suggestion group', () => {
    const html = firstTurnHtml([{ type: 'typing' }, { type: 'message', text: '' }], labels);
    expect(html).toBe('<div class="chat-static__log"></div>');
  });
});

describe('PageTemplate', () => {
  it('fills {{key}} escaped and {{{name}}} as markup, in one pass', () => {
    const dir = mkdtempSync(join(tmpdir(), 'page-template-'));
    writeFileSync(join(dir, 'page.html'), '<p title="{{a}}">{{{html}}}</p>{{{missing}}}');
    const rendered = new PageTemplate(join(dir, 'page.html')).render((key) => `<${key}>`, { html: '<b>{{a}}</b>' });
    expect(rendered).toBe('<p title="&lt;a&gt;"><b>{{a}}</b></p>');
  });
});

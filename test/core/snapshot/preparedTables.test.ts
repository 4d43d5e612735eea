import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadContent } from '../../../src/core/content.js';
import { compileParaphrases, createParaphraseRewriter, rewriterFrom } from '../../../src/core/recognizer/plainParaphrases.js';
import { readContentSnapshot, writeContentSnapshot } from '../../../src/core/snapshot/contentSnapshot.js';
import { tokenize } from '../../../src/core/text/tokenize.js';
import { PROJECT_ROOT } from '../../../src/paths.js';

const dir = mkdtempSync(join(tmpdir(), 'prepared-tables-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const STAMPS = { data: 'data', code: { 'src/core': 'code' } };
const content = loadContent(PROJECT_ROOT);
const path = join(dir, 'content.snapshot');
writeContentSnapshot(path, content, STAMPS);
const stored = readContentSnapshot(path, { data: 'data', code: { path: 'src/core', hash: 'code' } });
const plain = { paraphrases: content.intents.plainParaphrases, ...content.intents.plainClasses };

// messages through paraphrases in a sentence and in the whole message, a separable verb, slips of long cue words
const MESSAGES = [
  'Mein Mitarbeiter sieht fast nichts mehr.',
  'Keiner hat einen Ausweis. Was müssen wir zahlen?',
  'Wer arbeitet ihn ein, wenn er neu ist?',
  'Sie kann die Arme kaum bewegen und braucht jemand, der ihr hilft.',
  'Er hat einen Schwerbehindertenausweiß und ist oft entlasen worden',
  'Wie hoch ist die Ausgleichsabgabe?',
];

describe('prepared recognizer tables in the content snapshot', () => {
  it('stores the compiled paraphrases equal to freshly compiled ones', () => {
    expect(stored).toBeDefined();
    expect(stored!.recognizerParaphrases).toEqual(compileParaphrases(plain));
    expect(stored!.recognizerParaphrases.compiled.length).toBe(content.intents.plainParaphrases.length);
  });

  it.each(MESSAGES)('rewrites "%s" from the stored tables as from the data', (message) => {
    const tokens = tokenize(message);
    expect(rewriterFrom(stored!.recognizerParaphrases)(message, tokens)).toEqual(createParaphraseRewriter(plain)(message, tokens));
  });
});

describe('the messages of the check above', () => {
  it('include ones that paraphrases rewrite (otherwise the comparison would prove nothing)', () => {
    const rewrite = rewriterFrom(stored!.recognizerParaphrases);
    const changed = MESSAGES.filter((message) => rewrite(message, tokenize(message)).map((t) => t.folded).join(' ') !== tokenize(message).map((t) => t.folded).join(' '));
    expect(changed.length).toBeGreaterThanOrEqual(3);
  });
});

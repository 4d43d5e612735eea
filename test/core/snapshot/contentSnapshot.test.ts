import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadContent, understandFor, type Content } from '../../../src/core/content.js';
import { CONTENT_SNAPSHOT_PATH, readContentSnapshot, writeContentSnapshot } from '../../../src/core/snapshot/contentSnapshot.js';
import { contentSourceStamp } from '../../../src/core/snapshot/sourceStamp.js';
import { loadStartContent } from '../../../src/core/snapshot/startContent.js';
import { PROJECT_ROOT } from '../../../src/paths.js';

const QUESTION_FILES = [
  join(PROJECT_ROOT, 'test/core/recognizer/realistic-questions.jsonl'),
  join(PROJECT_ROOT, 'test/core/recognizer/own-questions.jsonl'),
  // the shared dev set, where this checkout has it
  '/work/shared/eval/questions-dev.jsonl',
];
// places through every path of the place index: postal codes in and outside NRW, a typo, a region, a district variant
const PLACE_TEXTS = ['Integrationsfachdienst in 59555', 'Wir sitzen in 80331', 'EAA in Lipstadt', 'Wir sind im Sauerland', 'Ansprechpartner Rhein-Sieg', 'Inklusionsamt Bielfeld'];

const questions = (): string[] => [
  ...QUESTION_FILES.filter((file) => existsSync(file)).flatMap((file) =>
    readFileSync(file, 'utf8').split('\n').filter((line) => line.trim()).map((line) => (JSON.parse(line) as { q: string }).q)),
  ...PLACE_TEXTS,
];

let dir: string;
let content: Content;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'content-snapshot-'));
  content = loadContent(PROJECT_ROOT);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('content snapshot', () => {
  it('answers every question exactly as the content it was written from', () => {
    const path = join(dir, 'round-trip.snapshot');
    writeContentSnapshot(path, content, 'stamp');
    const restored = readContentSnapshot(path, 'stamp');
    expect(restored).toBeDefined();
    const fresh = understandFor(content);
    const fromSnapshot = understandFor(restored!);
    const texts = questions();
    expect(texts.length).toBeGreaterThan(200);
    for (const text of texts) expect({ text, understood: fromSnapshot(text) }).toEqual({ text, understood: fresh(text) });
  });

  it('restores the postal codes and the place typo matcher', () => {
    const path = join(dir, 'places.snapshot');
    writeContentSnapshot(path, content, 'stamp');
    const { regions } = readContentSnapshot(path, 'stamp')!;
    expect(regions.postcodes.placesOf('80331')).toEqual(content.regions.postcodes.placesOf('80331'));
    expect(regions.postcodes.placesOf('00000')).toBeUndefined();
    expect(regions.index.typo.find('lipstadt')).toEqual(content.regions.index.typo.find('lipstadt'));
    expect(regions.index.typo.find('lipstadt')?.key).toBe('lippstadt');
  });

  const unusable: [string, (path: string) => void, string][] = [
    ['another stamp (stale sources)', (path) => writeContentSnapshot(path, content, 'old stamp'), 'stamp'],
    ['a missing file', () => undefined, 'stamp'],
    ['an empty file', (path) => writeFileSync(path, ''), 'stamp'],
    ['text instead of a snapshot', (path) => writeFileSync(path, '{"format":1,"stamp":"stamp"}'), 'stamp'],
    ['a truncated file', (path) => { writeContentSnapshot(path, content, 'stamp'); writeFileSync(path, readFileSync(path).subarray(0, 5000)); }, 'stamp'],
  ];
  it.each(unusable)('ignores %s', (name, write, stamp) => {
    const path = join(dir, `${name.replace(/\W+/g, '-')}.snapshot`);
    write(path);
    expect(readContentSnapshot(path, stamp)).toBeUndefined();
  });
});

describe('source stamp', () => {
  it('changes when a data file, a text or the code changes, and only then', () => {
    const root = mkdtempSync(join(dir, 'stamp-'));
    for (const sub of ['data', 'locales/de', 'src/core']) mkdirSync(join(root, sub), { recursive: true });
    const files = ['data/a.json', 'locales/de/b.json', 'src/core/c.ts'];
    for (const file of files) writeFileSync(join(root, file), '{}');
    const before = contentSourceStamp(root);
    expect(contentSourceStamp(root)).toBe(before);
    for (const file of files) {
      writeFileSync(join(root, file), '{ }');
      const changed = contentSourceStamp(root);
      expect(changed, file).not.toBe(before);
      writeFileSync(join(root, file), '{}');
    }
    writeFileSync(join(root, 'README.md'), 'not content');
    expect(contentSourceStamp(root)).toBe(before);
  });
});

describe('loadStartContent', () => {
  // the project's sources under another root, with a dist/ of its own
  let root: string;
  beforeAll(() => {
    root = mkdtempSync(join(dir, 'root-'));
    for (const source of ['data', 'locales', 'src', 'package.json', 'package-lock.json']) symlinkSync(join(PROJECT_ROOT, source), join(root, source));
    mkdirSync(join(root, 'dist'));
  });

  it('uses a snapshot of the same sources, and loads the sources without one, with a stale or a broken one', () => {
    const path = join(root, CONTENT_SNAPSHOT_PATH);
    expect(loadStartContent(root).from).toBe('sources');
    writeContentSnapshot(path, content, contentSourceStamp(root));
    const started = loadStartContent(root);
    expect(started.from).toBe('snapshot');
    expect(started.content.knowledge.topics.map((t) => t.id)).toEqual(content.knowledge.topics.map((t) => t.id));
    writeContentSnapshot(path, content, 'stamp of other sources');
    expect(loadStartContent(root).from).toBe('sources');
    writeFileSync(path, 'broken');
    expect(loadStartContent(root).from).toBe('sources');
  });
});

import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadContent, understandFor, type Content } from '../../../src/core/content.js';
import { CONTENT_SNAPSHOT_PATH, readContentSnapshot, writeContentSnapshot, type SnapshotStamps } from '../../../src/core/snapshot/contentSnapshot.js';
import { codeHash, dataStamp, sourceStamp, type SourceStamp } from '../../../src/core/snapshot/sourceStamp.js';
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

// a stamp as the reader computes it, and the stamps a build writes for it
const STAMP: SourceStamp = { data: 'data', code: { path: 'src/core', hash: 'code' } };
const WRITTEN: SnapshotStamps = { data: 'data', code: { 'src/core': 'code', 'dist/server/main.js': 'bundle' } };

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
    writeContentSnapshot(path, content, WRITTEN);
    const restored = readContentSnapshot(path, STAMP);
    expect(restored).toBeDefined();
    const fresh = understandFor(content);
    const fromSnapshot = understandFor(restored!);
    const texts = questions();
    expect(texts.length).toBeGreaterThan(200);
    for (const text of texts) expect({ text, understood: fromSnapshot(text) }).toEqual({ text, understood: fresh(text) });
  });

  it('restores the postal codes and the place typo matcher', () => {
    const path = join(dir, 'places.snapshot');
    writeContentSnapshot(path, content, WRITTEN);
    const { regions } = readContentSnapshot(path, STAMP)!;
    expect(regions.postcodes.placesOf('80331')).toEqual(content.regions.postcodes.placesOf('80331'));
    expect(regions.postcodes.placesOf('00000')).toBeUndefined();
    expect(regions.index.typo.find('lipstadt')).toEqual(content.regions.index.typo.find('lipstadt'));
    expect(regions.index.typo.find('lipstadt')?.key).toBe('lippstadt');
  });

  const unusable: [string, (path: string) => void, SourceStamp][] = [
    ['other data (stale sources)', (path) => writeContentSnapshot(path, content, { ...WRITTEN, data: 'old data' }), STAMP],
    ['other code (changed since the build)', (path) => writeContentSnapshot(path, content, WRITTEN), { ...STAMP, code: { path: 'src/core', hash: 'changed' } }],
    ['no hash for the running form of the code', (path) => writeContentSnapshot(path, content, WRITTEN), { ...STAMP, code: { path: 'dist/src/core', hash: 'code' } }],
    ['a missing file', () => undefined, STAMP],
    ['an empty file', (path) => writeFileSync(path, ''), STAMP],
    ['text instead of a snapshot', (path) => writeFileSync(path, '{"format":1}'), STAMP],
    ['a truncated file', (path) => { writeContentSnapshot(path, content, WRITTEN); writeFileSync(path, readFileSync(path).subarray(0, 5000)); }, STAMP],
  ];
  it.each(unusable)('ignores %s', (name, write, stamp) => {
    const path = join(dir, `${name.replace(/\W+/g, '-')}.snapshot`);
    write(path);
    expect(readContentSnapshot(path, stamp)).toBeUndefined();
  });
});

describe('source stamp', () => {
  it('changes when a data file or a text changes, and only then', () => {
    const root = mkdtempSync(join(dir, 'stamp-'));
    symlinkSync(join(PROJECT_ROOT, 'node_modules'), join(root, 'node_modules'));
    writeFileSync(join(root, 'package.json'), '{}');
    for (const sub of ['data', 'locales/de']) mkdirSync(join(root, sub), { recursive: true });
    const files = ['data/a.json', 'locales/de/b.json'];
    for (const file of files) writeFileSync(join(root, file), '{}');
    const before = dataStamp(root);
    expect(dataStamp(root)).toBe(before);
    for (const file of files) {
      writeFileSync(join(root, file), '{ }');
      expect(dataStamp(root), file).not.toBe(before);
      writeFileSync(join(root, file), '{}');
    }
    writeFileSync(join(root, 'README.md'), 'not content');
    expect(dataStamp(root)).toBe(before);
  });

  it('hashes the running code: a changed file of it changes the hash', () => {
    const code = mkdtempSync(join(dir, 'code-'));
    writeFileSync(join(code, 'a.ts'), 'export const a = 1;');
    const before = codeHash(code);
    writeFileSync(join(code, 'a.ts'), 'export const a = 2;');
    expect(codeHash(code)).not.toBe(before);
    expect(codeHash(join(code, 'missing'))).toBe('');
    // under vitest this module runs from its source
    expect(sourceStamp(PROJECT_ROOT).code).toEqual({ path: 'src/core', hash: codeHash(join(PROJECT_ROOT, 'src/core')) });
  });
});

describe('loadStartContent', () => {
  // the project's sources under another root, with a dist/ of its own
  let root: string;
  beforeAll(() => {
    root = mkdtempSync(join(dir, 'root-'));
    for (const source of ['data', 'locales', 'src', 'package.json', 'node_modules']) symlinkSync(join(PROJECT_ROOT, source), join(root, source));
    mkdirSync(join(root, 'dist'));
  });

  it('uses a snapshot of the same sources, and loads the sources without one, with a stale or a broken one', () => {
    const path = join(root, CONTENT_SNAPSHOT_PATH);
    expect(loadStartContent(root).from).toBe('sources');
    const stamp = sourceStamp(root);
    writeContentSnapshot(path, content, { data: stamp.data, code: { [stamp.code.path]: stamp.code.hash } });
    const started = loadStartContent(root);
    expect(started.from).toBe('snapshot');
    expect(started.content.knowledge.topics.map((t) => t.id)).toEqual(content.knowledge.topics.map((t) => t.id));
    writeContentSnapshot(path, content, { data: 'other data', code: { [stamp.code.path]: stamp.code.hash } });
    expect(loadStartContent(root).from).toBe('sources');
    writeFileSync(path, 'broken');
    expect(loadStartContent(root).from).toBe('sources');
  });
});

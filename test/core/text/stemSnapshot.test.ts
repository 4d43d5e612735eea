import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { recordStems, stemEnglish, stemGerman, useStemSnapshot } from '../../../src/core/text/stem.js';
import { readStemSnapshot, writeStemSnapshot, type StemSnapshotFile } from '../../../src/core/text/stemSnapshotFile.js';

const dir = mkdtempSync(join(tmpdir(), 'stems-'));
const file = join(dir, 'stems.bin');
afterEach(() => useStemSnapshot({ de: new Map(), en: new Map() }));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('stem snapshot', () => {
  it('records the stems computed and reads them back unchanged', () => {
    const words = ['arbeitsplatze', 'zuschusse', 'werkstatten'];
    const recorded = recordStems(() => { words.forEach(stemGerman); stemEnglish('employees'); });
    expect([...recorded.de.keys()].sort()).toEqual([...words].sort());
    writeStemSnapshot(file, recorded);
    const read = readStemSnapshot(file);
    expect(read?.de).toEqual(recorded.de);
    expect(read?.en.get('employees')).toBe('employe');
  });

  it('answers from the snapshot and stems words it lacks as before', () => {
    const unknown = stemGerman('mitarbeitern');
    useStemSnapshot({ de: new Map([['ausgleichsabgaben', 'from-snapshot']]), en: new Map() });
    expect(stemGerman('ausgleichsabgaben')).toBe('from-snapshot');
    expect(stemGerman('mitarbeitern')).toBe(unknown);
  });

  it.each([
    ['another stemmer version', (stored: StemSnapshotFile) => ({ ...stored, stemmer: 'snowball-stemmers@0.0.1' })],
    ['no German stems', (stored: StemSnapshotFile) => ({ ...stored, de: null })],
    ['German stems as a plain object', (stored: StemSnapshotFile) => ({ ...stored, de: Object.fromEntries(stored.de) })],
  ])('ignores a snapshot with %s', (_, change) => {
    writeStemSnapshot(file, { de: new Map([['a', 'b']]), en: new Map() });
    expect(readStemSnapshot(file)).toBeDefined();
    writeFileSync(file, serialize(change(deserialize(readFileSync(file)) as StemSnapshotFile)));
    expect(readStemSnapshot(file)).toBeUndefined();
  });

  it('ignores a missing or unreadable file', () => {
    expect(readStemSnapshot(join(dir, 'missing.bin'))).toBeUndefined();
    writeFileSync(file, '{not a snapshot');
    expect(readStemSnapshot(file)).toBeUndefined();
    writeStemSnapshot(file, { de: new Map([['arbeitsplatze', 'arbeitsplatz']]), en: new Map() });
    writeFileSync(file, readFileSync(file).subarray(0, 20));
    expect(readStemSnapshot(file)).toBeUndefined();
  });
});

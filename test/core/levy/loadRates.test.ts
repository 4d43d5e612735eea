import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ContentValidationError } from '../../../src/core/knowledge/validationError.js';
import { loadLevyRates, rateSetForYear } from '../../../src/core/levy/index.js';
import { PROJECT_ROOT } from '../../../src/paths.js';

const realFile = JSON.parse(readFileSync(join(PROJECT_ROOT, 'data/levy/rates.json'), 'utf8')) as { rateSets: Record<string, unknown>[] };

/** A root folder with `data/levy/rates.json` holding `content`. */
function rootWith(content: unknown): string {
  const root = mkdtempSync(join(tmpdir(), 'levy-rates-'));
  mkdirSync(join(root, 'data/levy'), { recursive: true });
  writeFileSync(join(root, 'data/levy/rates.json'), typeof content === 'string' ? content : JSON.stringify(content));
  return root;
}

function problemsOf(content: unknown): string[] {
  try {
    loadLevyRates(rootWith(content));
  } catch (error) {
    if (error instanceof ContentValidationError) return error.problems.map((p) => `${p.item} ${p.field}: ${p.problem}`);
    throw error;
  }
  return [];
}

const [set2024, set2025] = realFile.rateSets as [Record<string, unknown>, Record<string, unknown>];

describe('loadLevyRates', () => {
  it('loads the real file: 2024 alone, 2025 open-ended', () => {
    const table = loadLevyRates(PROJECT_ROOT);
    expect(table.rateSets.map((s) => [s.fromYear, s.toYear])).toEqual([[2024, 2024], [2025, null]]);
    expect(rateSetForYear(table, 2023)).toBeUndefined();
    expect(rateSetForYear(table, 2024)?.standard.quotaZero).toBe(720);
    expect(rateSetForYear(table, 2031)?.standard.quotaZero).toBe(815);
    expect(table.unconfirmed.length).toBeGreaterThan(0);
  });

  it('reports invalid JSON', () => {
    expect(problemsOf('{ "rateSets": [')[0]).toMatch(/invalid JSON/);
  });

  it('names the field of a broken amount', () => {
    const broken = { rateSets: [set2024, { ...set2025, standard: { quota3To5: 155, quota2To3: 275, quotaBelow2: '405', quotaZero: 815 } }] };
    expect(problemsOf(broken)).toEqual([expect.stringMatching(/^- rateSets\.1\.standard\.quotaBelow2: /)]);
  });

  it('refuses amounts that do not rise as the quota falls', () => {
    const broken = { rateSets: [set2024, { ...set2025, under60: { credited1To2: 155, creditedBelow1: 500, creditedZero: 465 } }] };
    expect(problemsOf(broken)).toEqual(['- rateSets.1.under60: amounts must rise as credited places fall']);
  });

  it('refuses a gap between rate sets and an open-ended set that is not the last', () => {
    expect(problemsOf({ rateSets: [set2024, { ...set2025, fromYear: 2026, confirmedThroughYear: 2026 }] })).toEqual(['2025 fromYear: must be 2025 (gap or overlap after 2024)']);
    expect(problemsOf({ rateSets: [{ ...set2024, toYear: null }, set2025] })).toEqual(['2024 toYear: only the last rate set may be open-ended']);
  });

  it('needs a source URL', () => {
    const problems = problemsOf({ rateSets: [set2024, { ...set2025, sources: ['not a url'] }] });
    expect(problems.length).toBeGreaterThan(0);
    for (const problem of problems) expect(problem).toMatch(/^- rateSets\.1\.sources\.0: /);
  });

  it('needs a source date in the form YYYY, YYYY-MM or YYYY-MM-DD', () => {
    const sources = [{ url: 'https://bih.de/', sourceDate: '27.10.2025' }];
    expect(problemsOf({ rateSets: [set2024, { ...set2025, sources }] }).some((p) => p.startsWith('- rateSets.1.sources.0'))).toBe(true);
  });
});

import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { formatReport, lintLocaleFolder, loadLanguageRules } from '../../../src/core/language/index.js';
import { runLintLanguage } from '../../../src/cli/lintLanguage.js';
import { PROJECT_ROOT } from '../../../src/paths.js';

const rules = loadLanguageRules(PROJECT_ROOT);
const base = mkdtempSync(join(tmpdir(), 'lint-language-'));
afterAll(() => rmSync(base, { recursive: true, force: true }));

/** A locale folder with the given files (path → JSON content). */
function folderWith(name: string, files: Record<string, unknown>): string {
  const dir = join(base, name);
  for (const [file, content] of Object.entries(files)) {
    mkdirSync(join(dir, file, '..'), { recursive: true });
    writeFileSync(join(dir, file), typeof content === 'string' ? content : JSON.stringify(content));
  }
  mkdirSync(dir, { recursive: true });
  return dir;
}

const passing = folderWith('passing', {
  'translation.json': {
    actions: { help: 'Hilfe', cancel: 'Abbrechen' },
    input: { tooLong: 'Ihre Nachricht ist zu lang. Bitte schreiben Sie höchstens {{max}} Zeichen.' },
    commandWords: { cancel: ['abbrechen', 'stop'] },
    page: { webChatLocale: 'de-DE', privacyUrl: 'https://example.org/datenschutz-und-impressum' },
  },
  'topics/abgabe.json': {
    title: 'Die Ausgleichs-Abgabe',
    answer: 'Haben Sie 20 Arbeits-Plätze oder mehr? Dann gilt eine Pflicht. Sie zahlen bis 31. März.',
    expert: 'Für Fachleute: § 160 Abs. 2 SGB IX; Staffelbeträge 155/275/405/815 Euro',
  },
});

const failing = folderWith('failing', {
  'translation.json': { ok: 'Alles gut.' },
  'topics/bem.json': { answer: 'Das BEM hilft z. B. bei einer langen Krankheit von Ihren Mitarbeiterinnen und Mitarbeitern im Betrieb.' },
});

describe('lintLocaleFolder', () => {
  it('checks every string, skips exempt keys, and passes simple texts', () => {
    const report = lintLocaleFolder(passing, rules);
    expect(report.results.map((r) => `${r.file} › ${r.key}`)).toEqual([
      'topics/abgabe.json › title',
      'topics/abgabe.json › answer',
      'translation.json › actions.help',
      'translation.json › actions.cancel',
      'translation.json › input.tooLong',
    ]);
    expect(report.passed).toBe(true);
    expect(report.summary).toMatchObject({ texts: 5, textsWithProblems: 0, problems: 0, sentences: 8 });
  });

  it('fails a text that breaks the rules and names file, key and problems', () => {
    const report = lintLocaleFolder(failing, rules);
    expect(report.passed).toBe(false);
    const lines = formatReport(report, true);
    expect(lines[0]).toMatch(/^topics\/bem\.json › answer: 1 sentence, words mean 16\.0 \/ max 16, .* — FAIL: sentence 1 has 16 words; abbreviation "z\. B\."; unexplained acronym "BEM"; long word "Mitarbeiterinnen"$/);
    expect(lines.some((l) => l.startsWith('translation.json › ok'))).toBe(false);
    expect(lines.at(-1)).toBe('plain-language check FAILED');
  });

  it('reports a broken JSON file as a failure', () => {
    const report = lintLocaleFolder(folderWith('broken', { 'translation.json': '{ "a": ' }), rules);
    expect(report.passed).toBe(false);
    expect(formatReport(report, false)[0]).toMatch(/^FAIL translation\.json › - › \(root\): invalid JSON/);
  });

  it('passes an empty or missing folder and says so', () => {
    for (const dir of [folderWith('empty', {}), join(base, 'missing')]) {
      const report = lintLocaleFolder(dir, rules);
      expect(report.passed).toBe(true);
      expect(formatReport(report, false)).toEqual([`no texts found in ${dir}`]);
    }
  });
});

describe('runLintLanguage (the CLI in-process)', () => {
  const run = (...args: string[]) => {
    const lines: string[] = [];
    const status = runLintLanguage(args, (line) => lines.push(line));
    return { status, stdout: lines.join('\n') };
  };

  it('prints one line per text and a summary', () => {
    const result = run(passing);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^translation\.json › input\.tooLong: 2 sentences, words mean 5\.5 \/ max 6, LIX \d+\.\d, WSTF1 -?\d+\.\d — ok$/m);
    expect(result.stdout).toMatch(/^5 texts in .*passing; 0 with problems \(0 problems\)$/m);
    expect(result.stdout).toMatch(/plain-language check passed$/);
  });

  it('--quiet prints only violations and the summary', () => {
    const result = run(failing, '--quiet');
    expect(result.status).toBe(1);
    expect(result.stdout.split('\n').filter((l) => l.includes(' › '))).toHaveLength(1);
    expect(result.stdout).toMatch(/2 texts in .*failing; 1 with problems \(4 problems\)/);
  });

  it('--json prints the report as JSON', () => {
    const result = run(failing, '--json');
    expect(result.status).toBe(1);
    expect(JSON.parse(result.stdout)).toMatchObject({ passed: false, summary: { texts: 2, problems: 4 } });
  });

  it('passes a folder without files, and answers 2 to an unknown option or two folders', () => {
    expect(run(folderWith('empty-cli', {}))).toMatchObject({ status: 0, stdout: expect.stringMatching(/^no texts found in /) });
    expect(run('--loud').status).toBe(2);
    expect(run(passing, failing).status).toBe(2);
  });
});

describe('npm run lint:language (a real process)', () => {
  const run = (...args: string[]) => spawnSync(
    process.execPath,
    [join(PROJECT_ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs'), join(PROJECT_ROOT, 'src', 'cli', 'lintLanguage.ts'), ...args],
    { cwd: base, encoding: 'utf8', timeout: 60_000 },
  );

  it('exits 0 on a passing folder and 1 on a failing one', () => {
    expect(run(passing, '--quiet')).toMatchObject({ status: 0, stdout: expect.stringMatching(/plain-language check passed\n$/) });
    expect(run(failing, '--quiet')).toMatchObject({ status: 1, stdout: expect.stringMatching(/plain-language check FAILED\n$/) });
  }, 60_000);
});

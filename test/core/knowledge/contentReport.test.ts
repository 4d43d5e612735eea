import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../../src/core/content.js';
import { contentReport, topicFreshness, type ContentReport } from '../../../src/core/knowledge/contentReport.js';
import type { Topic } from '../../../src/core/knowledge/knowledgeBase.js';
import { PROJECT_ROOT } from '../../../src/paths.js';

const content = loadContent(PROJECT_ROOT);
const contacts = [...content.regions.contacts.defaults, ...content.regions.contacts.regional];

/** A topic with only what the report reads. */
const topic = (extra: Partial<Topic>): Topic =>
  ({ id: 'beispiel', amounts: [], changes: [], links: [], sources: [], texts: {}, ...extra }) as unknown as Topic;

describe('topicFreshness', () => {
  const today = '2026-12-06';

  it('lists a programme that ends within 90 days as due soon, and as expired the day after it ended', () => {
    const ending = topic({ validUntil: '2027-02-28' });
    expect(topicFreshness(ending, today, new Set()).dueSoon).toEqual([{ kind: 'programme', id: 'beispiel', edge: 'until', date: '2027-02-28' }]);
    expect(topicFreshness(ending, '2027-03-01', new Set()).expired).toHaveLength(1);
    expect(topicFreshness(ending, '2026-08-01', new Set()).dueSoon).toEqual([]);
  });

  it('does not count an old amount as expired when a newer amount of the same id follows it', () => {
    const amounts = [
      { id: 'rate', value: 140, unit: 'eur', source: 'https://a.example/', validUntil: '2024-12-31' },
      { id: 'rate', value: 155, unit: 'eur', source: 'https://a.example/', validFrom: '2025-01-01' },
      { id: 'bonus', value: 1000, unit: 'eur', source: 'https://a.example/', validUntil: '2025-12-31' },
    ] as Topic['amounts'];
    expect(topicFreshness(topic({ amounts }), today, new Set()).expired).toEqual([{ kind: 'amount', id: 'bonus', edge: 'until', date: '2025-12-31' }]);
  });

  it('lists a change that takes effect within 90 days, sources older than two years and links never read', () => {
    const report = topicFreshness(
      topic({
        changes: [{ id: 'neu', validFrom: '2027-01-01', source: 'https://a.example/' }],
        sources: [{ url: 'https://a.example/', sourceDate: '2024-11' }, { url: 'https://b.example/', sourceDate: '2024-12-07' }, 'https://c.example/'],
        links: [{ id: 'a', url: 'http://www.a.example' }, { id: 'x', url: 'https://x.example/' }],
      }),
      today,
      new Set(['a.example', 'b.example', 'c.example']),
    );
    expect(report.dueSoon).toEqual([{ kind: 'change', id: 'neu', edge: 'from', date: '2027-01-01' }]);
    expect(report.oldSources).toEqual([{ url: 'https://a.example/', sourceDate: '2024-11' }]);
    expect(report.newestSourceDate).toBe('2024-12-07');
    expect(report.undatedSources).toBe(1);
    expect(report.linksNeverSeen).toEqual(['https://x.example/']);
  });
});

describe('contentReport over the real content on a fixed day', () => {
  const report = contentReport(content.knowledge, contacts, content.levyRates, '2026-12-06');

  it('covers every topic and has no expired fact', () => {
    expect(report.topics.map((t) => t.id)).toEqual(content.knowledge.topics.map((t) => t.id));
    expect(report.summary.expired).toBe(0);
  });

  it('claims no review that did not happen', () => {
    expect(report.summary.reviewed).toBe(content.knowledge.topics.filter((t) => t.reviewedOn).length);
  });

  it('names the rule for the levy amounts of last year and this year', () => {
    expect(report.levy).toEqual([
      { year: 2025, rule: 'published', provisional: false },
      { year: 2026, rule: 'unchangedBelowThreshold', provisional: false },
    ]);
  });

  it('shows KAoA-STAR as expired after 31.07.2027', () => {
    const later = contentReport(content.knowledge, contacts, content.levyRates, '2027-08-01');
    expect(later.topics.find((t) => t.id === 'kaoa-star')!.expired).toEqual([{ kind: 'programme', id: 'kaoa-star', edge: 'until', date: '2027-07-31' }]);
  });
});

describe('npm run content:report', () => {
  const cli = join(PROJECT_ROOT, 'src/cli/contentReport.ts');
  const tsx = join(PROJECT_ROOT, 'node_modules/.bin/tsx');
  const run = (...args: string[]) => spawnSync(tsx, [cli, ...args], { cwd: PROJECT_ROOT, encoding: 'utf8' });

  it('prints JSON for a fixed day and exits 0 when nothing has expired', () => {
    const result = run('--json', '--today', '2026-12-06');
    expect(result.status).toBe(0);
    const report = JSON.parse(result.stdout) as ContentReport;
    expect(report.today).toBe('2026-12-06');
    expect(report.summary.expired).toBe(0);
  });

  it('exits 1 when a fact has expired', () => {
    const result = run('--today', '2027-08-01');
    expect(result.status).toBe(1);
    expect(result.stdout).toContain('EXPIRED   programme kaoa-star until 2027-07-31');
  });

  it('refuses a malformed day with exit code 2', () => {
    expect(run('--today', '06.12.2026').status).toBe(2);
  });
});

import { loadContent } from '../core/content.js';
import { contentReport, type ContentReport, type DatedFact } from '../core/knowledge/contentReport.js';
import { isoDay } from '../core/knowledge/dates.js';
import { ContentValidationError } from '../core/knowledge/validationError.js';

/**
 * `npm run content:report [-- --json] [-- --today YYYY-MM-DD]`: how fresh the content is on a day (default: today).
 * Exit code 1 when a fact has expired, 2 for bad arguments or content.
 */
function main(args: string[]): number {
  const todayAt = args.indexOf('--today');
  const today = todayAt >= 0 ? args[todayAt + 1] : isoDay(new Date());
  if (!today || !/^\d{4}-\d{2}-\d{2}$/.test(today) || Number.isNaN(Date.parse(today))) {
    console.error('usage: npm run content:report -- [--json] [--today YYYY-MM-DD]');
    return 2;
  }
  const content = loadContent(process.cwd());
  const { defaults, regional } = content.regions.contacts;
  const report = contentReport(content.knowledge, [...defaults, ...regional], content.levyRates, today);
  console.log(args.includes('--json') ? JSON.stringify(report, null, 2) : asText(report));
  return report.summary.expired > 0 ? 1 : 0;
}

const fact = (f: DatedFact): string => `${f.kind} ${f.id} ${f.edge === 'until' ? 'until' : 'from'} ${f.date}`;

/** The report as lines for a maintainer: one block per topic that needs attention, then the totals. */
function asText(report: ContentReport): string {
  const lines = [`Content freshness on ${report.today}`, ''];
  for (const t of report.topics) {
    lines.push(`${t.id}: sources from ${t.newestSourceDate ?? 'no dated source'}, reviewed ${t.reviewedOn ?? 'never'}, ${t.undatedSources} undated sources`);
    for (const f of t.expired) lines.push(`  EXPIRED   ${fact(f)}`);
    for (const f of t.dueSoon) lines.push(`  due soon  ${fact(f)}`);
    for (const s of t.oldSources) lines.push(`  old       ${s.sourceDate} ${s.url}`);
    for (const url of t.linksNeverSeen) lines.push(`  not seen  ${url}`);
  }
  lines.push('', 'Levy amounts (§ 160 SGB IX):');
  for (const l of report.levy) lines.push(`  ${l.year}: ${l.rule}${l.provisional ? ' (announced Bezugsgröße, adopted value not confirmed)' : ''}`);
  lines.push('', 'Contacts:');
  for (const c of report.contacts) lines.push(`  ${c.id}: source ${c.asOf ?? 'undated'}${c.linkNeverSeen ? ', link not seen' : ''}`);
  const s = report.summary;
  lines.push('', `${s.topics} topics, ${s.reviewed} reviewed by a person; ${s.expired} expired, ${s.dueSoon} due within 90 days, ${s.oldSources} sources older than two years, ${s.undatedSources} undated sources, ${s.linksNeverSeen} links never seen`);
  return lines.join('\n');
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (error) {
  if (!(error instanceof ContentValidationError)) throw error;
  console.error(error.message);
  process.exitCode = 2;
}

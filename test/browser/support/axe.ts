import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';

/** The WCAG 2.0 and 2.1 levels A and AA: what BITV 2.0 / EN 301 549 ask of a web page. */
export const WCAG_AA_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/**
 * Parts of Web Chat's own markup that axe may not judge, each with its reason. Empty: every rule passes on
 * Web Chat 4.18.1 with our styleOptions and CSS, so nothing is excluded.
 */
export const AXE_EXCLUSIONS: readonly { selector: string; rule: string; reason: string }[] = [];

/** Runs axe-core on the page for WCAG 2.1 AA; returns the violations as "rule: target (summary)" lines, and the number of rules passed. */
export async function auditPage(page: Page): Promise<{ violations: string[]; passes: number }> {
  let builder = new AxeBuilder({ page }).withTags(WCAG_AA_TAGS);
  for (const exclusion of AXE_EXCLUSIONS) builder = builder.exclude(exclusion.selector);
  const result = await builder.analyze();
  const violations = result.violations.flatMap((violation) =>
    violation.nodes.map((node) => `${violation.id}: ${node.target.join(' ')} (${(node.failureSummary ?? '').replace(/\s+/g, ' ').slice(0, 200)})`),
  );
  return { violations, passes: result.passes.length };
}

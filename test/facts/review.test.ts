import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/core/content.js';
import { isValidOn } from '../../src/core/knowledge/dates.js';
import { sourceEntry } from '../../src/core/knowledge/schema.js';
import { PROJECT_ROOT } from '../../src/paths.js';

interface ReviewRow {
  topic: string;
  claim: string;
  fact?: string;
  source: string | null;
  sourceDate: string | null;
  status: 'sourced' | 'source-undated' | 'not-confirmed' | 'fixed' | 'marked';
}

const { knowledge } = loadContent(PROJECT_ROOT);
const review = JSON.parse(readFileSync(join(PROJECT_ROOT, 'data/review.json'), 'utf8')) as { rows: ReviewRow[] };
const rowsOf = (topicId: string) => review.rows.filter((r) => r.topic === topicId);
const TODAY = '2026-12-06';

describe('the fact review table (data/review.json)', () => {
  it('covers every topic and names only known topics', () => {
    const ids = new Set(knowledge.topics.map((t) => t.id));
    expect(new Set(review.rows.map((r) => r.topic))).toEqual(ids);
  });

  it.each(knowledge.topics.map((t) => [t.id]))('%s: every amount and change has a row with the source and source date the data gives', (id) => {
    const topic = knowledge.byId.get(id)!;
    const dateOf = new Map(topic.sources.map((s) => [sourceEntry(s).url, sourceEntry(s).sourceDate ?? null]));
    const facts = [...topic.amounts.map((a) => [`amounts.${a.id}`, a.source] as const), ...topic.changes.map((c) => [`changes.${c.id}`, c.source] as const)];
    for (const [fact, source] of facts) {
      const row = rowsOf(id).find((r) => r.fact === fact && r.source === source);
      expect(row, `${id} ${fact}`).toBeDefined();
      expect(row!.sourceDate, `${id} ${fact}`).toBe(dateOf.get(source) ?? null);
      expect(row!.status, `${id} ${fact}`).toBe(row!.sourceDate ? 'sourced' : 'source-undated');
    }
  });

  it('lists every open point of the data as not confirmed', () => {
    for (const topic of knowledge.topics) {
      const open = rowsOf(topic.id).filter((r) => r.status === 'not-confirmed').map((r) => r.claim);
      expect(open, topic.id).toEqual(topic.unconfirmed);
    }
  });
});

describe('every fact a card shows has a source with a date, or the review table says it has none', () => {
  it.each(knowledge.topics.map((t) => [t.id]))('%s', (id) => {
    const topic = knowledge.byId.get(id)!;
    const sources = new Map(topic.sources.map((s) => [sourceEntry(s).url, sourceEntry(s)]));
    for (const amount of topic.amounts.filter((a) => isValidOn(a, TODAY))) {
      const source = sources.get(amount.source);
      expect(source, `${id} amounts.${amount.id}: its source must be one of the topic's sources`).toBeDefined();
      if (!source!.sourceDate) {
        expect(rowsOf(id).find((r) => r.fact === `amounts.${amount.id}`)?.status, `${id} amounts.${amount.id}`).toBe('source-undated');
      }
    }
    for (const change of topic.changes.filter((c) => isValidOn(c, TODAY))) {
      expect(sources.get(change.source)?.sourceDate, `${id} changes.${change.id} needs a dated source`).toMatch(/^\d{4}/);
    }
  });
});

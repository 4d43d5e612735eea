import { describe, expect, it } from 'vitest';
import { UsageCounters } from '../../src/bot/usageCounters.js';

describe('UsageCounters', () => {
  it('counts outcomes and writes valid Prometheus text with only our own label values', () => {
    const counters = new UsageCounters(new Set(['budget-fuer-arbeit']));
    counters.record({ intent: 'knowledge', topics: ['budget-fuer-arbeit', 'eaa'], outcome: 'answered' });
    counters.record({ intent: 'knowledge', topics: ['not-a-topic"} 1\nevil'], outcome: 'answered' });
    counters.record({ intent: 'knowledge', outcome: 'ask-back' });
    counters.record({ intent: 'Wie "heißt" das?', outcome: 'dont-know' });
    counters.record({});

    const text = counters.toPrometheus();
    expect(text).toContain('inklusionslotse_topic_answers_total{topic="budget-fuer-arbeit"} 1\n');
    expect(text).toContain('inklusionslotse_topic_answers_total{topic="other"} 1\n');
    expect(text).toContain('inklusionslotse_turns_total{intent="knowledge"} 3\n');
    expect(text).toContain('inklusionslotse_turns_total{intent="other"} 1\n');
    expect(text).toContain('inklusionslotse_turns_total{intent="none"} 1\n');
    expect(text).toContain('inklusionslotse_ask_backs_total 1\n');
    expect(text).toContain('inklusionslotse_unanswered_total 1\n');
    expect(text).not.toMatch(/evil|heißt/);
    for (const line of text.trimEnd().split('\n')) expect(line).toMatch(/^(# (HELP|TYPE) \w+ .+|\w+(\{\w+="[a-z0-9:._-]+"\})? \d+)$/);
  });
});

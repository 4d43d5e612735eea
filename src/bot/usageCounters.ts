import type { TurnLogFields } from '../../dialogs/context/turnLog.js';

/** Label values are our own ids (intents, topic ids); anything else is counted under this name. */
const OTHER = 'other';
const LABEL_VALUE = /^[a-z0-9:._-]{1,64}$/;

/**
 * Anonymous usage counts for operators (`USAGE_COUNTERS=true`): turns by intent, answers by topic, ask-backs and
 * unanswered questions — per process, since its start.
 * @remarks Nothing here can point to a person or a conversation: no text, no ids, no times, only totals of values
 * from our own vocabulary. Several instances each count their own; a Prometheus server adds them up.
 */
export class UsageCounters {
  private readonly turnsByIntent = new Map<string, number>();
  private readonly answersByTopic = new Map<string, number>();
  private askBacks = 0;
  private unanswered = 0;

  constructor(private readonly knownTopics: ReadonlySet<string>) {}

  /** Counts one turn from what it recorded for the log. */
  record(turn: TurnLogFields): void {
    increment(this.turnsByIntent, turn.intent && LABEL_VALUE.test(turn.intent) ? turn.intent : turn.intent ? OTHER : 'none');
    if (turn.outcome === 'answered') {
      const topic = turn.topics?.[0];
      increment(this.answersByTopic, topic && this.knownTopics.has(topic) ? topic : OTHER);
    } else if (turn.outcome === 'ask-back') this.askBacks++;
    else if (turn.outcome === 'dont-know') this.unanswered++;
  }

  /** The counts in the Prometheus text exposition format (version 0.0.4). */
  toPrometheus(): string {
    const lines = [
      '# HELP inklusionslotse_turns_total Turns by what the bot understood (intent, command or dialog step).',
      '# TYPE inklusionslotse_turns_total counter',
      ...sorted(this.turnsByIntent).map(([intent, n]) => `inklusionslotse_turns_total{intent="${intent}"} ${n}`),
      '# HELP inklusionslotse_topic_answers_total Questions answered with a topic, by topic id.',
      '# TYPE inklusionslotse_topic_answers_total counter',
      ...sorted(this.answersByTopic).map(([topic, n]) => `inklusionslotse_topic_answers_total{topic="${topic}"} ${n}`),
      '# HELP inklusionslotse_ask_backs_total Questions answered with a choice of topics.',
      '# TYPE inklusionslotse_ask_backs_total counter',
      `inklusionslotse_ask_backs_total ${this.askBacks}`,
      '# HELP inklusionslotse_unanswered_total Questions the bot could not answer ("I don\'t know").',
      '# TYPE inklusionslotse_unanswered_total counter',
      `inklusionslotse_unanswered_total ${this.unanswered}`,
    ];
    return `${lines.join('\n')}\n`;
  }
}

const increment = (counts: Map<string, number>, key: string): void => {
  counts.set(key, (counts.get(key) ?? 0) + 1);
};

const sorted = (counts: ReadonlyMap<string, number>): [string, number][] => [...counts].sort(([a], [b]) => a.localeCompare(b));

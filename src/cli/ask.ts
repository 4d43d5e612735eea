import { createInterface } from 'node:readline';
import { ContentValidationError } from '../core/knowledge/validationError.js';
import { loadUnderstand } from '../core/content.js';
import { toAskRecord, type Understanding } from '../core/understand.js';
import type { KnowledgeBase } from '../core/knowledge/knowledgeBase.js';

/**
 * `npm run --silent ask -- --jsonl` reads one question a line from stdin and prints one JSON line each:
 * `{"q","intent","ids","confidence","district"}`. `npm run ask -- "Frage"` prints a readable result.
 */
async function main(args: string[]): Promise<void> {
  const { understand, knowledge } = loadUnderstand(process.cwd());
  if (args.includes('--jsonl')) {
    const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
    let buffer: string[] = [];
    for await (const line of lines) {
      buffer.push(JSON.stringify(toAskRecord(line, understand(line))));
      if (buffer.length >= 200) { process.stdout.write(buffer.join('\n') + '\n'); buffer = []; }
    }
    if (buffer.length > 0) process.stdout.write(buffer.join('\n') + '\n');
    return;
  }
  const question = args.filter((a) => !a.startsWith('--')).join(' ');
  if (!question) {
    console.error('usage: npm run ask -- "Wie hoch ist die Ausgleichsabgabe?"   or   npm run --silent ask -- --jsonl < questions.txt');
    process.exitCode = 2;
    return;
  }
  console.log(describe(question, understand(question), knowledge));
}

function describe(question: string, u: Understanding, knowledge: KnowledgeBase): string {
  const title = (id: string): string => knowledge.byId.get(id)?.texts.de?.title ?? id;
  const lines = [
    `question:   ${question}`,
    `intent:     ${u.intent}${u.language ? ` → ${u.language}` : ''}${u.outOfScopeSubject ? ` (${u.outOfScopeSubject})` : ''}`,
    `decision:   ${u.decision}   confidence ${u.confidence.toFixed(2)}   written in ${u.questionLanguage}`,
    `place:      ${u.district ?? (u.placeMentioned ? 'mentioned, not resolved' : '-')}`,
    ...u.topics.map((t, i) => `${i === 0 ? 'topics:    ' : '           '} ${t.score.toFixed(3)}  ${t.id}  (${title(t.id)})`),
  ];
  return lines.join('\n');
}

main(process.argv.slice(2)).catch((error: unknown) => {
  if (error instanceof ContentValidationError) {
    console.error(error.message);
    process.exit(1);
  }
  throw error;
});

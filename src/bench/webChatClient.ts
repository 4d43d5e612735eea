/** Where a web chat conversation starts. */
export const CONVERSATIONS_PATH = '/api/webchat/conversations';

/** Where the messages of a conversation go. */
export const activitiesPath = (conversationId: string): string => `${CONVERSATIONS_PATH}/${conversationId}/activities`;

/** The locale a German browser's web chat page sends. */
export const BENCH_LOCALE = 'de-DE';

/** The JSON body of a web chat message. */
export const messageBody = (text: string): string => JSON.stringify({ type: 'message', text, locale: BENCH_LOCALE });

/** The answer to a conversation start: its id and the welcome. */
export interface StartedConversation {
  conversationId: string;
  activities: unknown[];
}

/** Starts a web chat conversation; throws unless the server answers 201 with an id. */
export async function startConversation(baseUrl: string): Promise<StartedConversation> {
  const response = await fetch(baseUrl + CONVERSATIONS_PATH, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ locale: BENCH_LOCALE }),
  });
  const body = (await response.json()) as Partial<StartedConversation>;
  if (response.status !== 201 || typeof body.conversationId !== 'string') throw new Error(`conversation start answered ${response.status}`);
  return { conversationId: body.conversationId, activities: body.activities ?? [] };
}

/** Starts `count` conversations, a few at a time. */
export async function startConversations(baseUrl: string, count: number, parallel = 10): Promise<string[]> {
  const ids: string[] = [];
  while (ids.length < count) {
    const batch = Math.min(parallel, count - ids.length);
    const started = await Promise.all(Array.from({ length: batch }, () => startConversation(baseUrl)));
    ids.push(...started.map((c) => c.conversationId));
  }
  return ids;
}

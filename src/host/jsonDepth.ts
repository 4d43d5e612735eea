/** Deepest nesting of objects and arrays the endpoints accept in a request body; card data is a few levels deep. */
export const MAX_JSON_DEPTH = 32;

/**
 * Whether parsed JSON nests objects or arrays deeper than `limit`. Iterative, so that an attacker's 10,000 levels
 * cannot overflow the stack here (they would in JSON.stringify further on).
 */
export function nestsDeeperThan(value: unknown, limit: number = MAX_JSON_DEPTH): boolean {
  const stack: Array<[unknown, number]> = [[value, 0]];
  while (stack.length > 0) {
    const [current, depth] = stack.pop()!;
    if (typeof current !== 'object' || current === null) continue;
    if (depth >= limit) return true;
    for (const child of Object.values(current)) stack.push([child, depth + 1]);
  }
  return false;
}

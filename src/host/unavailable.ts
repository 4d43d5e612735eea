/**
 * Thrown when a dependency (Redis, the Bot Framework login host) did not answer within its deadline or cannot be
 * reached, or when a conversation is busy on another instance: the request is refused with a status and
 * `Retry-After` instead of waiting.
 */
export class ServiceUnavailableError extends Error {
  override readonly name = 'ServiceUnavailableError';

  constructor(
    /** What was unavailable: `storage`, `signing-keys`, `conversation-lock`. */
    readonly dependency: string,
    /** Seconds after which a retry may succeed. */
    readonly retryAfterSeconds: number,
    /** The HTTP status the request gets (503, or 429 for a busy conversation). */
    readonly status: 503 | 429 = 503,
  ) {
    super(`${dependency} unavailable`);
  }
}

/**
 * Settles like `promise`, but rejects with a {@link ServiceUnavailableError} after `ms` or when `promise` rejects
 * with any error (the caller's own errors are raised after the await, outside this guard).
 * @remarks The abandoned operation keeps running; its late result is ignored.
 */
export async function withDeadline<T>(promise: Promise<T>, ms: number, dependency: string, retryAfterSeconds = 5): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new ServiceUnavailableError(dependency, retryAfterSeconds)), ms);
  });
  try {
    return await Promise.race([promise, timedOut]);
  } catch (error) {
    promise.catch(() => undefined);
    if (error instanceof ServiceUnavailableError) throw error;
    throw new ServiceUnavailableError(dependency, retryAfterSeconds);
  } finally {
    clearTimeout(timer);
  }
}

/** The error itself, or the cause chain's first {@link ServiceUnavailableError}. */
export function unavailableCause(error: unknown): ServiceUnavailableError | undefined {
  for (let e = error, depth = 0; e instanceof Error && depth < 5; e = e.cause, depth++) {
    if (e instanceof ServiceUnavailableError) return e;
  }
  return undefined;
}

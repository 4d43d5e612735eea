/** The part of autocannon 8's programmatic API the load benchmark uses (the package ships no types). */
declare module 'autocannon' {
  /** Per-connection context, reset whenever a connection starts its request list again. */
  export type RequestContext = Record<string, unknown>;

  export interface RequestSpec {
    method?: string;
    path?: string;
    body?: string;
    headers?: Record<string, string>;
    /** Returns the request to send (after changing it); a falsy value restarts the list. */
    setupRequest?: (request: RequestSpec, context: RequestContext) => RequestSpec | undefined;
    onResponse?: (status: number, body: string, context: RequestContext) => void;
  }

  /** One connection; `setupClient` receives it before it connects. */
  export interface Client {
    setRequests(requests: RequestSpec[]): void;
  }

  export interface Options {
    url: string;
    connections?: number;
    duration?: number;
    amount?: number;
    timeout?: number;
    headers?: Record<string, string>;
    method?: string;
    requests?: RequestSpec[];
    setupClient?: (client: Client) => void;
  }

  export interface Percentiles {
    average: number;
    mean: number;
    p50: number;
    p90: number;
    p99: number;
    max: number;
  }

  export interface Result {
    duration: number;
    latency: Percentiles;
    errors: number;
    timeouts: number;
    non2xx: number;
    resets: number;
    '2xx': number;
    statusCodeStats: Record<string, { count: number }>;
  }

  export interface Instance {
    stop(): void;
    /** Every answer: its connection, status, bytes and latency in milliseconds. */
    on(event: 'response', listener: (client: Client, status: number, bytes: number, responseTimeMs: number) => void): Instance;
    /** A request failed: a connection error or a timeout. */
    on(event: 'reqError', listener: (error: Error) => void): Instance;
  }

  function autocannon(options: Options, callback: (error: Error | null, result: Result) => void): Instance;
  export default autocannon;
}

import type { Request, Response, Server } from 'restify';

/**
 * `GET /metrics`: the usage counters in Prometheus text format, only when `USAGE_COUNTERS=true`.
 * @remarks Counts only (see UsageCounters); still, keep the path off the public internet (reverse proxy, network policy)
 * if the numbers themselves are not meant to be public.
 */
export function registerMetricsRoute(server: Server, counters: { toPrometheus(): string }): void {
  server.get('/metrics', async (_req: Request, res: Response) => {
    const body = counters.toPrometheus();
    res.writeHead(200, { 'Content-Type': 'text/plain; version=0.0.4; charset=utf-8', 'Cache-Control': 'no-store', 'Content-Length': Buffer.byteLength(body) });
    res.end(body);
  });
}

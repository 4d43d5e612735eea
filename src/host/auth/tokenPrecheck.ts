/** Why a Bot Framework token was refused before any signing key was looked at. */
export type TokenRefusal = 'missing' | 'malformed' | 'algorithm' | 'key id' | 'issuer' | 'expired' | 'not yet valid';

/** The algorithms botframework-connector accepts (`AuthenticationConstants.AllowedSigningAlgorithms`). */
const ALLOWED_ALGORITHMS = new Set(['RS256', 'RS384', 'RS512']);
/** Hosts of the issuers botbuilder accepts: Bot Framework channels (public and US government cloud), Entra ID. */
const ISSUER_HOSTS = new Set(['api.botframework.com', 'api.botframework.us', 'sts.windows.net', 'login.microsoftonline.com', 'login.microsoftonline.us']);
/** botbuilder's clock tolerance for `exp` and `nbf`. */
const CLOCK_TOLERANCE_SECONDS = 5 * 60;
/** Real tokens are about 1–2 KB. */
const MAX_TOKEN_LENGTH = 8_192;
const JWT = /^Bearer ([A-Za-z0-9_-]+)\.([A-Za-z0-9_-]+)\.([A-Za-z0-9_-]+)$/;

const decodePart = (part: string): Record<string, unknown> | undefined => {
  try {
    const value: unknown = JSON.parse(Buffer.from(part, 'base64url').toString('utf8'));
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
};

const issuerHost = (issuer: unknown): string | undefined => {
  if (typeof issuer !== 'string') return undefined;
  try {
    const url = new URL(issuer);
    return url.protocol === 'https:' ? url.hostname : undefined;
  } catch {
    return undefined;
  }
};

/**
 * Checks the form of a Bot Framework bearer token (header and claims, not the signature), so that tokens that can
 * never validate are refused with 401 without fetching signing keys: missing or garbled tokens, `alg` other than
 * RS256/384/512 (`none`, HS256), no key id, an issuer outside Microsoft's login hosts, expired or not yet valid.
 * @returns the reason for refusing, or undefined when botbuilder should validate the token.
 */
export function precheckBotToken(authorization: string | undefined, nowMs: number): TokenRefusal | undefined {
  if (!authorization) return 'missing';
  const parts = authorization.length <= MAX_TOKEN_LENGTH ? JWT.exec(authorization) : null;
  const header = parts ? decodePart(parts[1]!) : undefined;
  const claims = parts ? decodePart(parts[2]!) : undefined;
  if (!header || !claims) return 'malformed';
  if (typeof header.alg !== 'string' || !ALLOWED_ALGORITHMS.has(header.alg)) return 'algorithm';
  if (typeof header.kid !== 'string' || header.kid === '') return 'key id';
  if (!ISSUER_HOSTS.has(issuerHost(claims.iss) ?? '')) return 'issuer';
  const now = nowMs / 1000;
  if (typeof claims.exp !== 'number' || claims.exp + CLOCK_TOLERANCE_SECONDS < now) return 'expired';
  if (claims.nbf !== undefined && (typeof claims.nbf !== 'number' || claims.nbf - CLOCK_TOLERANCE_SECONDS > now)) return 'not yet valid';
  return undefined;
}

/** {@link precheckBotToken} for a request: true when it is refused; the reason is logged at `debug` (never the token). */
export function isRefusedToken(authorization: string | undefined, logger: { debug(fields: object, message: string): void }): boolean {
  const reason = precheckBotToken(authorization, Date.now());
  if (reason) logger.debug({ reason }, 'token refused before validation');
  return reason !== undefined;
}

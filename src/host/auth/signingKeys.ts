import { createPublicKey, type JsonWebKey } from 'node:crypto';
import { createRequire } from 'node:module';
import type * as JwtTokenExtractorModule from 'botframework-connector/lib/auth/jwtTokenExtractor.js';
import { ServiceUnavailableError, withDeadline } from '../unavailable.js';

/** A signing key in the shape botframework-connector's `OpenIdMetadata.getKey` returns. */
interface SigningKey {
  key: string;
  endorsements?: string[];
}

/** Options of the signing key sources. */
export interface SigningKeyOptions {
  /** Deadline of one refresh (OpenID metadata document plus key set). */
  timeoutMs: number;
  /** After a failed refresh, requests needing keys get 503 at once for this long instead of fetching again. */
  failureBackoffMs: number;
  /** Clock, replaceable in tests. */
  now?: () => number;
}

const REFRESH_AFTER_MS = 24 * 60 * 60 * 1000;
/** An unknown key id refetches the key set at most this often (a rotated key appears at once, a made-up one costs nothing). */
const UNKNOWN_KID_REFETCH_MS = 5 * 60 * 1000;

/**
 * The signing keys behind one OpenID metadata URL: fetched once and shared by every request, one refresh in flight
 * at a time, each refresh with a deadline; after a failure, requests are refused (503) for a back-off time, and keys
 * already known keep working while a refresh fails.
 */
export class SigningKeySource {
  private keys = new Map<string, SigningKey>();
  private fetchedAt = -Infinity;
  private failedAt = -Infinity;
  private inFlight: Promise<void> | undefined;

  constructor(private readonly url: string, private readonly options: SigningKeyOptions & { now: () => number }) {}

  /** The key with this id, null when the key set does not hold it; throws 503 when no key set can be had in time. */
  async getKey(keyId: string): Promise<SigningKey | null> {
    const now = this.options.now();
    const known = this.keys.get(keyId);
    const stale = now - this.fetchedAt > REFRESH_AFTER_MS;
    if (known && !stale) return known;
    if (!known && !stale && now - this.fetchedAt < UNKNOWN_KID_REFETCH_MS) return null;
    if (now - this.failedAt < this.options.failureBackoffMs) {
      if (known) return known;
      throw new ServiceUnavailableError('signing-keys', Math.ceil(this.options.failureBackoffMs / 1000));
    }
    try {
      await (this.inFlight ??= this.refresh().finally(() => { this.inFlight = undefined; }));
    } catch (error) {
      if (known) return known;
      throw error;
    }
    return this.keys.get(keyId) ?? null;
  }

  private async refresh(): Promise<void> {
    const signal = AbortSignal.timeout(this.options.timeoutMs);
    const getJson = async (url: string): Promise<unknown> => {
      const response = await fetch(url, { signal, redirect: 'error', headers: { Accept: 'application/json' } });
      if (!response.ok) throw new Error(`status ${response.status}`);
      return response.json();
    };
    try {
      const metadata = await withDeadline(getJson(this.url), this.options.timeoutMs, 'signing-keys');
      const jwksUri = (metadata as { jwks_uri?: unknown }).jwks_uri;
      if (typeof jwksUri !== 'string') throw new Error('no jwks_uri');
      const keySet = await withDeadline(getJson(jwksUri), this.options.timeoutMs, 'signing-keys');
      this.keys = toSigningKeys(keySet);
      this.fetchedAt = this.options.now();
    } catch {
      this.failedAt = this.options.now();
      throw new ServiceUnavailableError('signing-keys', Math.ceil(this.options.failureBackoffMs / 1000));
    }
  }
}

/** The RSA keys of a JWK set, as PEM, by key id; other keys are left out. */
function toSigningKeys(keySet: unknown): Map<string, SigningKey> {
  const keys = new Map<string, SigningKey>();
  const list = (keySet as { keys?: unknown }).keys;
  for (const jwk of Array.isArray(list) ? (list as Array<JsonWebKey & { kid?: unknown; endorsements?: unknown }>) : []) {
    if (typeof jwk.kid !== 'string' || jwk.kty !== 'RSA' || !jwk.n || !jwk.e) continue;
    try {
      const key = createPublicKey({ key: { kty: 'RSA', n: jwk.n, e: jwk.e }, format: 'jwk' }).export({ type: 'spki', format: 'pem' }).toString();
      const endorsements = Array.isArray(jwk.endorsements) ? jwk.endorsements.filter((e): e is string => typeof e === 'string') : undefined;
      keys.set(jwk.kid, { key, endorsements });
    } catch {
      // Not a usable RSA key.
    }
  }
  return keys;
}

/** A map that creates the source of a metadata URL on first use, as botframework-connector's cache would. */
class SigningKeySources extends Map<string, SigningKeySource> {
  constructor(private readonly options: SigningKeyOptions & { now: () => number }) {
    super();
  }

  override get(url: string): SigningKeySource {
    let source = super.get(url);
    if (!source) {
      source = new SigningKeySource(url, this.options);
      super.set(url, source);
    }
    return source;
  }
}

/**
 * Gives every Bot Framework token validation of this process a deadline and a shared key cache.
 * @remarks botframework-connector 4.23.3 fetches the OpenID metadata and keys without a timeout, one fetch per
 * waiting request. Its `JwtTokenExtractor` takes each URL's key source from the static `openIdMetadataCache` map;
 * that map is replaced here, so all of botbuilder's own checks (issuer, audience, endorsements, algorithms) stay in
 * place and only the key source changes. Fails at start-up if a botbuilder update removes that map. A second call
 * (another app in the same process) starts a new cache with its options.
 */
export function installSigningKeyDeadlines(options: SigningKeyOptions): void {
  // Not exported from the package index; the deep path is the module botbuilder's own validators load. Required
  // (not imported) when authentication is on: botbuilder has loaded it already, an ES import would analyse it again.
  const { JwtTokenExtractor } = createRequire(import.meta.url)('botframework-connector/lib/auth/jwtTokenExtractor.js') as typeof JwtTokenExtractorModule;
  const extractor = JwtTokenExtractor as unknown as { openIdMetadataCache?: unknown };
  if (!(extractor.openIdMetadataCache instanceof Map)) {
    throw new Error('botframework-connector no longer has JwtTokenExtractor.openIdMetadataCache: revisit src/host/auth/signingKeys.ts');
  }
  extractor.openIdMetadataCache = new SigningKeySources({ ...options, now: options.now ?? Date.now });
}

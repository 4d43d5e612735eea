import { z } from 'zod';

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
const APP_TYPES = ['MultiTenant', 'SingleTenant', 'UserAssignedMSI'] as const;

const flag = (fallback: boolean) =>
  z
    .enum(['true', 'false', '1', '0', 'yes', 'no', ''])
    .optional()
    .transform((v) => (v === undefined || v === '' ? fallback : ['true', '1', 'yes'].includes(v)));

const count = (fallback: number, max: number) =>
  z
    .string()
    .optional()
    .transform((v, ctx) => {
      if (v === undefined || v.trim() === '') return fallback;
      const n = Number(v);
      if (!Number.isInteger(n) || n < 0 || n > max) {
        ctx.addIssue({ code: 'custom', message: `must be a whole number from 0 to ${max}` });
        return z.NEVER;
      }
      return n;
    });

/** Like {@link count}, but undefined when the variable is not set (to tell "unset" from a value). */
const optionalCount = (max: number) => count(-1, max).transform((n) => (n < 0 ? undefined : n));

const text = z.string().trim().optional().transform((v) => v ?? '');

/** Web chat conversations use three state entries (registry, conversation, user); STATE_MAX_ENTRIES counted entries. */
const ENTRIES_PER_CONVERSATION = 3;

/** Every environment variable the bot reads, with its default. `.env.example` documents each one. */
const envSchema = z.object({
  PORT: count(3978, 65_535),
  HOST: z.string().trim().min(1).optional().default('0.0.0.0'),
  MicrosoftAppId: text,
  MicrosoftAppPassword: text,
  MicrosoftAppType: z.enum(APP_TYPES).optional().default('MultiTenant'),
  MicrosoftAppTenantId: text,
  NODE_ENV: text,
  BOT_OPENID_METADATA_URL: z.string().trim().optional().transform((v, ctx) => {
    if (!v) return '';
    if (!/^https?:\/\/[^\s/]+/.test(v)) {
      ctx.addIssue({ code: 'custom', message: 'must be an http(s) URL of an OpenID metadata document' });
      return z.NEVER;
    }
    return v;
  }),
  SIGNING_KEYS_TIMEOUT_MS: count(5_000, 60_000),
  WEBCHAT_ENABLED: flag(true),
  EMULATOR_REPLIES: flag(false),
  USAGE_COUNTERS: flag(false),
  LOG_LEVEL: z.enum(LOG_LEVELS).optional().default('info'),
  STORAGE: z.enum(['memory', 'redis']).optional().default('memory'),
  REDIS_URL: z.string().trim().optional().transform((v, ctx) => {
    if (!v) return '';
    if (!/^rediss?:\/\/./.test(v)) {
      ctx.addIssue({ code: 'custom', message: 'must be a redis:// or rediss:// URL such as redis://127.0.0.1:6379' });
      return z.NEVER;
    }
    return v;
  }),
  STATE_TTL_MINUTES: count(30, 24 * 60),
  STATE_MAX_CONVERSATIONS: optionalCount(10_000_000),
  STATE_MAX_ENTRIES: optionalCount(30_000_000),
  TRUST_PROXY: count(0, 10),
  MAX_CONNECTIONS_PER_CLIENT: count(50, 100_000),
  REQUEST_TIMEOUT_SECONDS: count(10, 300),
  UNAUTHENTICATED_STATE_TTL_MINUTES: count(5, 24 * 60),
  REDIS_TIMEOUT_MS: count(2_000, 60_000),
  TURN_LOCK_WAIT_MS: count(3_000, 60_000),
  MAX_MESSAGE_LENGTH: count(2_000, 100_000),
  RATE_LIMIT_PER_MINUTE: count(120, 1_000_000),
  RATE_LIMIT_CONVERSATION_PER_MINUTE: count(30, 1_000_000),
  MAX_BODY_BYTES: count(64 * 1024, 10 * 1024 * 1024),
  EMBED_ORIGINS: z.string().trim().optional().transform((v, ctx) => {
    const origins = (v ?? '').split(/[\s,]+/).filter(Boolean);
    const bad = origins.find((o) => !/^https?:\/\/[a-z0-9.-]+(:\d+)?$/i.test(o));
    if (bad) {
      ctx.addIssue({ code: 'custom', message: `"${bad}" is not an origin such as https://www.example.org (scheme, host, optional port; no path)` });
      return z.NEVER;
    }
    return origins.map((o) => o.toLowerCase());
  }),
  PUBLIC_URL: z.string().trim().optional().transform((v, ctx) => {
    if (!v) return '';
    if (!/^https?:\/\/[^\s/]+/.test(v)) {
      ctx.addIssue({ code: 'custom', message: 'must be an http(s) URL such as https://bot.example.org' });
      return z.NEVER;
    }
    return v.replace(/\/+$/, '');
  }),
});

/** The typed configuration passed down from the host. */
export interface Config {
  port: number;
  host: string;
  /** Bot Framework settings, in the shape `ConfigurationBotFrameworkAuthentication` reads. */
  botFramework: {
    MicrosoftAppId: string;
    MicrosoftAppPassword: string;
    MicrosoftAppType: (typeof APP_TYPES)[number];
    MicrosoftAppTenantId: string;
  };
  /** OpenID metadata of the channel's signing keys; empty for Microsoft's (set only by tests). */
  channelOpenIdMetadataUrl: string;
  /** Deadline of fetching the Bot Framework signing keys; beyond it /api/messages answers 503. */
  signingKeysTimeoutMs: number;
  webchatEnabled: boolean;
  /** Development only: without an app id, also reply to a Bot Framework Emulator on this machine (loopback). */
  emulatorReplies: boolean;
  /** Anonymous counts for operators (turns by intent, answers by topic, unanswered questions) at `GET /metrics`. */
  usageCounters: boolean;
  logLevel: (typeof LOG_LEVELS)[number];
  /**
   * `maxConversations`: conversations kept in memory per partition (web chat, other channels); `redisTimeoutMs`:
   * deadline of every Redis call (then 503); `lockWaitMs`: how long a turn waits for another turn of its conversation
   * on another instance (then 429); `unauthenticatedTtlMs`: idle time in Redis of the state of `/api/messages` turns
   * without an app id.
   */
  state: { ttlMs: number; unauthenticatedTtlMs: number; maxConversations: number; storage: 'memory' | 'redis'; redisUrl: string; redisTimeoutMs: number; lockWaitMs: number };
  maxMessageLength: number;
  /** Web chat requests per client address and per conversation and minute; 0 switches a limit off. */
  rateLimits: { perClient: number; perConversation: number };
  maxBodyBytes: number;
  /** Client addresses and connections: trusted proxy hops, open connections per client, time to receive a request. */
  network: { trustProxyHops: number; maxConnectionsPerClient: number; requestTimeoutMs: number };
  /** Deprecated settings still honoured, for the operator's log at start-up. */
  warnings: string[];
  publicUrl: string;
  /** Origins (besides this server's own) that may embed the chat page in a frame and call the web chat endpoints. */
  embedOrigins: string[];
}

/** Thrown when the environment holds an invalid value; the message names every offending variable. */
export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  ${p}`).join('\n')}\nSee .env.example for every variable.`);
    this.name = 'ConfigError';
  }
}

/** Parses and validates the environment once; nothing else in the code reads `process.env`. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`));
  }
  const e = parsed.data;
  const problems: string[] = [];
  if (e.MicrosoftAppType === 'SingleTenant' && e.MicrosoftAppId && !e.MicrosoftAppTenantId) {
    problems.push('MicrosoftAppTenantId: required when MicrosoftAppType is SingleTenant');
  }
  if (e.MicrosoftAppId && e.MicrosoftAppType !== 'UserAssignedMSI' && !e.MicrosoftAppPassword) {
    problems.push('MicrosoftAppPassword: required when MicrosoftAppId is set');
  }
  if (e.STORAGE === 'redis' && !e.REDIS_URL) problems.push('REDIS_URL: required when STORAGE is redis');
  if (e.STATE_TTL_MINUTES < 1) problems.push('STATE_TTL_MINUTES: must be at least 1');
  if (e.STATE_MAX_CONVERSATIONS !== undefined && e.STATE_MAX_CONVERSATIONS < 100) problems.push('STATE_MAX_CONVERSATIONS: must be at least 100');
  if (e.STATE_MAX_ENTRIES !== undefined && e.STATE_MAX_ENTRIES < 300) problems.push('STATE_MAX_ENTRIES: must be at least 300 (better: STATE_MAX_CONVERSATIONS)');
  if (e.REQUEST_TIMEOUT_SECONDS < 1) problems.push('REQUEST_TIMEOUT_SECONDS: must be at least 1');
  if (e.EMULATOR_REPLIES && e.NODE_ENV === 'production') problems.push('EMULATOR_REPLIES: a development setting, refused when NODE_ENV is production');
  if (e.UNAUTHENTICATED_STATE_TTL_MINUTES < 1) problems.push('UNAUTHENTICATED_STATE_TTL_MINUTES: must be at least 1');
  if (e.SIGNING_KEYS_TIMEOUT_MS < 100) problems.push('SIGNING_KEYS_TIMEOUT_MS: must be at least 100');
  if (e.REDIS_TIMEOUT_MS < 50) problems.push('REDIS_TIMEOUT_MS: must be at least 50');
  if (e.MAX_MESSAGE_LENGTH < 100) problems.push('MAX_MESSAGE_LENGTH: must be at least 100');
  if (e.MAX_BODY_BYTES < 4096) problems.push('MAX_BODY_BYTES: must be at least 4096');
  if (problems.length > 0) throw new ConfigError(problems);
  const warnings: string[] = [];
  if (e.STATE_MAX_ENTRIES !== undefined) {
    warnings.push(e.STATE_MAX_CONVERSATIONS === undefined
      ? `STATE_MAX_ENTRIES is deprecated: read as STATE_MAX_CONVERSATIONS=${Math.floor(e.STATE_MAX_ENTRIES / ENTRIES_PER_CONVERSATION)}; set that instead`
      : 'STATE_MAX_ENTRIES is deprecated and ignored because STATE_MAX_CONVERSATIONS is set');
  }
  const maxConversations = e.STATE_MAX_CONVERSATIONS ?? (e.STATE_MAX_ENTRIES === undefined ? 10_000 : Math.floor(e.STATE_MAX_ENTRIES / ENTRIES_PER_CONVERSATION));

  return {
    port: e.PORT,
    host: e.HOST,
    botFramework: {
      MicrosoftAppId: e.MicrosoftAppId,
      MicrosoftAppPassword: e.MicrosoftAppPassword,
      MicrosoftAppType: e.MicrosoftAppType,
      MicrosoftAppTenantId: e.MicrosoftAppTenantId,
    },
    channelOpenIdMetadataUrl: e.BOT_OPENID_METADATA_URL,
    signingKeysTimeoutMs: e.SIGNING_KEYS_TIMEOUT_MS,
    webchatEnabled: e.WEBCHAT_ENABLED,
    emulatorReplies: e.EMULATOR_REPLIES,
    usageCounters: e.USAGE_COUNTERS,
    logLevel: e.LOG_LEVEL,
    state: { ttlMs: e.STATE_TTL_MINUTES * 60_000, unauthenticatedTtlMs: e.UNAUTHENTICATED_STATE_TTL_MINUTES * 60_000, maxConversations, storage: e.STORAGE, redisUrl: e.REDIS_URL, redisTimeoutMs: e.REDIS_TIMEOUT_MS, lockWaitMs: e.TURN_LOCK_WAIT_MS },
    maxMessageLength: e.MAX_MESSAGE_LENGTH,
    rateLimits: { perClient: e.RATE_LIMIT_PER_MINUTE, perConversation: e.RATE_LIMIT_CONVERSATION_PER_MINUTE },
    maxBodyBytes: e.MAX_BODY_BYTES,
    network: { trustProxyHops: e.TRUST_PROXY, maxConnectionsPerClient: e.MAX_CONNECTIONS_PER_CLIENT, requestTimeoutMs: e.REQUEST_TIMEOUT_SECONDS * 1000 },
    warnings,
    publicUrl: e.PUBLIC_URL,
    embedOrigins: e.EMBED_ORIGINS,
  };
}

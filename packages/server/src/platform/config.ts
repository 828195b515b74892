/** Configuration from the environment, checked once at start with messages that say what to fix. */
import { z } from 'zod';
import { resolve } from 'node:path';
import { parseOidcProviders, type OidcProvider } from '../modules/auth/oidcConfig.ts';

const envSchema = z.object({
  PORT: z
    .string()
    .regex(/^\d{1,5}$/, { error: 'PORT must be a port number, e.g. 3000.' })
    .transform(Number)
    .default(3000),
  HOST: z.string().default('127.0.0.1'),
  DATABASE_URL: z
    .string()
    .trim()
    .regex(/^postgres(ql)?:\/\//, {
      error: 'DATABASE_URL must start with postgres:// or postgresql://',
    })
    .optional(),
  OMRINGD_MIGRATION_URL: z
    .string()
    .trim()
    .regex(/^postgres(ql)?:\/\//, {
      error: 'OMRINGD_MIGRATION_URL must start with postgres:// or postgresql://',
    })
    .optional(),
  OMRINGD_APP_ROLE: z
    .string()
    .regex(/^[a-z_][a-z0-9_]{0,62}$/, {
      error: 'OMRINGD_APP_ROLE must be a role name: lower-case letters, digits and _.',
    })
    .optional(),
  OMRINGD_ANCHOR_FILE: z.string().default('./audit-anchors.jsonl'),
  OMRINGD_ANCHOR_EMAIL: z
    .email({ error: 'OMRINGD_ANCHOR_EMAIL must be an e-mail address.' })
    .optional(),
  OMRINGD_DATA_DIR: z.string().default('./data'),
  OMRINGD_PUBLIC_URL: z
    .url({
      error: 'OMRINGD_PUBLIC_URL must be the address users open, e.g. https://omringd.example.be',
    })
    .optional(),
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, { error: 'SMTP_URL must start with smtp:// or smtps://' })
    .optional(),
  MAIL_FROM: z.string().default('Omringd <no-reply@omringd.localhost>'),
  /**
   * Text messages: a gateway that takes POST {"to": "+32…", "text": "…"} as JSON (with
   * OMRINGD_SMS_TOKEN as a bearer token). Without it, text messages stay in the outbox.
   */
  OMRINGD_SMS_URL: z
    .url({ error: 'OMRINGD_SMS_URL must be the https:// address of the text-message gateway' })
    .optional(),
  OMRINGD_SMS_TOKEN: z.string().optional(),
  OMRINGD_TRUST_PROXY: z.enum(['true', 'false']).default('false'),
  OMRINGD_OIDC_PROVIDERS: z.string().optional(),
  OMRINGD_FILE_KEY: z.string().optional(),
  OMRINGD_MAP_TILES: z
    .string()
    .refine((v) => v === 'none' || /^https:\/\/[^/{}]+\/.*\{z\}.*\{x\}.*\{y\}/.test(v), {
      error:
        'OMRINGD_MAP_TILES must be an https tile address with {z}, {x} and {y} (one host, no {s}), or none for maps without a background.',
    })
    .default('https://tile.openstreetmap.org/{z}/{x}/{y}.png'),
  OMRINGD_MAP_ATTRIBUTION: z.string().max(300).default('© OpenStreetMap-bijdragers'),
  OMRINGD_RATE_LIMIT_PER_MINUTE: z
    .string()
    .regex(/^\d{1,7}$/, {
      error:
        'OMRINGD_RATE_LIMIT_PER_MINUTE must be a number of requests per minute per address, or 0 to turn it off.',
    })
    .transform(Number)
    .default(600),
  OMRINGD_METRICS_TOKEN: z
    .string()
    .min(24, {
      error: 'OMRINGD_METRICS_TOKEN must be at least 24 characters (e.g. openssl rand -hex 24).',
    })
    .optional(),
  OMRINGD_DEMO: z
    .enum(['0', '1', 'true', 'false'], {
      error: 'OMRINGD_DEMO must be 1 (the demo with invented people) or 0.',
    })
    .default('0'),
});

export type Config = {
  port: number;
  host: string;
  databaseUrl: string | undefined;
  /** The schema owner's connection, for migrations when the server runs as the application role. */
  migrationUrl: string | undefined;
  /** The role the owner's migration step grants the application's rights to. */
  appRole: string | undefined;
  /** Where the nightly audit anchor is appended (a file the operator keeps elsewhere too). */
  anchorFile: string;
  /** Who also receives the nightly anchor by e-mail. */
  anchorEmail: string | undefined;
  dataDir: string;
  /** Where users reach us; links in e-mails and the Secure flag of cookies follow from it. */
  publicUrl: string;
  /** Without SMTP the outbox is only readable on the admin page (development). */
  smtpUrl: string | undefined;
  mailFrom: string;
  sms: { url: string; token: string | undefined } | undefined;
  trustProxy: boolean;
  oidcProviders: OidcProvider[];
  fileKey: string | undefined;
  /** The background of the maps: a raster tile server and its attribution, or none. */
  mapTiles: MapTiles | null;
  /**
   * The demo: invented staff and families, and signing in as them without a password or second
   * factor. Only on the embedded database, never with DATABASE_URL.
   */
  demo: boolean;
  /** The token Prometheus sends for GET /metrics; without it there is no /metrics. */
  metricsToken: string | undefined;
  /** Requests per minute per address, or false: a proxy in front limits (or a load benchmark). */
  rateLimitPerMinute: number | false;
};

export type MapTiles = { url: string; attribution: string };

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  // An empty variable counts as not set (e.g. DATABASE_URL= in a shell or .env file).
  const present = Object.fromEntries(
    Object.entries(env).filter(([, v]) => v !== undefined && v.trim() !== ''),
  );
  const parsed = envSchema.safeParse(present);
  if (!parsed.success) {
    throw new Error(
      `Configuration error: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`,
    );
  }
  const demo = parsed.data.OMRINGD_DEMO === '1' || parsed.data.OMRINGD_DEMO === 'true';
  if (demo && parsed.data.DATABASE_URL !== undefined)
    throw new Error(
      'Configuration error: OMRINGD_DEMO runs only on the embedded database, never on a PostgreSQL server with real data. Unset DATABASE_URL for the demo, or OMRINGD_DEMO for a real deployment.',
    );
  return {
    demo,
    metricsToken: parsed.data.OMRINGD_METRICS_TOKEN,
    rateLimitPerMinute:
      parsed.data.OMRINGD_RATE_LIMIT_PER_MINUTE === 0
        ? false
        : parsed.data.OMRINGD_RATE_LIMIT_PER_MINUTE,
    port: parsed.data.PORT,
    host: parsed.data.HOST,
    databaseUrl: parsed.data.DATABASE_URL,
    migrationUrl: parsed.data.OMRINGD_MIGRATION_URL,
    appRole: parsed.data.OMRINGD_APP_ROLE,
    anchorFile: resolve(parsed.data.OMRINGD_ANCHOR_FILE),
    anchorEmail: parsed.data.OMRINGD_ANCHOR_EMAIL,
    dataDir: resolve(parsed.data.OMRINGD_DATA_DIR),
    publicUrl: (parsed.data.OMRINGD_PUBLIC_URL ?? `http://localhost:${parsed.data.PORT}`).replace(
      /\/$/,
      '',
    ),
    smtpUrl: parsed.data.SMTP_URL,
    mailFrom: parsed.data.MAIL_FROM,
    sms:
      parsed.data.OMRINGD_SMS_URL === undefined
        ? undefined
        : { url: parsed.data.OMRINGD_SMS_URL, token: parsed.data.OMRINGD_SMS_TOKEN },
    trustProxy: parsed.data.OMRINGD_TRUST_PROXY === 'true',
    oidcProviders: parseOidcProviders(parsed.data.OMRINGD_OIDC_PROVIDERS),
    fileKey: parsed.data.OMRINGD_FILE_KEY,
    mapTiles:
      parsed.data.OMRINGD_MAP_TILES === 'none'
        ? null
        : { url: parsed.data.OMRINGD_MAP_TILES, attribution: parsed.data.OMRINGD_MAP_ATTRIBUTION },
  };
}

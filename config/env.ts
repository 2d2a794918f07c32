// Every setting the app reads from its environment, in one place, checked when the server starts:
// a value that does not parse stops it with a message naming the variable. See .env.example.
import path from 'node:path'
import { z } from 'zod'

type Source = Record<string, string | undefined>

// An empty line in .env (`SMTP_HOST=`) means "not set".
const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((value) => (value === '' ? undefined : value), schema.optional())

const whole = (what: string, min: number) =>
  optional(
    z
      .string()
      .regex(/^\d+$/, `expected ${what} as a whole number, such as 30`)
      .transform(Number)
      .refine((value) => value >= min, `expected ${what} of at least ${min}`),
  )

const flag = optional(z.enum(['true', 'false'], { error: 'expected true or false' })).transform(
  (value) => value === 'true',
)

/** A flag that is on unless set to false. */
const flagOn = optional(z.enum(['true', 'false'], { error: 'expected true or false' })).transform(
  (value) => value !== 'false',
)

const webAddress = optional(
  z
    .string()
    .refine(
      (value) => URL.canParse(value) && /^https?:$/.test(new URL(value).protocol),
      'expected an http(s) address, such as https://films.example.org',
    ),
)

export const envSchema = z.object({
  NODE_ENV: optional(z.string()),
  NEXT_PHASE: optional(z.string()),
  DATABASE_URL: optional(
    z
      .string()
      .regex(/^(file:|mongodb(\+srv)?:\/\/)/, 'expected file:… (SQLite) or mongodb://… / mongodb+srv://…'),
  ),
  PAYLOAD_SECRET: optional(z.string()),
  SERVER_URL: webAddress,
  NEXT_PUBLIC_SERVER_URL: webAddress,
  MEDIA_DIR: optional(z.string()),
  MAX_UPLOAD_MB: whole('megabytes', 1),
  DEMO_PASSWORD: optional(z.string()),
  INSECURE_COOKIES: flag,
  SMTP_HOST: optional(z.string()),
  SMTP_PORT: whole('a port', 1).refine((port) => port === undefined || port <= 65535, 'expected a port'),
  SMTP_SECURE: flag,
  SMTP_USER: optional(z.string()),
  SMTP_PASSWORD: optional(z.string()),
  EMAIL_FROM: optional(z.string()),
  CONTACT_EMAIL: optional(z.email({ error: 'expected an email address, such as cinema@example.org' })),
  PRESS_EMAIL: optional(z.email({ error: 'expected an email address, such as press@example.org' })),
  JOBS_CRON: optional(
    z.string().regex(/^\S+( \S+){4,5}$/, 'expected a cron line of five or six fields, such as * * * * *'),
  ),
  JOBS_AUTORUN: flagOn,
  AUTH_SECRET: optional(z.string()),
  OIDC_ISSUER: webAddress,
  OIDC_CLIENT_ID: optional(z.string()),
  OIDC_CLIENT_SECRET: optional(z.string()),
  OIDC_NAME: optional(z.string()),
  SIGN_IN_BACKOFF_MS: whole('milliseconds', 1),
  SIGN_IN_ADDRESS_LIMIT: whole('a count of failed sign-ins', 1),
  TRUSTED_PROXIES: whole('a count of proxies', 0),
  OVERDUE_REPORT_DAYS: whole('days', 1),
  S3_BUCKET: optional(
    z
      .string()
      .regex(
        /^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/,
        'expected a bucket name: 3 to 63 lowercase letters, digits, dots or hyphens',
      ),
  ),
  S3_ENDPOINT: webAddress,
  S3_REGION: optional(
    z.string().regex(/^[a-z0-9-]+$/, 'expected a region name, such as eu-central-1 or auto'),
  ),
  S3_ACCESS_KEY_ID: optional(z.string()),
  S3_SECRET_ACCESS_KEY: optional(z.string()),
  S3_FORCE_PATH_STYLE: flag,
})

export type Env = z.infer<typeof envSchema>

/** A production server, as opposed to `next build` (which runs with NODE_ENV=production too). */
const servesProduction = (env: Env) =>
  env.NODE_ENV === 'production' && env.NEXT_PHASE !== 'phase-production-build'

/** S3 settings without a bucket would silently keep images on this machine's disk: refused. */
const objectStoreProblems = (env: Env) => {
  const problems: string[] = []
  const set = (['S3_ENDPOINT', 'S3_REGION', 'S3_ACCESS_KEY_ID', 'S3_SECRET_ACCESS_KEY'] as const).filter(
    (name) => env[name] !== undefined,
  )
  if (!env.S3_BUCKET && set.length)
    problems.push(
      `${set.join(', ')} ${set.length > 1 ? 'are' : 'is'} set but S3_BUCKET is not: set S3_BUCKET to keep ` +
        'images in the object store, or unset the S3 variables to keep them in MEDIA_DIR.',
    )
  if (Boolean(env.S3_ACCESS_KEY_ID) !== Boolean(env.S3_SECRET_ACCESS_KEY))
    problems.push(
      'S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY go together: set both, or neither to use the ' +
        "machine's own credentials (an instance role or AWS_* variables).",
    )
  return problems
}

/** Reads and checks the environment; throws one error listing every bad variable by name. */
export const readEnv = (source: Source): Env => {
  const parsed = envSchema.safeParse(source)
  const problems = parsed.success
    ? []
    : parsed.error.issues.map(
        (issue) =>
          `${issue.path.join('.')}=${JSON.stringify(source[String(issue.path[0])])}: ${issue.message}`,
      )
  if (parsed.success && servesProduction(parsed.data)) {
    if (!parsed.data.PAYLOAD_SECRET)
      problems.push(
        'PAYLOAD_SECRET is not set. A production server needs a long random secret to sign sessions: ' +
          'set PAYLOAD_SECRET (for example `openssl rand -hex 32`) in the environment or in .env.',
      )
    if (!parsed.data.SERVER_URL && !parsed.data.NEXT_PUBLIC_SERVER_URL)
      problems.push(
        'SERVER_URL is not set. A production server needs its public address (such as ' +
          'https://films.example.org): links in emails and feeds, the CSRF check and cookies follow it.',
      )
  }
  if (parsed.success) problems.push(...objectStoreProblems(parsed.data))
  if (problems.length)
    throw new Error(`The server's configuration is not valid:\n  ${problems.join('\n  ')}\nSee .env.example.`)
  return parsed.data!
}

const env = readEnv(process.env)

/** Where content lives: unset or file: is the embedded SQLite file, mongodb:// is MongoDB. */
export const databaseURL = env.DATABASE_URL ?? 'file:./data/cms.db'

export const isMongo = /^mongodb(\+srv)?:\/\//.test(databaseURL)

/** The file behind a `file:` URL, relative to the project. */
export const sqliteFile = (url = databaseURL) => path.resolve(url.replace(/^file:(\/\/)?/, ''))

/** Where uploaded images are kept. */
export const mediaDir = path.resolve(env.MEDIA_DIR ?? 'media')

/**
 * Where uploaded images are kept when not in MEDIA_DIR: an S3-compatible bucket, shared by every
 * app instance. Null keeps them in MEDIA_DIR on this machine.
 */
export const objectStore = env.S3_BUCKET
  ? {
      bucket: env.S3_BUCKET,
      // Unset: Amazon S3 itself. Set: another S3-compatible service (MinIO, Ceph, R2, a cloud's own).
      endpoint: env.S3_ENDPOINT,
      region: env.S3_REGION ?? 'us-east-1',
      credentials:
        env.S3_ACCESS_KEY_ID && env.S3_SECRET_ACCESS_KEY
          ? { accessKeyId: env.S3_ACCESS_KEY_ID, secretAccessKey: env.S3_SECRET_ACCESS_KEY }
          : undefined,
      forcePathStyle: env.S3_FORCE_PATH_STYLE,
    }
  : null

/** The public address of the site, for links in emails, feeds and CSRF/CORS checks. */
export const serverURL = (env.SERVER_URL ?? env.NEXT_PUBLIC_SERVER_URL ?? 'http://localhost:3000').replace(
  /\/$/,
  '',
)

/** Session and device cookies are Secure in production, unless serving plain http on localhost. */
export const secureCookies = env.NODE_ENV === 'production' && !env.INSECURE_COOKIES

const developmentSecret = 'development-only-secret-do-not-use-in-production'

/** Signs sessions and tokens. A production server refuses to start without one (see readEnv). */
export const payloadSecret = (): string => env.PAYLOAD_SECRET ?? developmentSecret

/** Outgoing mail: an SMTP server, or none (messages are written to the log instead). */
export const smtp = {
  host: env.SMTP_HOST ?? '',
  port: env.SMTP_PORT ?? 587,
  secure: env.SMTP_SECURE,
  user: env.SMTP_USER ?? '',
  password: env.SMTP_PASSWORD ?? '',
  from: env.EMAIL_FROM ?? 'Film diplomacy CMS <no-reply@localhost>',
}

/** How often queued work (scheduled publishing, notification emails) runs, as a cron line. */
export const jobsSchedule = env.JOBS_CRON ?? '* * * * *'

/** Whether this instance runs queued work; with several instances exactly one should (docs/scaling.md). */
export const runsJobs = env.JOBS_AUTORUN

/** Days after an event's last day by which its organising embassy's report is due (the desk's overdue list). */
export const overdueReportDays = env.OVERDUE_REPORT_DAYS ?? 30

/** Signs the portal's next-auth cookie; derived from PAYLOAD_SECRET when unset. */
export const authSecret = env.AUTH_SECRET

/** The ministry's single sign-on, offered on the portal's sign-in page when all three are set. */
export const ministrySignOn =
  env.OIDC_ISSUER && env.OIDC_CLIENT_ID && env.OIDC_CLIENT_SECRET
    ? {
        issuer: env.OIDC_ISSUER,
        clientId: env.OIDC_CLIENT_ID,
        clientSecret: env.OIDC_CLIENT_SECRET,
        name: env.OIDC_NAME ?? 'Ministry sign-on',
      }
    : null

/** Sign-in throttling: failures tolerated per email and client before waits begin, and the first wait. */
export const signInLimits = {
  freeAccountFailures: 3,
  firstWaitMs: env.SIGN_IN_BACKOFF_MS ?? 2000,
  longestWaitMs: 60_000,
  addressFailures: env.SIGN_IN_ADDRESS_LIMIT ?? 30,
  addressWindowMs: 15 * 60 * 1000,
}

/** How many proxies in front of the app append to X-Forwarded-For (0: the app faces clients). */
export const trustedProxies = env.TRUSTED_PROXIES ?? 0

/** The ministry's public contacts: the footer, and whom to write to book a film. */
export const publicContacts = {
  email: env.CONTACT_EMAIL ?? 'cinema@example.org',
  pressEmail: env.PRESS_EMAIL ?? 'press@example.org',
}

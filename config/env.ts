// Every setting the app reads from its environment, in one place. See .env.example.
import path from 'node:path'

/** Where content lives: unset or file: is the embedded SQLite file, mongodb:// is MongoDB. */
export const databaseURL = process.env.DATABASE_URL || 'file:./data/cms.db'

export const isMongo = /^mongodb(\+srv)?:\/\//.test(databaseURL)

/** The file behind a `file:` URL, relative to the project. */
export const sqliteFile = (url = databaseURL) => path.resolve(url.replace(/^file:(\/\/)?/, ''))

/** Where uploaded images are kept. */
export const mediaDir = path.resolve(process.env.MEDIA_DIR || 'media')

/** The public address of the site, for links in emails, feeds and CSRF/CORS checks. */
export const serverURL = (
  process.env.SERVER_URL ||
  process.env.NEXT_PUBLIC_SERVER_URL ||
  'http://localhost:3000'
).replace(/\/$/, '')

const developmentSecret = 'development-only-secret-do-not-use-in-production'

/** Signs sessions and tokens. A production server refuses to start without one. */
export const payloadSecret = (): string => {
  const secret = process.env.PAYLOAD_SECRET
  if (secret) return secret
  if (process.env.NODE_ENV === 'production' && process.env.NEXT_PHASE !== 'phase-production-build')
    throw new Error(
      'PAYLOAD_SECRET is not set. A production server needs a long random secret to sign sessions: ' +
        'set PAYLOAD_SECRET (for example `openssl rand -hex 32`) in the environment or in .env and start again.',
    )
  return developmentSecret
}

/** Outgoing mail: an SMTP server, or none (messages are written to the log instead). */
export const smtp = {
  host: process.env.SMTP_HOST || '',
  port: Number(process.env.SMTP_PORT || 587),
  secure: process.env.SMTP_SECURE === 'true',
  user: process.env.SMTP_USER || '',
  password: process.env.SMTP_PASSWORD || '',
  from: process.env.EMAIL_FROM || 'Film diplomacy CMS <no-reply@localhost>',
}

/** How often queued work (scheduled publishing, notification emails) runs, as a cron line. */
export const jobsSchedule = process.env.JOBS_CRON || '* * * * *'

/** The ministry's single sign-on, offered on the portal's sign-in page when all three are set. */
export const ministrySignOn =
  process.env.OIDC_ISSUER && process.env.OIDC_CLIENT_ID && process.env.OIDC_CLIENT_SECRET
    ? {
        issuer: process.env.OIDC_ISSUER,
        clientId: process.env.OIDC_CLIENT_ID,
        clientSecret: process.env.OIDC_CLIENT_SECRET,
        name: process.env.OIDC_NAME || 'Ministry sign-on',
      }
    : null

/** Sign-in throttling: failures tolerated per account before waits begin, and the first wait. */
export const signInLimits = {
  freeAccountFailures: 3,
  firstWaitMs: Number(process.env.SIGN_IN_BACKOFF_MS || 2000),
  longestWaitMs: 60_000,
  addressFailures: Number(process.env.SIGN_IN_ADDRESS_LIMIT || 30),
  addressWindowMs: 15 * 60 * 1000,
}

/** How many proxies in front of the app append to X-Forwarded-For (0: the app faces clients). */
export const trustedProxies = Number(process.env.TRUSTED_PROXIES || 0)

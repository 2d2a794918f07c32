// Every setting the app reads from its environment, in one place. See .env.example.
/** Where content lives: unset or file: is the embedded SQLite file, mongodb:// is MongoDB. */
export const databaseURL = process.env.DATABASE_URL || 'file:./data/cms.db'

export const isMongo = /^mongodb(\+srv)?:\/\//.test(databaseURL)

/** The public address of the site, for links in emails, feeds and CSRF/CORS checks. */
export const serverURL = (process.env.SERVER_URL || process.env.NEXT_PUBLIC_SERVER_URL || 'http://localhost:3000').replace(/\/$/, '')

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

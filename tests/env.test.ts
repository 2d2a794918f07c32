import { spawnSync } from 'node:child_process'
import { describe, expect, it } from 'vitest'
import { readEnv } from '../config/env'

/** The message a start with these settings stops with, or '' when it starts. */
const refusal = (env: Record<string, string>) => {
  try {
    readEnv(env)
    return ''
  } catch (error) {
    return (error as Error).message
  }
}

describe('the configuration, checked at start', () => {
  it('refuses a number that is not one, naming the variable and what it expects', () => {
    expect(refusal({ SIGN_IN_BACKOFF_MS: '2s' })).toMatch(
      /SIGN_IN_BACKOFF_MS="2s": expected milliseconds as a whole number/,
    )
    expect(refusal({ TRUSTED_PROXIES: 'one' })).toMatch(/TRUSTED_PROXIES="one": expected a count of proxies/)
    expect(refusal({ TRUSTED_PROXIES: '-1' })).toMatch(/TRUSTED_PROXIES/)
    expect(refusal({ SIGN_IN_ADDRESS_LIMIT: '0' })).toMatch(
      /SIGN_IN_ADDRESS_LIMIT="0": expected .* at least 1/,
    )
    expect(refusal({ SMTP_PORT: '70000' })).toMatch(/SMTP_PORT/)
    expect(refusal({ MAX_UPLOAD_MB: '10MB' })).toMatch(/MAX_UPLOAD_MB/)
  })

  it('refuses flags other than true or false, addresses that are not http(s), and unknown databases', () => {
    expect(refusal({ INSECURE_COOKIES: 'yes' })).toMatch(/INSECURE_COOKIES="yes": expected true or false/)
    expect(refusal({ SMTP_SECURE: '1' })).toMatch(/SMTP_SECURE/)
    expect(refusal({ SERVER_URL: 'films.example.org' })).toMatch(
      /SERVER_URL="films.example.org": expected an http\(s\) address/,
    )
    expect(refusal({ OIDC_ISSUER: 'javascript:alert(1)' })).toMatch(/OIDC_ISSUER/)
    expect(refusal({ DATABASE_URL: 'postgres://db/cms' })).toMatch(/DATABASE_URL/)
    expect(refusal({ JOBS_CRON: 'every minute' })).toMatch(/JOBS_CRON/)
  })

  it('names every bad variable at once', () => {
    const message = refusal({ SIGN_IN_BACKOFF_MS: '2s', TRUSTED_PROXIES: 'one' })
    expect(message).toContain('SIGN_IN_BACKOFF_MS')
    expect(message).toContain('TRUSTED_PROXIES')
  })

  it('accepts the documented values, and empty lines as unset', () => {
    expect(
      refusal({
        SIGN_IN_BACKOFF_MS: '2000',
        SIGN_IN_ADDRESS_LIMIT: '30',
        TRUSTED_PROXIES: '0',
        SMTP_PORT: '587',
        SMTP_SECURE: 'false',
        INSECURE_COOKIES: '',
        SERVER_URL: 'http://localhost:3000',
        DATABASE_URL: 'file:./data/cms.db',
        JOBS_CRON: '* * * * *',
        OIDC_ISSUER: '',
      }),
    ).toBe('')
  })

  it('a production server without SERVER_URL says so instead of serving localhost links', () => {
    const production = { NODE_ENV: 'production', PAYLOAD_SECRET: 'a-long-random-secret' }
    expect(refusal(production)).toMatch(/SERVER_URL is not set/)
    expect(refusal({ ...production, SERVER_URL: 'https://films.example.org' })).toBe('')
    // `next build` runs with NODE_ENV=production too, and needs no address.
    expect(refusal({ ...production, NEXT_PHASE: 'phase-production-build' })).toBe('')
  })

  it('a process that loads the configuration stops at once, naming the variable', () => {
    const started = spawnSync(
      process.execPath,
      ['--import', 'tsx', '-e', "await import('./config/env.ts'); console.log('started')"],
      { env: { ...process.env, SIGN_IN_BACKOFF_MS: '2s' }, encoding: 'utf8' },
    )
    expect(started.status).not.toBe(0)
    expect(started.stdout).not.toContain('started')
    expect(started.stderr).toContain('SIGN_IN_BACKOFF_MS="2s"')
  })
})

import { describe, expect, it, vi } from 'vitest'
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

describe('image storage and the job queue, configured by environment', () => {
  it('accepts a bucket with an S3-compatible endpoint and keys', () => {
    expect(
      refusal({
        S3_BUCKET: 'film-media',
        S3_ENDPOINT: 'https://s3.ministry.example',
        S3_REGION: 'eu-central-1',
        S3_ACCESS_KEY_ID: 'key',
        S3_SECRET_ACCESS_KEY: 'secret',
        S3_FORCE_PATH_STYLE: 'true',
      }),
    ).toBe('')
  })

  it('refuses S3 settings without a bucket, which would keep images on one machine unnoticed', () => {
    expect(refusal({ S3_ENDPOINT: 'https://s3.ministry.example' })).toMatch(
      /S3_ENDPOINT is set but S3_BUCKET is not/,
    )
  })

  it('refuses a key without its secret', () => {
    expect(refusal({ S3_BUCKET: 'film-media', S3_ACCESS_KEY_ID: 'key' })).toMatch(
      /S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY go together/,
    )
  })

  it('refuses a bucket name S3 would refuse, an endpoint that is not http(s), and a flag that is not one', () => {
    expect(refusal({ S3_BUCKET: 'Film_Media' })).toMatch(/S3_BUCKET="Film_Media": expected a bucket name/)
    expect(refusal({ S3_BUCKET: 'film-media', S3_ENDPOINT: 'minio:9000' })).toMatch(/S3_ENDPOINT/)
    expect(refusal({ S3_BUCKET: 'film-media', S3_FORCE_PATH_STYLE: 'yes' })).toMatch(/S3_FORCE_PATH_STYLE/)
  })

  it('runs the job queue unless JOBS_AUTORUN=false, and refuses other values', () => {
    expect(readEnv({}).JOBS_AUTORUN).toBe(true)
    expect(readEnv({ JOBS_AUTORUN: 'true' }).JOBS_AUTORUN).toBe(true)
    expect(readEnv({ JOBS_AUTORUN: 'false' }).JOBS_AUTORUN).toBe(false)
    expect(refusal({ JOBS_AUTORUN: 'no' })).toMatch(/JOBS_AUTORUN="no": expected true or false/)
  })

  /** Whether a server started with this JOBS_AUTORUN would run the queue (outside the test runner). */
  const serverRunsQueue = async (value: string) => {
    vi.resetModules()
    vi.stubEnv('JOBS_AUTORUN', value)
    try {
      const { default: config } = await import('../payload.config')
      vi.stubEnv('NODE_ENV', 'production')
      return await (
        await config
      ).jobs.shouldAutoRun!({} as never)
    } finally {
      vi.unstubAllEnvs()
    }
  }

  it('a server with JOBS_AUTORUN=false leaves the queue to another instance', async () => {
    expect(await serverRunsQueue('false')).toBe(false)
    expect(await serverRunsQueue('')).toBe(true)
  })
})

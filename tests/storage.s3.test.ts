// Images in an S3-compatible bucket (S3_BUCKET set), against a real S3 server started here: s3rver,
// a pure-JS implementation of the S3 REST API, on a port of its own and a folder of its own.
import fs from 'node:fs'
import path from 'node:path'
import { ListObjectsV2Command, S3Client } from '@aws-sdk/client-s3'
import type { Payload } from 'payload'
import S3rver from 's3rver'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { World } from './helpers/world'

const bucket = 'film-media'
const environmentBefore = { ...process.env }
const runDir = process.env.TEST_RUN_DIR!
let server: S3rver
let bucketClient: S3Client
let payload: Payload
let world: World
let fileRoute: (
  request: Request,
  args: { params: Promise<{ slug: string[] }> },
) => Response | Promise<Response>
let helpers: typeof import('./helpers/payload')
let images: typeof import('./helpers/image')

beforeAll(async () => {
  const directory = fs.mkdtempSync(path.join(runDir, 's3rver-'))
  server = new S3rver({
    address: '127.0.0.1',
    port: 0,
    silent: true,
    directory,
    configureBuckets: [{ name: bucket, configs: [] }],
  })
  const { port } = await server.run()
  const settings = {
    S3_BUCKET: bucket,
    S3_ENDPOINT: `http://127.0.0.1:${port}`,
    S3_REGION: 'us-east-1',
    // s3rver's fixed development credentials; it checks the signature made with them.
    S3_ACCESS_KEY_ID: 'S3RVER',
    S3_SECRET_ACCESS_KEY: 'S3RVER',
    S3_FORCE_PATH_STYLE: 'true',
    // An empty folder of its own: the test proves nothing lands on this machine's disk.
    MEDIA_DIR: fs.mkdtempSync(path.join(runDir, 'media-unused-')),
  }
  Object.assign(process.env, settings)
  bucketClient = new S3Client({
    region: 'us-east-1',
    endpoint: settings.S3_ENDPOINT,
    forcePathStyle: true,
    credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' },
  })
  // The configuration reads the environment when first imported: only now, with S3 set.
  helpers = await import('./helpers/payload')
  images = await import('./helpers/image')
  const [{ default: config }, { isMongo }, { REST_GET }, { guardAPIRequest }, { buildWorld }] =
    await Promise.all([
      import('@payload-config'),
      import('../config/env'),
      import('@payloadcms/next/routes'),
      import('../lib/apiRequestGuard'),
      import('./helpers/world'),
    ])
  payload = await helpers.startPayload()
  world = await buildWorld(payload, 's3')
  // Payload's REST route behind the guard, as app/(payload)/api/[...slug]/route.ts serves it.
  fileRoute = guardAPIRequest(REST_GET(config), { numericIDs: !isMongo })
})

afterAll(async () => {
  await payload?.destroy()
  await server?.close().catch(() => {}) // the last test stopped it already
  process.env = environmentBefore
})

const keysInBucket = async () =>
  ((await bucketClient.send(new ListObjectsV2Command({ Bucket: bucket }))).Contents ?? []).map(
    (object) => object.Key,
  )

/** GET /api/media/file/<name>, anonymous or with a signed-in user's token. */
const fetchFile = (filename: string, token?: string) =>
  fileRoute(
    new Request(`http://localhost/api/media/file/${encodeURIComponent(filename)}`, {
      headers: token ? { Authorization: `JWT ${token}` } : {},
    }),
    { params: Promise.resolve({ slug: ['media', 'file', filename] }) },
  )

const signIn = async (email: string) =>
  (await payload.login({ collection: 'users', data: { email, password: world.password } })).token!

const uploadLarge = async (name: string) => {
  const data = await images.jpeg(1800, 1000)
  return payload.create({
    collection: 'media',
    context: helpers.context,
    data: { alt: name },
    file: { data, mimetype: 'image/jpeg', name, size: data.length },
  })
}

describe('images in an S3-compatible bucket', () => {
  it('an upload and each of its sizes are stored in the bucket, and nothing on this machine', async () => {
    const image = await uploadLarge('premiere-hall.jpg')
    const sizes = ['card', 'hero', 'social'] as const
    const names = [image.filename, ...sizes.map((size) => image.sizes?.[size]?.filename)]
    expect(names.every(Boolean)).toBe(true)
    expect(await keysInBucket()).toEqual(expect.arrayContaining(names))
    expect(fs.readdirSync(process.env.MEDIA_DIR!)).toEqual([])
  })

  it('a public image and its sizes are served from the bucket through /api/media/file, each at its size', async () => {
    const image = await uploadLarge('festival-poster.jpg')
    await payload.update({
      collection: 'films',
      id: world.film.id,
      context: helpers.context,
      data: { poster: image.id },
    })
    const { default: sharp } = await import('sharp')
    for (const [name, width] of [
      [image.filename!, 1800],
      [image.sizes!.card!.filename!, 640],
      [image.sizes!.hero!.filename!, 1600],
    ] as const) {
      const response = await fetchFile(name)
      expect(response.status, name).toBe(200)
      expect(response.headers.get('content-type')).toBe('image/jpeg')
      const bytes = Buffer.from(await response.arrayBuffer())
      expect((await sharp(bytes).metadata()).width, name).toBe(width)
    }
    // The same address as with local storage: the app serves the bucket's images itself.
    expect(new URL(image.url!).pathname).toBe(`/api/media/file/${image.filename}`)
    expect(new URL(image.sizes!.card!.url!).pathname).toBe(`/api/media/file/${image.sizes!.card!.filename}`)
  })

  it('a private image is in the bucket but not served to the public; its embassy sees it', async () => {
    const image = await payload.findByID({ collection: 'media', id: world.privateImageA.id })
    expect(await keysInBucket()).toContain(image.filename)
    expect((await fetchFile(image.filename!)).status).toBe(403)
    const owner = await fetchFile(image.filename!, await signIn(world.users.embassyA.email))
    expect(owner.status).toBe(200)
    const otherEmbassy = await fetchFile(image.filename!, await signIn(world.users.embassyB.email))
    expect(otherEmbassy.status).toBe(403)
  })

  it('the portal reads an embassy’s own photo from the bucket', async () => {
    const { readStoredImage } = await import('../config/readStoredImage')
    const image = await payload.findByID({ collection: 'media', id: world.privateImageA.id })
    const bytes = await readStoredImage(image.filename!)
    expect(Buffer.from(bytes).subarray(0, 2)).toEqual(Buffer.from([0xff, 0xd8]))
  })

  it('uploads one after another with one context object all reach the bucket (payload#17546)', async () => {
    const first = await uploadLarge('first-of-two.jpg')
    const second = await uploadLarge('second-of-two.jpg')
    expect(await keysInBucket()).toEqual(expect.arrayContaining([first.filename, second.filename]))
  })

  it('an upload reaches the bucket re-encoded, without its camera details', async () => {
    const { default: sharp } = await import('sharp')
    const data = await sharp({ create: { width: 40, height: 20, channels: 3, background: '#336699' } })
      .jpeg()
      .withMetadata({ exif: { IFD0: { Make: 'SpyCam', Artist: 'Someone' } } })
      .toBuffer()
    const image = await payload.create({
      collection: 'media',
      context: helpers.context,
      data: { alt: 'Camera' },
      file: { data, mimetype: 'image/jpeg', name: 'Камера.JPG', size: data.length },
    })
    const { readStoredImage } = await import('../config/readStoredImage')
    const stored = Buffer.from(await readStoredImage(image.filename!))
    expect(image.filename).toMatch(/^kamera(-\d+)?\.jpg$/)
    expect(stored.includes(Buffer.from('SpyCam'))).toBe(false)
    expect((await sharp(stored).metadata()).exif).toBeUndefined()
  })

  it('deleting an image removes it and every size from the bucket', async () => {
    const image = await uploadLarge('withdrawn-still.jpg')
    const names = [image.filename, ...Object.values(image.sizes ?? {}).map((size) => size?.filename)]
    expect(await keysInBucket()).toEqual(expect.arrayContaining(names))
    await payload.delete({ collection: 'media', id: image.id, context: helpers.context })
    const left = await keysInBucket()
    for (const name of names) expect(left).not.toContain(name)
  })

  // Last: it stops the S3 server.
  it('when the bucket cannot be reached, the upload is refused and no image is left without its file', async () => {
    await server.close()
    const error = await helpers.rejection(uploadLarge('lost-in-transit.jpg'))
    expect(error.status).toBeGreaterThanOrEqual(500)
    const left = await payload.count({
      collection: 'media',
      where: { filename: { like: 'lost-in-transit' } },
    })
    expect(left.totalDocs).toBe(0)
  })
})

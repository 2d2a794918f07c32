import config from '@payload-config'
import { GRAPHQL_POST, REST_GET, REST_POST } from '@payloadcms/next/routes'
import type { Payload } from 'payload'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { guardAPIRequest } from '../lib/apiRequestGuard'
import { blankPNG } from './helpers/image'
import { context, rejection, startPayload } from './helpers/payload'

let payload: Payload
beforeAll(async () => {
  payload = await startPayload()
})
afterAll(() => payload.destroy())

// Payload's own route handlers behind the guard, as app/(payload)/api routes them.
const graphQL = guardAPIRequest(GRAPHQL_POST(config), { numericIDs: true })
const rest = guardAPIRequest(REST_GET(config), { numericIDs: true })
const restPost = guardAPIRequest(REST_POST(config), { numericIDs: true })
const askGraphQL = async (query: string, variables?: object) => {
  const response = await graphQL(
    new Request('http://localhost/api/graphql', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ query, variables }),
    }),
    undefined,
  )
  const body = await response.json()
  return { status: response.status, message: body.errors?.[0]?.message as string | undefined, body }
}
const askREST = async (path: string) => {
  const response = await rest(new Request(`http://localhost/api/${path}`), {
    params: Promise.resolve({ slug: path.split('?')[0].split('/') }),
  })
  const body = await response.json()
  return { status: response.status, message: body.errors?.[0]?.message as string | undefined, body }
}

describe('GraphQL: no single query may cost without bound', () => {
  it('500 aliases of one field are refused before they run, naming the limit', async () => {
    const aliases = Array.from({ length: 500 }, (_, i) => `a${i}: Films { totalDocs }`).join(' ')
    const { status, message } = await askGraphQL(`{ ${aliases} }`)
    expect(status).toBe(400)
    // 500 aliases are 11,000 characters: the length limit refuses them before anything is parsed.
    expect(message).toBe('This query is longer than 10000 characters; at most 10000 are allowed.')
  })

  it('more than 20 aliases are refused, however short the query', async () => {
    const aliases = Array.from({ length: 21 }, (_, i) => `a${i}: Films { totalDocs }`).join(' ')
    const { status, message } = await askGraphQL(`{ ${aliases} }`)
    expect(status).toBe(400)
    expect(message).toBe('This query uses 21 aliases; at most 20 are allowed.')
  })

  it('a fragment cycle is a 400, not a 500', async () => {
    const { status, message } = await askGraphQL(
      '{ Films { docs { ...A } } } fragment A on Film { title ...B } fragment B on Film { year ...A }',
    )
    expect(status).toBe(400)
    expect(message).toContain('Cannot spread fragment "A" within itself')
  })

  it('a query of too many tokens is refused', async () => {
    const { status, message } = await askGraphQL(`{ Films { docs { ${'a '.repeat(2500)} } } }`)
    expect(status).toBe(400)
    expect(message).toBe('This query has more than 2000 tokens; at most 2000 are allowed.')
  })

  it('a list’s limit multiplies what is selected in it', async () => {
    const fields = 'title year runtime originalTitle slug'
    const allowed = await askGraphQL(`{ Films(limit: 100) { docs { ${fields} } } }`)
    expect(allowed.status).toBe(200)
    expect(allowed.body.errors).toBeUndefined()
    // Twenty aliases of the same page: 20 × (10 + 1 + 100 × 5) lookups.
    const aliased = Array.from({ length: 20 }, (_, i) => `a${i}: Films(limit: 100) { docs { ${fields} } }`)
    const refused = await askGraphQL(`{ ${aliased.join(' ')} }`)
    expect(refused.status).toBe(400)
    expect(refused.message).toMatch(/^This query would cost 10220 field lookups; at most 5000 are allowed/)
    expect(refused.body.data ?? null).toBeNull()
  })

  it('a limit above the largest page, or 0 (“all”), is refused', async () => {
    expect((await askGraphQL('{ Films(limit: 100000) { docs { title } } }')).message).toMatch(
      /“limit” must be a whole number from 1 to 250/,
    )
    expect(
      (await askGraphQL('query ($n: Int) { Films(limit: $n) { docs { title } } }', { n: 0 })).message,
    ).toMatch(/“limit” must be a whole number from 1 to 250/)
  })

  it('a page past the last is refused', async () => {
    expect((await askGraphQL('{ Films(page: 20000) { docs { title } } }')).message).toBe(
      '“page” must be a whole number from 1 to 10000.',
    )
  })

  it('and/or nested more than 5 deep is refused', async () => {
    const nested = `${'{ and: ['.repeat(6)}{ title: { equals: "x" } }${'] }'.repeat(6)}`
    const { status, message } = await askGraphQL(`{ Films(where: ${nested}) { totalDocs } }`)
    expect(status).toBe(400)
    expect(message).toBe('This filter nests and/or more than 5 levels deep; at most 5 are allowed.')
  })

  it('a 40,000-value `in` filter is a 400, inline or in variables', async () => {
    const ids = Array.from({ length: 40_000 }, (_, i) => i + 1)
    const variables = await askGraphQL(
      'query ($ids: [JSON]) { Films(where: { id: { in: $ids } }) { totalDocs } }',
      {
        ids,
      },
    )
    expect(variables.status).toBe(400)
    expect(variables.message).toBe(
      'A list in the query’s variables has 40000 values; at most 200 are allowed.',
    )
    const inline = await askGraphQL(
      `{ Films(where: { id: { in: [${ids.slice(0, 300).join(',')}] } }) { totalDocs } }`,
    )
    expect(inline.message).toBe('A “in” filter may list at most 200 values.')
  })
})

describe('REST: filters and pages are bounded', () => {
  it('a 40,000-value `in` filter is a 400 naming the limit', async () => {
    const ids = Array.from({ length: 40_000 }, (_, i) => i + 1).join(',')
    const { status, message } = await askREST(`films?where[id][in]=${ids}`)
    expect(status).toBe(400)
    expect(message).toBe('A “in” filter may list at most 200 values.')
  })

  it('the same filter sent as a POST read (as the admin’s relationship fields send) is a 400 too', async () => {
    const ids = Array.from({ length: 40_000 }, (_, i) => i + 1).join(',')
    const response = await restPost(
      new Request('http://localhost/api/films', {
        method: 'POST',
        headers: {
          'Content-Type': 'application/x-www-form-urlencoded',
          'X-Payload-HTTP-Method-Override': 'GET',
        },
        body: `where[id][in]=${ids}`,
      }),
      { params: Promise.resolve({ slug: ['films'] }) },
    )
    expect(response.status).toBe(400)
    expect((await response.json()).errors[0].message).toBe('A “in” filter may list at most 200 values.')
  })

  it('a filter of more than 50 conditions is refused', async () => {
    const many = Array.from({ length: 60 }, (_, i) => `where[or][${i}][title][equals]=x${i}`).join('&')
    expect((await askREST(`films?${many}`)).message).toBe(
      'This filter has more than 50 conditions; at most 50 are allowed.',
    )
  })

  it('limit=100000 is a 400; limit=0 (“all”) is read as the largest page', async () => {
    const huge = await askREST('films?limit=100000')
    expect(huge.status).toBe(400)
    expect(huge.message).toBe('“limit” must be a whole number from 1 to 250; ask for the next page for more.')
    const all = await askREST('films?limit=0')
    expect(all.status).toBe(200)
    expect(all.body.limit).toBe(250)
  })

  it('answers the page of 250 that Payload’s admin asks for to title its relationship cells', async () => {
    const titles = await askREST('events?depth=0&draft=true&limit=250&select[title]=true')
    expect(titles.status).toBe(200)
  })
})

describe('images too large to decode are refused before decoding', () => {
  const upload = async (data: Buffer, name: string, mimetype: string) =>
    payload.create({
      collection: 'media',
      context,
      data: { alt: 'Test' },
      file: { data, name, mimetype, size: data.length },
    })

  it('a 16000×16000 PNG of one colour (a small file) is refused with the limit named', async () => {
    const bomb = blankPNG(16000, 16000)
    expect(bomb.length).toBeLessThan(64 * 1024)
    const refused = await rejection(upload(bomb, 'bomb.png', 'image/png'))
    expect(refused.status).toBe(400)
    expect(refused.paths).toEqual(['file'])
    expect(refused.messages[0]).toBe(
      'This image is 16000×16000 pixels; the limit is 12,000 pixels a side and 40 megapixels. Export it smaller (2000 px wide is plenty) and upload again.',
    )
  })

  it('an image longer than 12,000 pixels on one side is refused, however few its pixels', async () => {
    const strip = await sharp({ create: { width: 12001, height: 10, channels: 3, background: '#345' } })
      .png()
      .toBuffer()
    expect((await rejection(upload(strip, 'strip.png', 'image/png'))).status).toBe(400)
  })

  it('a 4000×3000 photo is accepted', async () => {
    const photo = await sharp({ create: { width: 4000, height: 3000, channels: 3, background: '#2a5ca0' } })
      .jpeg()
      .toBuffer()
    const image = await upload(photo, 'photo.jpg', 'image/jpeg')
    expect([image.width, image.height]).toEqual([4000, 3000])
  })
})

import type { CollectionSlug, Payload, Where } from 'payload'
import { embassies } from '../embassies'
import { events } from '../events'
import { films } from '../films'
import { demoUsers } from '../index'
import { reports } from '../reports'
import { demoImageFilenames } from './images'

const count = async (payload: Payload, collection: CollectionSlug, where: Where) =>
  (await payload.count({ collection, where, overrideAccess: true, trash: true } as never)).totalDocs

/**
 * What the database holds beyond the demo content ("3 films, 1 user"), empty when it holds only
 * the demo or nothing. An archive of invented events must never be mixed into a ministry's real one.
 */
export const contentBeyondDemo = async (payload: Payload): Promise<string[]> => {
  const demoEvents = await payload.find({
    collection: 'events',
    where: { slug: { in: events.map((event) => event.slug) } },
    overrideAccess: true,
    depth: 0,
    pagination: false,
    trash: true,
    select: { slug: true },
  })
  const found: [number, string, string][] = [
    [await count(payload, 'films', { slug: { not_in: films.map((film) => film.slug) } }), 'film', 'films'],
    [
      await count(payload, 'events', { slug: { not_in: events.map((event) => event.slug) } }),
      'event',
      'events',
    ],
    [
      await count(
        payload,
        'screenings',
        demoEvents.docs.length ? { event: { not_in: demoEvents.docs.map((event) => event.id) } } : {},
      ),
      'screening',
      'screenings',
    ],
    [
      await count(payload, 'reports', { slug: { not_in: reports.map((report) => report.slug) } }),
      'report',
      'reports',
    ],
    [
      await count(payload, 'embassies', { slug: { not_in: embassies.map((embassy) => embassy.slug) } }),
      'embassy',
      'embassies',
    ],
    [
      await count(payload, 'users', { email: { not_in: demoUsers.map((user) => user.email) } }),
      'user account',
      'user accounts',
    ],
    [await count(payload, 'media', { filename: { not_in: demoImageFilenames } }), 'image', 'images'],
  ]
  return found
    .filter(([n]) => n > 0)
    .map(([n, one, many]) => `${n.toLocaleString('en')} ${n === 1 ? one : many}`)
}

export class ArchiveRefused extends Error {
  constructor(found: string[]) {
    super(
      `This database already holds content that is not the demo's: ${found.join(', ')}. ` +
        'seed:large adds an invented archive only to an empty database or one with just the demo, so ' +
        'that generated events never mix with real ones. Point DATABASE_URL at a fresh file ' +
        '(DATABASE_URL=file:./data/archive.db npm run seed:large), or pass --force to add it anyway.',
    )
    this.name = 'ArchiveRefused'
  }
}

// Which cached pages a change refreshes: the tag rules, checked without a database or a server.
import { describe, expect, it } from 'vitest'
import { tagsForChange } from '../lib/cacheTags'
import { isCacheTag } from '../lib/revalidation'

const event = {
  id: 7,
  slug: 'days-of-kazakh-cinema-brussels',
  country: 'BE',
  films: [3, { id: 4 }],
  _status: 'published',
}
const film = { id: 3, slug: 'road-to-mother', title: 'Road to Mother' }
const report = { id: 9, slug: 'brussels-report', event: 7, status: 'published', statusHistory: [] }

describe('an event’s change', () => {
  const tags = tagsForChange({ collection: 'events', doc: event, previousDoc: event })

  it('touches its own page, in every language under one tag', () =>
    expect(tags).toContain('events/days-of-kazakh-cinema-brussels'))
  it('touches the lists of events and its country’s page', () =>
    expect(tags).toEqual(expect.arrayContaining(['events', 'countries/be'])))
  it('touches the pages of the films it shows, which list the events that showed them', () =>
    expect(tags).toEqual(expect.arrayContaining(['events-of-film:3', 'events-of-film:4'])))
  it('touches the home page’s figures and /events.ics, which count its screenings', () =>
    expect(tags).toContain('screenings'))
  it('does not touch unrelated films, other countries or reports', () => {
    expect(tags).not.toContain('films')
    expect(tags).not.toContain('reports')
    expect(tags.filter((tag) => tag.startsWith('countries/'))).toEqual(['countries/be'])
  })
  it('touches the pages of the films it screens, which list their coming screenings under its title', () =>
    expect(
      tagsForChange({ collection: 'events', doc: event, previousDoc: event, related: { filmIDs: [5, 3] } }),
    ).toEqual(expect.arrayContaining(['screenings-of-film:5', 'screenings-of-film:3'])))
  it('leaves the coming screenings of films it does not screen alone', () =>
    expect(tags.filter((tag) => tag.startsWith('screenings-of-film:'))).toEqual([]))
  it('touches its report’s page and the latest reports when it has a report', () =>
    expect(
      tagsForChange({
        collection: 'events',
        doc: event,
        previousDoc: event,
        related: { reportSlugs: ['brussels-report'] },
      }),
    ).toEqual(expect.arrayContaining(['reports/brussels-report', 'reports'])))
  it('is only tags the server accepts', () => expect(tags.every(isCacheTag)).toBe(true))
})

describe('what moved', () => {
  it('a slug change touches the old slug’s page and the new one', () => {
    const tags = tagsForChange({
      collection: 'events',
      doc: { ...event, slug: 'new-name' },
      previousDoc: event,
    })
    expect(tags).toEqual(expect.arrayContaining(['events/days-of-kazakh-cinema-brussels', 'events/new-name']))
  })
  it('a move to another country touches both countries', () =>
    expect(
      tagsForChange({ collection: 'events', doc: { ...event, country: 'FR' }, previousDoc: event }),
    ).toEqual(expect.arrayContaining(['countries/be', 'countries/fr'])))
  it('a film taken off an event touches that film’s page too', () =>
    expect(
      tagsForChange({ collection: 'events', doc: { ...event, films: [4] }, previousDoc: event }),
    ).toContain('events-of-film:3'))
})

describe('drafts and unpublished documents', () => {
  const draft = { ...event, _status: 'draft' }
  it('a draft never published touches nothing', () =>
    expect(tagsForChange({ collection: 'events', doc: draft, previousDoc: draft })).toEqual([]))
  it('a new draft touches nothing', () =>
    expect(tagsForChange({ collection: 'events', doc: draft })).toEqual([]))
  it('an unpublished report touches nothing', () =>
    expect(
      tagsForChange({
        collection: 'reports',
        doc: { ...report, status: 'submitted' },
        previousDoc: { ...report, status: 'draft' },
      }),
    ).toEqual([]))
  it('publishing a draft touches the page that answered 404', () =>
    expect(tagsForChange({ collection: 'events', doc: event, previousDoc: draft })).toContain(
      'events/days-of-kazakh-cinema-brussels',
    ))
  it('unpublishing touches the page it leaves', () =>
    expect(tagsForChange({ collection: 'events', doc: draft, previousDoc: event })).toContain(
      'events/days-of-kazakh-cinema-brussels',
    ))
  it('a deletion touches the pages the document was on', () =>
    expect(tagsForChange({ collection: 'events', previousDoc: event })).toEqual(
      expect.arrayContaining(['events/days-of-kazakh-cinema-brussels', 'events', 'countries/be']),
    ))
  it('a document in the trash is not public', () =>
    expect(tagsForChange({ collection: 'events', doc: { ...event, deletedAt: '2026-01-01' } })).toEqual([]))
})

describe('other collections', () => {
  it('a film touches its page, the catalogue and the events that list or screen it, not its own events list', () => {
    const tags = tagsForChange({
      collection: 'films',
      doc: film,
      previousDoc: film,
      related: { eventSlugs: ['days-of-kazakh-cinema-brussels'], eventIDs: [7, 8] },
    })
    expect(tags.sort()).toEqual(
      [
        'films/road-to-mother',
        'films',
        'events/days-of-kazakh-cinema-brussels',
        'screenings-of:7',
        'screenings-of:8',
      ].sort(),
    )
  })
  it('a screening touches its event’s screenings, its film’s and the counts, not the event list', () =>
    expect(
      tagsForChange({ collection: 'screenings', doc: { id: 1, event: { id: 7 }, film: 3 } }).sort(),
    ).toEqual(['screenings', 'screenings-of:7', 'screenings-of-film:3'].sort()))
  it('a published report touches its page, the latest reports and its event’s page', () =>
    expect(tagsForChange({ collection: 'reports', doc: report }).sort()).toEqual(
      ['reports', 'reports/brussels-report', 'report-of:7'].sort(),
    ))
  it('an embassy touches its country’s page and the pages that name it', () =>
    expect(
      tagsForChange({
        collection: 'embassies',
        doc: { id: 2, country: 'BE', name: 'Embassy in Belgium' },
        related: { eventSlugs: ['a'], reportSlugs: ['b'] },
      }).sort(),
    ).toEqual(['countries/be', 'events/a', 'reports', 'reports/b'].sort()))
  it('a collection with no public pages touches nothing', () =>
    expect(tagsForChange({ collection: 'users', doc: { id: 1 } })).toEqual([]))
})

describe('the server’s tag check', () => {
  it('accepts MongoDB IDs and Cyrillic slugs', () => {
    expect(isCacheTag('screenings-of:65a1f0c2e4b0a1b2c3d4e5f6')).toBe(true)
    expect(isCacheTag('events/кино')).toBe(true)
  })
  it('refuses paths, spaces and overlong tags', () => {
    expect(isCacheTag('/en/events/x')).toBe(false)
    expect(isCacheTag('events x')).toBe(false)
    expect(isCacheTag(`events/${'a'.repeat(300)}`)).toBe(false)
    expect(isCacheTag(42)).toBe(false)
  })
})

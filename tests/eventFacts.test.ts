import { describe, expect, it } from 'vitest'
import { eventHasEnded, screeningHasStarted, venueMapURL, venuesOfEvent } from '../lib/eventFacts'

describe('event facts', () => {
  const event = { startsOn: '2026-12-09T12:00:00.000Z', endsOn: null, timezone: 'America/New_York' }

  it('an event has not ended while its last day lasts on the venue’s calendar', () => {
    // 02:00 UTC on the 10th is still the evening of the 9th in Washington.
    expect(eventHasEnded(event, new Date('2026-12-10T02:00:00Z'))).toBe(false)
    expect(eventHasEnded(event, new Date('2026-12-10T06:00:00Z'))).toBe(true)
  })

  it('a screening that has begun is past', () => {
    expect(screeningHasStarted('2026-12-10T00:00:00Z', new Date('2026-12-09T23:59:00Z'))).toBe(false)
    expect(screeningHasStarted('2026-12-10T00:00:00Z', new Date('2026-12-10T00:00:00Z'))).toBe(true)
  })

  it('a venue with coordinates is pinned on the map; one without is searched by its address', () => {
    expect(venueMapURL({ latitude: 50.8474, longitude: 4.3553 })).toBe(
      'https://www.openstreetmap.org/?mlat=50.8474&mlon=4.3553#map=17/50.8474/4.3553',
    )
    expect(venueMapURL({ address: 'Galerie de la Reine 26', city: 'Brussels' })).toBe(
      'https://www.openstreetmap.org/search?query=Galerie%20de%20la%20Reine%2026%2C%20Brussels',
    )
    expect(venueMapURL({ address: 'Pantiero, 06400 Cannes', city: 'Cannes' })).toBe(
      'https://www.openstreetmap.org/search?query=Pantiero%2C%2006400%20Cannes',
    )
    expect(venueMapURL({ name: 'Somewhere' })).toBeNull()
  })

  it('each venue is listed once, the event’s first', () => {
    const venues = venuesOfEvent(
      [{ name: 'Cinéma Galeries', address: 'Galerie de la Reine 26' }],
      [{ name: 'cinéma galeries' }, { name: 'Embassy hall' }, null],
    )
    expect(venues.map((venue) => venue.name)).toEqual(['Cinéma Galeries', 'Embassy hall'])
  })
})

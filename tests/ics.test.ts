import ICAL from 'ical.js'
import { describe, expect, it } from 'vitest'
import { placeLine } from '../lib/calendarEntries'
import { toICS } from '../lib/ics'

const parse = (text: string) =>
  new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent))

const screening = (updatedAt: string) =>
  toICS(
    [
      {
        uid: 'screening-7@example.org',
        title: 'Amre — premiere in Washington',
        startsAt: '2026-12-10T00:00:00.000Z',
        endsAt: '2026-12-10T02:00:00.000Z',
        location: 'AFI Silver Theatre, 8633 Colesville Rd, Silver Spring, United States',
        updatedAt,
      },
    ],
    'Kazakh Cinema Abroad',
  )

describe('calendar files', () => {
  it('carry the last change and a revision number that grows with each change, so apps take a new time', () => {
    const [first] = parse(screening('2026-11-01T10:00:00.000Z'))
    const [moved] = parse(screening('2026-11-20T08:30:00.000Z'))
    const lastModified = (event: ICAL.Event) =>
      (event.component.getFirstPropertyValue('last-modified') as ICAL.Time).toJSDate().toISOString()
    expect(lastModified(first)).toBe('2026-11-01T10:00:00.000Z')
    expect(lastModified(moved)).toBe('2026-11-20T08:30:00.000Z')
    expect(first.sequence).toBeGreaterThan(0)
    expect(moved.sequence).toBeGreaterThan(first.sequence)
    // The strictest apps read SEQUENCE as a 32-bit number.
    expect(parse(screening('2090-01-01T00:00:00.000Z'))[0].sequence).toBeLessThan(2 ** 31)
  })

  it('name a place once: a city already in the address is not repeated', () => {
    expect(placeLine(['Bozar', 'Rue Ravenstein 23, 1000 Brussels', 'Brussels', 'Belgium'])).toBe(
      'Bozar, Rue Ravenstein 23, 1000 Brussels, Belgium',
    )
    expect(placeLine(['Gaston Hall', null, 'Washington', 'United States'])).toBe(
      'Gaston Hall, Washington, United States',
    )
    expect(placeLine(['  ', undefined, 'Cannes', 'France'])).toBe('Cannes, France')
    // Whole words only, in any script and case.
    expect(placeLine(['Bernstein Hall', null, 'Bern', 'Switzerland'])).toBe(
      'Bernstein Hall, Bern, Switzerland',
    )
    expect(placeLine(['Кинотеатр «Арман», пр. Абая 1, АЛМАТЫ', 'Алматы', 'Казахстан'])).toBe(
      'Кинотеатр «Арман», пр. Абая 1, АЛМАТЫ, Казахстан',
    )
  })
})

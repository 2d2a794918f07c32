import { describe, expect, it } from 'vitest'
import { periodVerdict, screeningVerdict } from '../lib/licenceVerdict'

// The film pickers' notes (components/admin/FilmLicenceNote) read these before a save; the save
// itself applies lib/rights through hooks/checkScreeningFits, tested in tests/rules.test.ts.
const benelux = { territories: ['BE', 'NL', 'LU'], validFrom: '2026-01-01', validTo: '2026-11-05' }
const world = {
  territories: ['worldwide'],
  validFrom: '2026-11-07',
  formats: ['dcp'],
  nonCommercialOnly: true,
}

describe('whether a film is licensed where and when it would be shown', () => {
  it('an event’s days: all covered, some covered, none covered', () => {
    expect(periodVerdict([benelux], { country: 'BE', first: '2026-11-01', last: '2026-11-05' })).toBe('whole')
    expect(periodVerdict([benelux], { country: 'BE', first: '2026-11-04', last: '2026-11-08' })).toBe('part')
    expect(periodVerdict([benelux], { country: 'FR', first: '2026-11-01', last: '2026-11-05' })).toBe('none')
    // Two licences meeting with a day between them leave that day uncovered.
    expect(periodVerdict([benelux, world], { country: 'BE', first: '2026-11-05', last: '2026-11-07' })).toBe(
      'part',
    )
    expect(periodVerdict([benelux, world], { country: 'FR', first: '2026-11-08', last: '2026-11-09' })).toBe(
      'whole',
    )
    expect(periodVerdict([], { country: 'BE', first: '2026-11-01', last: '2026-11-01' })).toBe('none')
    expect(periodVerdict(null, { country: 'BE', first: '2026-11-01', last: '2026-11-01' })).toBe('none')
  })

  it('an event’s days for a screening whose format or admission is chosen before its time', () => {
    const period = { country: 'FR', first: '2026-11-08', last: '2026-11-09' }
    expect(periodVerdict([world], { ...period, format: 'dcp' })).toBe('whole')
    expect(periodVerdict([world], { ...period, format: 'bluray' })).toBe('none')
    expect(periodVerdict([world], { ...period, ticketed: true })).toBe('none')
  })

  it('a screening is read on the venue’s calendar: late evening in New York is the next day in UTC', () => {
    const newYork = { territories: ['US'], validTo: '2026-11-05' }
    const use = { country: 'US', startsAt: '2026-11-06T02:00:00.000Z', timeZone: 'America/New_York' }
    expect(screeningVerdict([newYork], use)).toEqual({ licensed: true, until: '2026-11-05' })
    expect(screeningVerdict([newYork], { ...use, timeZone: 'UTC' })).toMatchObject({
      licensed: false,
      rule: 'noLicence',
    })
  })

  it('says which rule a screening breaks: place and date, format, or tickets', () => {
    const use = { country: 'FR', startsAt: '2026-12-01T19:00:00.000Z', timeZone: 'Europe/Paris' }
    expect(screeningVerdict([world], use)).toEqual({ licensed: true, until: undefined })
    expect(screeningVerdict([world], { ...use, format: 'bluray' })).toMatchObject({
      licensed: false,
      rule: 'noLicenceForFormat',
      values: { formats: 'dcp' },
    })
    expect(screeningVerdict([world], { ...use, ticketed: true })).toMatchObject({
      licensed: false,
      rule: 'noLicenceForTickets',
    })
    expect(screeningVerdict([benelux], use)).toMatchObject({ licensed: false, rule: 'noLicence' })
  })
})

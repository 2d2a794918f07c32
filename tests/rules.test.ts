// The plain rules behind validation, checked without a database.
import { describe, expect, it } from 'vitest'
import { calendarDateIn } from '../lib/calendarDate'
import { isCountryCode } from '../lib/countries'
import { extractID, sameID } from '../lib/extractID'
import { refuseReportMove } from '../lib/reportWorkflow'
import { licenceCovers } from '../lib/rights'
import { slugify } from '../lib/slugify'
import { isTimezone } from '../lib/timezones'

describe('licences', () => {
  const licences = [
    {
      territories: ['BE', 'FR'],
      validFrom: '2026-01-01T12:00:00.000Z',
      validTo: '2026-12-31T12:00:00.000Z',
      formats: ['dcp'],
      nonCommercialOnly: true,
    },
  ]
  const use = {
    country: 'BE',
    startsAt: '2026-06-01T18:00:00.000Z',
    timeZone: 'Europe/Brussels',
    format: 'dcp',
  }

  it('covers a free DCP screening in Belgium in June', () => expect(licenceCovers(licences, use)).toBe(true))
  it('does not cover Germany', () => expect(licenceCovers(licences, { ...use, country: 'DE' })).toBe(false))
  it('does not cover a ticketed screening', () =>
    expect(licenceCovers(licences, { ...use, ticketed: true })).toBe(false))
  it('does not cover Blu-ray', () =>
    expect(licenceCovers(licences, { ...use, format: 'bluray' })).toBe(false))
  it('reads the last day on the venue’s calendar', () => {
    // 00:30 on 1 January 2027 in Brussels is still 31 December in UTC.
    expect(licenceCovers(licences, { ...use, startsAt: '2026-12-31T23:30:00.000Z' })).toBe(false)
    expect(licenceCovers(licences, { ...use, startsAt: '2026-12-31T22:30:00.000Z' })).toBe(true)
  })
  it('“worldwide” covers every country', () =>
    expect(
      licenceCovers([{ territories: ['worldwide'], validFrom: '2020-01-01' }], { ...use, country: 'JP' }),
    ).toBe(true))
})

describe('report workflow', () => {
  it('lets an embassy submit a draft', () =>
    expect(refuseReportMove({ from: 'draft', to: 'submitted', role: 'embassy' })).toBeNull())
  it('does not let an embassy approve', () =>
    expect(refuseReportMove({ from: 'submitted', to: 'approved', role: 'embassy' })).toEqual({
      rule: 'reportMoveOnlyMinistry',
    }))
  it('lets an editor approve a submitted report', () =>
    expect(refuseReportMove({ from: 'submitted', to: 'approved', role: 'editor' })).toBeNull())
})

describe('names and codes', () => {
  it('transliterates Kazakh letters', () => expect(slugify('Қазақ киносы: Әміре')).toBe('qazaq-kinosy-amire'))
  it('drops accents', () => expect(slugify('Cinéma Galeries')).toBe('cinema-galeries'))
  it('knows country codes', () => {
    expect(isCountryCode('KZ')).toBe(true)
    expect(isCountryCode('kz')).toBe(false)
    expect(isCountryCode('XX')).toBe(false)
  })
  it('knows IANA time zones', () => {
    expect(isTimezone('Asia/Almaty')).toBe(true)
    expect(isTimezone('GMT+5')).toBe(false)
  })
  it('compares IDs of either adapter', () => {
    expect(sameID(3, '3')).toBe(true)
    expect(sameID({ id: 'abc' }, 'abc')).toBe(true)
    expect(sameID(undefined, undefined)).toBe(false)
    expect(extractID({ id: 7 })).toBe(7)
  })
  it('finds the wall-calendar date of an instant in a zone', () =>
    expect(calendarDateIn('2026-12-10T00:00:00.000Z', 'America/New_York')).toBe('2026-12-09'))
})

describe('production settings', () => {
  it('refuses to run a production server without PAYLOAD_SECRET, saying how to make one', async () => {
    const { readEnv } = await import('../config/env')
    expect(() => readEnv({ NODE_ENV: 'production', SERVER_URL: 'https://cinema.example.gov' })).toThrow(
      /PAYLOAD_SECRET is not set[\s\S]*openssl rand -hex 32/,
    )
  })
})

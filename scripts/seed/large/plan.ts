// The archive as plain data, drawn from the seed alone: no database, no clock. What the app's hooks
// would compute on save (slugs, screening labels, totals, status history, attendance written back
// to screenings) is computed here, so the written archive is what the app would have made.
import { slugify } from '../../../lib/slugify'
import type { Licence } from '../../../lib/rights'
import { instantAtVenue } from '../../../lib/venueTime'
import { fallbackChain, locales, type Locale } from '../../../lib/locales'
import type { ReportStatus } from '../../../lib/reportWorkflow'
import type { ArchiveOptions } from './options'
import { embassyCountries, places, type City, type Place } from './places'
import { Random } from './random'
import * as words from './words'
import type { Localized } from './words'

export type Texts = Partial<Localized>
export type ImageRole = 'poster' | 'hero' | 'photo'
export type ImageRef = { role: ImageRole; index: number }

export type PlannedEmbassy = {
  slug: string
  name: Localized
  country: string
  city: Localized
  address: string
  latitude: number
  longitude: number
  timezone: string
  headOfMission: Localized
  email: string
  phone: string
  website: string
}

export type PlannedLicence = Licence & { territories: string[]; validFrom: string; note?: string }

export type PlannedFilm = {
  slug: string
  title: Texts
  originalTitle: string
  year: number
  runtime: number
  directors: string[]
  cast: { name: string; character: Texts }[]
  synopsis: Texts
  genres: string[]
  spokenLanguages: string[]
  subtitleLanguages: string[]
  productionCountries: string[]
  coProductionPartners: { name: string; country: string }[]
  rightsHolder: string
  screeningRights: PlannedLicence[]
  poster: ImageRef | null
  stills: ImageRef[]
  trailerUrl: string | null
  awards: { festival: Texts; award: Texts; result: string; year: number }[]
  createdAt: string
}

export type Venue = { name: string; address: string; city: string; latitude: number; longitude: number }

export type PlannedEvent = {
  slug: string
  title: Texts
  type: string
  embassy: number | null
  startsOn: string
  endsOn: string
  timezone: string
  country: string
  city: Localized
  venues: Venue[]
  summary: Texts
  body: Texts
  films: number[]
  partners: { name: Texts; role: string; link: string | null }[]
  heroImage: ImageRef | null
  gallery: ImageRef[]
  published: boolean
  createdAt: string
  updatedAt: string
}

export type PlannedScreening = {
  event: number
  film: number
  label: string
  startsAt: string
  timezone: string
  venue: Venue
  language: string
  subtitles: string[]
  format: string
  guests: { name: string; role: Texts }[]
  admission: 'free' | 'invitation' | 'ticketed'
  capacity: number
  ticketUrl: string | null
  status: 'scheduled' | 'postponed' | 'cancelled' | 'held'
  attendance: number | null
  createdAt: string
}

export type HistoryStep = {
  status: ReportStatus
  by: 'embassy' | 'ministry'
  at: string
  comment: string | null
}

export type PlannedReport = {
  slug: string
  event: number
  embassy: number
  title: Texts
  writtenIn: Locale
  status: ReportStatus
  screenings: { screening: number; attendance: number | null }[]
  body: Texts
  photos: ImageRef[]
  totalAttendance: number | null
  audience: { segment: string; count: number }[]
  partners: { name: string; role: string }[]
  guests: { name: string; role: Texts }[]
  quotes: { person: string; role: Texts; text: string; language: string }[]
  pressCoverage: {
    outlet: string
    country: string
    language: string
    date: string
    headline: string
    link: string
  }[]
  outcomes: { kind: string; description: Texts; counterpart: string; reach: number | null }[]
  history: HistoryStep[]
  publishedAt: string | null
  createdAt: string
  updatedAt: string
}

export type ArchivePlan = {
  embassies: PlannedEmbassy[]
  films: PlannedFilm[]
  events: PlannedEvent[]
  screenings: PlannedScreening[]
  reports: PlannedReport[]
}

const dayMs = 86_400_000
const isoDay = (time: number) => new Date(time).toISOString().slice(0, 10)
const dayAtNoon = (day: string) => `${day}T12:00:00.000Z`
const addDays = (day: string, days: number) => isoDay(Date.parse(dayAtNoon(day)) + days * dayMs)
const fill = (text: string, values: Record<string, string | number>) =>
  text.replace(/\{(\w+)\}/g, (_, key: string) => String(values[key] ?? ''))
const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1)

/** Keeps some languages of a text and drops others, as editors leave translations for later. */
const someLanguages = (random: Random, text: Localized, keep: Record<Locale, number>): Texts => {
  const kept: Texts = {}
  for (const locale of locales) if (random.chance(keep[locale])) kept[locale] = text[locale]
  if (!Object.keys(kept).length) kept.en = text.en
  return kept
}

/** A text in `locale`, else in the languages the app falls back to. */
const anyLanguage = (text: Texts, locale: Locale = 'en') =>
  [locale, ...fallbackChain[locale]].map((code) => text[code]).find(Boolean) ?? ''

/**
 * The licence that lets a film be shown in `country` on the venue's `day`, as lib/rights.ts
 * decides it. Read here on the day the plan already knows: lib/rights works it out from the
 * instant with a new Intl formatter per call, which for 30,000 screenings takes most of a minute.
 * tests/seedLarge.test.ts checks every planned screening against lib/rights itself.
 */
const licenceOnDay = (
  licences: PlannedLicence[],
  use: { country: string; day: string; format?: string; ticketed?: boolean },
) =>
  licences.find(
    (licence) =>
      licence.territories.some((territory) => territory === 'worldwide' || territory === use.country) &&
      licence.validFrom.slice(0, 10) <= use.day &&
      (!licence.validTo || use.day <= licence.validTo.slice(0, 10)) &&
      (!use.format || !licence.formats?.length || licence.formats.includes(use.format)) &&
      !(use.ticketed && licence.nonCommercialOnly),
  )

/** Slugs as the slug field makes them (English, else Russian, else Kazakh title), unique with -2, -3. */
const uniqueSlugs = () => {
  const taken = new Set<string>()
  return (text: string) => {
    const base = slugify(text) || 'untitled'
    let slug = base
    for (let n = 2; taken.has(slug); n++) slug = `${base}-${n}`
    taken.add(slug)
    return slug
  }
}

const personName = (random: Random) => {
  const female = random.chance(0.5)
  const family = random.pick(words.familyNames)
  const familyForm = female && /(ov|ev|in)$/.test(family) ? `${family}a` : family
  return `${random.pick(female ? words.femaleNames : words.maleNames)} ${familyForm}`
}

const distanceKm = (
  a: { latitude: number; longitude: number },
  b: { latitude: number; longitude: number },
) => {
  const rad = Math.PI / 180
  const h =
    Math.sin(((b.latitude - a.latitude) * rad) / 2) ** 2 +
    Math.cos(a.latitude * rad) *
      Math.cos(b.latitude * rad) *
      Math.sin(((b.longitude - a.longitude) * rad) / 2) ** 2
  return 12_742 * Math.asin(Math.sqrt(h))
}

const jitter = (random: Random, value: number) =>
  Math.round((value + random.int(-300, 300) / 10_000) * 1e6) / 1e6

const planEmbassies = (random: Random, chosen: Place[]): PlannedEmbassy[] =>
  chosen.map((place) => {
    const capital = place.cities[0]
    const name = words.embassyName(place.country)
    const slug = slugify(name.en)
    return {
      slug,
      name,
      country: place.country,
      city: { en: capital.en, ru: capital.ru, kk: capital.kk },
      address: `${random.int(1, 120)} ${random.pick(['Avenue', 'Street', 'Boulevard', 'Road'])} ${random.pick(words.familyNames)}, ${capital.en}`,
      latitude: jitter(random, capital.latitude),
      longitude: jitter(random, capital.longitude),
      timezone: place.timezone,
      headOfMission: { en: 'Ambassador', ru: 'Посол', kk: 'Елші' },
      email: `${slugify(capital.en)}@embassy.example.org`,
      phone: `+${random.int(1, 99)} ${random.int(100, 999)} ${random.int(100, 999)} ${random.int(1000, 9999)}`,
      website: `https://example.org/embassies/${slug}`,
    }
  })

const filmTitle = (random: Random): Localized => {
  const kind = random.int(0, 9)
  if (kind < 5) {
    const adjective = random.pick(words.adjectives)
    const noun = random.pick(words.nouns)
    return {
      en: `${adjective.en} ${noun.en}`,
      ru: capitalise(`${adjective.ru[noun.gender]} ${noun.ru}`),
      kk: capitalise(`${adjective.kk} ${noun.kk}`),
    }
  }
  if (kind < 9) {
    const [first, second] = random.sample(words.nouns, 2)
    return {
      en: `${first.en} and ${second.en}`,
      ru: capitalise(`${first.ru} и ${second.ru}`),
      kk: capitalise(`${first.kk} ${words.kazakhAnd(first.kk)} ${second.kk}`),
    }
  }
  return random.pick(words.namedTitles)
}

const genreWords: Record<string, Localized> = {
  drama: { en: 'A drama', ru: 'Драма', kk: 'драма' },
  historical: { en: 'A historical epic', ru: 'Историческая эпопея', kk: 'тарихи эпопея' },
  biography: { en: 'A biographical film', ru: 'Биографический фильм', kk: 'өмірбаяндық фильм' },
  musical: { en: 'A musical drama', ru: 'Музыкальная драма', kk: 'музыкалық драма' },
  war: { en: 'A war drama', ru: 'Военная драма', kk: 'соғыс драмасы' },
  adventure: { en: 'An adventure', ru: 'Приключенческий фильм', kk: 'шытырман фильм' },
  comedy: { en: 'A comedy', ru: 'Комедия', kk: 'комедия' },
  family: { en: 'A family film', ru: 'Семейный фильм', kk: 'отбасылық фильм' },
  documentary: { en: 'A documentary', ru: 'Документальный фильм', kk: 'деректі фильм' },
  animation: { en: 'An animated film', ru: 'Анимационный фильм', kk: 'анимациялық фильм' },
  thriller: { en: 'A thriller', ru: 'Триллер', kk: 'триллер' },
  short: { en: 'A short film', ru: 'Короткометражный фильм', kk: 'қысқаметражды фильм' },
}

const planLicences = (random: Random, year: number, countries: string[], today: string): PlannedLicence[] => {
  const roll = random.int(0, 99)
  // Some catalogue entries have no rights at all, or only ones that have run out: as in life.
  if (roll < 6) return []
  const from = (earliest: number) =>
    `${random.int(Math.max(earliest, 2012), Math.max(earliest, 2012) + 3)}-${String(random.int(1, 12)).padStart(2, '0')}-01`
  const formats = () => random.sample(['dcp', 'bluray', 'file', 'streaming'], random.int(0, 3))
  if (roll < 28)
    return [
      {
        territories: ['worldwide'],
        validFrom: from(Math.min(year, 2015)),
        validTo: random.chance(0.7) ? null : `${random.int(2030, 2035)}-12-31`,
        formats: random.chance(0.6) ? [] : formats(),
        nonCommercialOnly: random.chance(0.8),
      },
    ]
  const licences: PlannedLicence[] = []
  for (let i = random.int(1, 3); i > 0; i--) {
    const validFrom = from(Math.max(year, 2014))
    const years = random.int(1, 6)
    const validTo = random.chance(0.2) ? null : addDays(validFrom, years * 365)
    licences.push({
      territories: random.sample(countries, random.int(2, 14)),
      validFrom,
      validTo: roll < 10 && validTo && validTo > today ? addDays(today, -random.int(30, 900)) : validTo,
      formats: random.chance(0.4) ? [] : formats(),
      nonCommercialOnly: random.chance(0.75),
    })
  }
  return licences.map((licence) =>
    licence.validTo && licence.validTo < licence.validFrom
      ? { ...licence, validTo: licence.validFrom }
      : licence,
  )
}

const planFilms = (random: Random, count: number, countries: string[], today: string): PlannedFilm[] => {
  const slugFor = uniqueSlugs()
  const lastYear = Number(today.slice(0, 4))
  const firstCreated = Date.parse('2016-01-01T00:00:00Z')
  const todayTime = Date.parse(dayAtNoon(today))
  return Array.from({ length: count }, () => {
    const full = filmTitle(random)
    const title = someLanguages(random, full, { en: 0.88, ru: 0.93, kk: 0.82 })
    const year = random.chance(0.7) ? random.int(2005, lastYear) : random.int(1960, 2004)
    const genres = random.sample(Object.keys(genreWords), random.int(1, 3))
    const director = personName(random)
    const cast = Array.from({ length: random.int(0, 4) }, () => ({
      name: personName(random),
      character: someLanguages(
        random,
        random.pick([
          { en: 'Lead role', ru: 'Главная роль', kk: 'Басты рөл' },
          { en: 'Mother', ru: 'Мать', kk: 'Ана' },
          { en: 'The teacher', ru: 'Учитель', kk: 'Ұстаз' },
          { en: 'The shepherd', ru: 'Пастух', kk: 'Шопан' },
          { en: 'Young warrior', ru: 'Юный воин', kk: 'Жас батыр' },
        ]),
        { en: 0.9, ru: 0.8, kk: 0.7 },
      ),
    }))
    const setting = random.pick(words.settings)
    const hook = random.pick(words.storyHooks)
    const genre = genreWords[genres[0]]
    const castNames = cast.map((person) => person.name).join(', ')
    const synopsisFull: Localized = {
      en: `${genre.en} set in ${setting.en}. ${hook.en}\n\nDirected by ${director}${castNames ? `, with ${castNames}` : ''}.`,
      ru: `${genre.ru}. Действие происходит в ${setting.ru}. ${hook.ru}\n\nРежиссёр — ${director}${castNames ? `; в ролях: ${castNames}` : ''}.`,
      kk: `Оқиғасы ${setting.kk} өтетін ${genre.kk}. ${hook.kk}\n\nРежиссері — ${director}${castNames ? `; рөлдерде: ${castNames}` : ''}.`,
    }
    const partners = random.chance(0.25) ? random.sample(words.coProducers, random.int(1, 2)) : []
    const short = genres.includes('short')
    const awards = random.chance(0.2)
      ? Array.from({ length: random.int(1, 3) }, () => {
          const festival = random.pick(words.festivals)
          return {
            festival: festival.name,
            award: random.pick([
              { en: 'Grand Prix', ru: 'Гран-при', kk: 'Гран-при' },
              { en: 'Best Director', ru: 'Лучшая режиссура', kk: 'Үздік режиссура' },
              { en: 'Audience Award', ru: 'Приз зрительских симпатий', kk: 'Көрермен көзайымы' },
              { en: 'Best Actress', ru: 'Лучшая женская роль', kk: 'Үздік әйел рөлі' },
            ]),
            result: random.pick(['won', 'won', 'nominated', 'selected']),
            year: Math.min(lastYear, year + random.int(0, 2)),
          }
        })
      : []
    return {
      slug: slugFor(anyLanguage(title)),
      title,
      originalTitle: random.chance(0.7) ? full.kk : full.ru,
      year,
      runtime: short
        ? random.int(8, 40)
        : genres.includes('documentary')
          ? random.int(52, 110)
          : random.int(80, 165),
      directors: random.chance(0.1) ? [director, personName(random)] : [director],
      cast,
      synopsis: random.chance(0.1)
        ? {}
        : someLanguages(random, synopsisFull, { en: 0.75, ru: 0.85, kk: 0.7 }),
      genres,
      spokenLanguages: random.chance(0.4) ? ['kk', 'ru'] : [random.pick(['kk', 'kk', 'ru'])],
      subtitleLanguages: random.sample(
        ['en', 'ru', 'kk', 'fr', 'de', 'es', 'zh', 'ar', 'tr'],
        random.int(0, 4),
      ),
      productionCountries: ['KZ', ...new Set(partners.map((partner) => partner.country))],
      coProductionPartners: partners,
      rightsHolder: random.pick(words.studios),
      screeningRights: planLicences(random, year, countries, today),
      poster: random.chance(0.7) ? { role: 'poster', index: random.int(0, 99) } : null,
      stills: random.chance(0.15) ? [{ role: 'hero', index: random.int(0, 99) }] : [],
      trailerUrl: random.chance(0.4) ? `https://example.org/trailers/${random.int(10_000, 99_999)}` : null,
      awards,
      createdAt: new Date(firstCreated + random.int(0, Math.max(0, todayTime - firstCreated))).toISOString(),
    }
  })
}

type EventType =
  'festival' | 'film_days' | 'embassy_screening' | 'premiere' | 'market' | 'retrospective' | 'online'
const eventTypes: { type: EventType; weight: number; screenings: number }[] = [
  { type: 'film_days', weight: 30, screenings: 10 },
  { type: 'embassy_screening', weight: 25, screenings: 1.5 },
  { type: 'festival', weight: 12, screenings: 6 },
  { type: 'premiere', weight: 10, screenings: 2 },
  { type: 'online', weight: 10, screenings: 12 },
  { type: 'retrospective', weight: 8, screenings: 14 },
  { type: 'market', weight: 5, screenings: 4 },
]

/**
 * `total` split over `weights` in whole shares: at least one each where there is enough, else at
 * least one for the first `required`.
 */
const apportion = (total: number, weights: number[], required: number): number[] => {
  const floors = weights.map((_, index): number => (total >= weights.length || index < required ? 1 : 0))
  const rest = total - floors.reduce((a, b) => a + b, 0)
  const sum = weights.reduce((a, b) => a + b, 0) || 1
  const exact = weights.map((weight) => (rest * weight) / sum)
  const shares = exact.map((value, index) => floors[index] + Math.floor(value))
  let left = total - shares.reduce((a, b) => a + b, 0)
  const byFraction = exact
    .map((value, index) => ({ index, fraction: value - Math.floor(value) }))
    .sort((a, b) => b.fraction - a.fraction || a.index - b.index)
  for (let i = 0; left > 0; i = (i + 1) % byFraction.length, left--) shares[byFraction[i].index]++
  return shares
}

export const planArchive = (options: ArchiveOptions): ArchivePlan => {
  const random = new Random(options.seed)
  const today = options.today
  const todayTime = Date.parse(dayAtNoon(today))
  const chosenPlaces = places.slice(0, options.countries)
  const embassyPlaces = places.slice(0, Math.min(options.embassies, embassyCountries))
  const countries = chosenPlaces.map((place) => place.country)
  const embassies = planEmbassies(random, embassyPlaces)
  const films = planFilms(random, options.films, countries, today)

  // The embassy that covers each country: its own, else the nearest (concurrent accreditation).
  const coveringEmbassy = new Map<string, number>()
  for (const place of chosenPlaces) {
    if (!embassies.length) break
    const own = embassies.findIndex((embassy) => embassy.country === place.country)
    coveringEmbassy.set(
      place.country,
      own >= 0
        ? own
        : embassies
            .map((embassy, index) => ({ index, km: distanceKm(embassy, place.cities[0]) }))
            .sort((a, b) => a.km - b.km)[0].index,
    )
  }
  const filmsByTerritory = new Map<string, number[]>()
  films.forEach((film, index) => {
    for (const licence of film.screeningRights)
      for (const territory of licence.territories) {
        const list = filmsByTerritory.get(territory) ?? []
        if (list[list.length - 1] !== index) list.push(index)
        filmsByTerritory.set(territory, list)
      }
  })
  const coversSpan = (film: PlannedFilm, country: string, first: string, last: string) =>
    film.year <= Number(first.slice(0, 4)) &&
    film.screeningRights.some(
      (licence) =>
        (licence.territories.includes(country) || licence.territories.includes('worldwide')) &&
        licence.validFrom.slice(0, 10) <= first &&
        (!licence.validTo || licence.validTo.slice(0, 10) >= last),
    )

  const eventSlug = uniqueSlugs()
  const firstDay = Date.parse('2016-01-01T12:00:00Z')
  const lastDay = todayTime + 540 * dayMs
  const eventCount = options.events
  const events: PlannedEvent[] = []
  const eventWeights: number[] = []
  for (let index = 0; index < eventCount; index++) {
    // The first events are the ones reported on: past, and organised by an embassy.
    const reported = index < options.reports
    const drawn = random.weighted(eventTypes, (t) => t.weight)
    const screeningWeight = drawn.screenings
    let type = drawn.type
    const festival = random.pick(words.festivals)
    if ((type === 'festival' || type === 'market') && !countries.includes(festival.country))
      type = 'film_days'
    const place =
      type === 'festival' || type === 'market'
        ? chosenPlaces.find((p) => p.country === festival.country)!
        : random.weighted(chosenPlaces, (p) => (embassies.some((e) => e.country === p.country) ? 3 : 1))
    const city: City =
      type === 'festival' || type === 'market'
        ? (place.cities.find((c) => c.en === festival.city) ?? place.cities[0])
        : random.chance(0.75)
          ? place.cities[0]
          : random.pick(place.cities)
    const days = {
      festival: festival.days,
      market: festival.days,
      film_days: random.int(2, 7),
      embassy_screening: 1,
      premiere: random.int(1, 2),
      retrospective: random.int(3, 14),
      online: random.int(7, 30),
    }[type]
    const latestStart = reported ? todayTime - (days + 3) * dayMs : lastDay
    let start = isoDay(
      firstDay + random.int(0, Math.max(0, Math.floor((latestStart - firstDay) / dayMs))) * dayMs,
    )
    if (type === 'festival' || type === 'market') {
      // Festivals open on their usual month; a year whose edition would not fit is moved back.
      let year = Number(start.slice(0, 4))
      const opening = (y: number) =>
        `${y}-${String(festival.month).padStart(2, '0')}-${String(random.int(1, 20)).padStart(2, '0')}`
      start = opening(year)
      while (Date.parse(dayAtNoon(start)) > latestStart && year > 2016) start = opening(--year)
    }
    const end = addDays(start, days - 1)
    const covering = coveringEmbassy.get(place.country)
    const hasOwnEmbassy = covering !== undefined && embassies[covering].country === place.country
    const embassy =
      covering === undefined
        ? null
        : reported || random.chance(type === 'festival' ? 0.5 : hasOwnEmbassy ? 0.95 : 0.8)
          ? covering
          : null
    const cityName = { en: city.en, ru: city.ru, kk: city.kk }
    const year = start.slice(0, 4)
    const theme = random.pick(words.onlineThemes)
    const titles: Record<EventType, Localized> = {
      festival: {
        en: `${festival.name.en} ${year}: Kazakh films in the programme`,
        ru: `${festival.name.ru} ${year}: казахстанские фильмы в программе`,
        kk: `${festival.name.kk} ${year}: бағдарламадағы қазақ фильмдері`,
      },
      market: {
        en: `Kazakhstan Pavilion at the ${festival.name.en} ${year}`,
        ru: `Павильон Казахстана — ${festival.name.ru} ${year}`,
        kk: `Қазақстан павильоны — ${festival.name.kk} ${year}`,
      },
      film_days: random.chance(0.6)
        ? {
            en: `Days of Kazakh Cinema in ${city.en} ${year}`,
            ru: `Дни казахского кино — ${city.ru} ${year}`,
            kk: `Қазақ киносының күндері — ${city.kk} ${year}`,
          }
        : {
            en: `Kazakh Film Week in ${city.en} ${year}`,
            ru: `Неделя казахского кино — ${city.ru} ${year}`,
            kk: `Қазақ киносы апталығы — ${city.kk} ${year}`,
          },
      embassy_screening: {
        en: `Screening at the Embassy in ${city.en} ${year}`,
        ru: `Показ в посольстве — ${city.ru} ${year}`,
        kk: `Елшіліктегі көрсетілім — ${city.kk} ${year}`,
      },
      premiere: {
        en: `Premiere in ${city.en} ${year}`,
        ru: `Премьера — ${city.ru} ${year}`,
        kk: `Премьера — ${city.kk} ${year}`,
      },
      retrospective: {
        en: `Retrospective of Kazakh Cinema in ${city.en} ${year}`,
        ru: `Ретроспектива казахского кино — ${city.ru} ${year}`,
        kk: `Қазақ киносының ретроспективасы — ${city.kk} ${year}`,
      },
      online: {
        en: `Kazakh Cinema Online: ${theme.en} ${year}`,
        ru: `Казахское кино онлайн: ${theme.ru} ${year}`,
        kk: `Қазақ киносы онлайн: ${theme.kk} ${year}`,
      },
    }

    // The films shown: ones whose licence covers this country for all the event's days.
    const wanted = {
      festival: random.int(1, 4),
      market: random.int(2, 6),
      film_days: random.int(3, 8),
      embassy_screening: 1,
      premiere: 1,
      retrospective: random.int(4, 10),
      online: random.int(3, 10),
    }[type]
    const pool = [
      ...(filmsByTerritory.get(place.country) ?? []),
      ...(filmsByTerritory.get('worldwide') ?? []),
    ]
    const shown = new Set<number>()
    for (let tries = 0; shown.size < wanted && tries < wanted * 12 && pool.length; tries++) {
      const candidate = random.pick(pool)
      if (coversSpan(films[candidate], place.country, start, end)) shown.add(candidate)
    }
    if (!shown.size && films.length) {
      // No film may be shown there then: the ministry negotiates a licence for the event, as it does.
      const film = random.int(0, films.length - 1)
      films[film].year = Math.min(films[film].year, Number(year))
      films[film].screeningRights.push({
        territories: [place.country],
        validFrom: addDays(start, -random.int(10, 90)),
        validTo: addDays(end, random.int(30, 400)),
        formats: [],
        nonCommercialOnly: true,
        note: `For ${titles[type].en}`,
      })
      shown.add(film)
    }
    const filmList = [...shown]
    const venueCount = type === 'embassy_screening' || type === 'premiere' ? 1 : random.int(1, 3)
    const venues: Venue[] = Array.from({ length: venueCount }, (_, v) => ({
      name:
        type === 'embassy_screening'
          ? `Embassy of Kazakhstan, ${city.en}`
          : type === 'market'
            ? `Kazakhstan Pavilion, ${festival.name.en}`
            : type === 'online'
              ? 'Online screening room'
              : v === 0 && type === 'festival'
                ? `${festival.name.en} Festival Palace`
                : `${city.en} ${random.pick(words.venueKinds)}`,
      address:
        type === 'online' ? '' : `${random.int(1, 200)} ${random.pick(words.familyNames)} Street, ${city.en}`,
      city: city.en,
      latitude: jitter(random, city.latitude),
      longitude: jitter(random, city.longitude),
    }))
    const partners = [
      ...random.sample(words.kazakhPartners, random.int(0, 2)).map((partner) => ({
        name: partner.name as Texts,
        role: partner.role,
        link: random.chance(0.5) ? `https://example.org/partners/${slugify(partner.name.en)}` : null,
      })),
      ...random.sample(words.localPartnerKinds, random.int(0, 2)).map((kind) => ({
        name: {
          en: fill(kind.en, { city: city.en }),
          ru: fill(kind.ru, { city: city.ru }),
          kk: fill(kind.kk, { city: city.kk }),
        } as Texts,
        role: kind.role,
        link: null,
      })),
    ]
    const summaryFull = Object.fromEntries(
      locales.map((locale) => [
        locale,
        fill(words.eventSummaries[type][locale], {
          city: cityName[locale],
          films: filmList.length,
          festival: festival.name[locale],
        }),
      ]),
    ) as Localized
    const partnerName = partners[0] ? anyLanguage(partners[0].name) : 'Kazakhfilm'
    const bodyFull = Object.fromEntries(
      locales.map((locale) => [
        locale,
        [
          summaryFull[locale],
          ...random.sample(words.eventBodies, 2).map((text) => fill(text[locale], { partner: partnerName })),
        ].join('\n\n'),
      ]),
    ) as Localized
    const title = someLanguages(random, titles[type], { en: 0.95, ru: 0.9, kk: 0.8 })
    const past = Date.parse(dayAtNoon(end)) < todayTime
    const created = Math.min(todayTime - dayMs, Date.parse(dayAtNoon(start)) - random.int(20, 120) * dayMs)
    events.push({
      slug: eventSlug(anyLanguage(title)),
      title,
      type,
      embassy,
      startsOn: start,
      endsOn: end,
      timezone: place.timezone,
      country: place.country,
      city: cityName,
      venues,
      summary: random.chance(0.1) ? {} : someLanguages(random, summaryFull, { en: 0.85, ru: 0.85, kk: 0.7 }),
      body: random.chance(0.3) ? {} : someLanguages(random, bodyFull, { en: 0.7, ru: 0.75, kk: 0.6 }),
      films: filmList,
      partners,
      heroImage: random.chance(0.75) ? { role: 'hero', index: random.int(0, 99) } : null,
      gallery: random.chance(0.3)
        ? Array.from({ length: random.int(1, 3) }, () => ({
            role: 'photo' as const,
            index: random.int(0, 99),
          }))
        : [],
      published: reported || random.chance(past ? 0.95 : 0.8),
      createdAt: new Date(created).toISOString(),
      updatedAt: new Date(Math.min(todayTime, created + random.int(1, 30) * dayMs)).toISOString(),
    })
    eventWeights.push(screeningWeight * random.int(5, 15))
  }

  const screenings = planScreenings(random, options, events, films, eventWeights)
  const reports = planReports(random, options, events, screenings, films)
  return { embassies, films, events, screenings, reports }
}

const localTimes = ['11:00', '14:00', '16:00', '18:30', '19:00', '19:30', '20:00']

const planScreenings = (
  random: Random,
  options: ArchiveOptions,
  events: PlannedEvent[],
  films: PlannedFilm[],
  weights: number[],
): PlannedScreening[] => {
  const perEvent = apportion(options.screenings, weights, options.reports)
  // Held or not as of the start of `today`, so nothing is held that has not begun.
  const now = Date.parse(`${options.today}T00:00:00.000Z`)
  const screenings: PlannedScreening[] = []
  events.forEach((event, eventIndex) => {
    const span = Math.round(
      (Date.parse(dayAtNoon(event.endsOn)) - Date.parse(dayAtNoon(event.startsOn))) / dayMs,
    )
    for (let n = 0; n < perEvent[eventIndex]; n++) {
      const filmIndex = event.films[n % event.films.length]
      const film = films[filmIndex]
      const day = addDays(event.startsOn, random.int(0, span))
      const startsAt = instantAtVenue(`${day}T${random.pick(localTimes)}`, event.timezone) as string
      const use = { country: event.country, day }
      // The licence that lets this screening happen decides its format and whether tickets are sold.
      const licence = licenceOnDay(film.screeningRights, use)!
      const format = licence.formats?.length
        ? random.pick(licence.formats)
        : random.pick(event.type === 'online' ? ['streaming'] : ['dcp', 'bluray', 'file'])
      const admission = licence.nonCommercialOnly
        ? random.pick(['free', 'free', 'invitation'] as const)
        : random.pick(['free', 'invitation', 'ticketed'] as const)
      if (!licenceOnDay(film.screeningRights, { ...use, format, ticketed: admission === 'ticketed' }))
        throw new Error(`Planned screening of film ${filmIndex} at event ${eventIndex} has no licence.`)
      const venue = random.pick(event.venues)
      const past = Date.parse(startsAt) < now
      const capacity = random.pick([60, 80, 120, 150, 200, 250, 300, 400, 600, 800])
      const roll = random.int(0, 99)
      const status: PlannedScreening['status'] = past
        ? roll < 86
          ? 'held'
          : roll < 91
            ? 'cancelled'
            : roll < 94
              ? 'postponed'
              : 'scheduled'
        : roll < 92
          ? 'scheduled'
          : roll < 96
            ? 'postponed'
            : 'cancelled'
      screenings.push({
        event: eventIndex,
        film: filmIndex,
        // What labelScreening writes: the film's English title (or its fallback), venue, venue's date.
        label: [anyLanguage(film.title), venue.name, day].filter(Boolean).join(' · '),
        startsAt,
        timezone: event.timezone,
        venue,
        language: film.spokenLanguages[0],
        subtitles: random.sample(['en', 'ru', 'fr', 'de', 'es'], random.int(0, 2)),
        format,
        guests: random.chance(0.15)
          ? [
              {
                name: film.directors[0],
                role: someLanguages(random, random.pick(words.guestRoles), { en: 0.9, ru: 0.8, kk: 0.7 }),
              },
            ]
          : [],
        admission,
        capacity,
        ticketUrl:
          admission === 'ticketed' || (admission === 'free' && random.chance(0.2))
            ? `https://example.org/tickets/${random.int(100_000, 999_999)}`
            : null,
        status,
        attendance:
          status === 'held' && random.chance(0.5) ? random.int(Math.round(capacity * 0.3), capacity) : null,
        createdAt: event.createdAt,
      })
    }
  })
  return screenings
}

const reportStatusRoll = (random: Random, recent: boolean): ReportStatus => {
  const roll = random.int(0, 99)
  if (recent) return roll < 60 ? 'draft' : 'submitted'
  return roll < 55
    ? 'published'
    : roll < 65
      ? 'approved'
      : roll < 77
        ? 'submitted'
        : roll < 85
          ? 'changes_requested'
          : 'draft'
}

/** The steps a report took to reach `status`, as the workflow allows them. */
const pathTo = (random: Random, status: ReportStatus): ReportStatus[] => {
  const sentBack = random.chance(0.2) ? (['submitted', 'changes_requested'] as ReportStatus[]) : []
  const paths: Record<ReportStatus, ReportStatus[]> = {
    draft: ['draft'],
    submitted: ['draft', ...sentBack, 'submitted'],
    changes_requested: ['draft', 'submitted', 'changes_requested'],
    approved: ['draft', ...sentBack, 'submitted', 'approved'],
    published: ['draft', ...sentBack, 'submitted', 'approved', 'published'],
  }
  return paths[status]
}

const planReports = (
  random: Random,
  options: ArchiveOptions,
  events: PlannedEvent[],
  screenings: PlannedScreening[],
  films: PlannedFilm[],
): PlannedReport[] => {
  const todayTime = Date.parse(dayAtNoon(options.today))
  const byEvent = new Map<number, number[]>()
  screenings.forEach((screening, index) => {
    const list = byEvent.get(screening.event) ?? []
    list.push(index)
    byEvent.set(screening.event, list)
  })
  const slugFor = uniqueSlugs()
  const reports: PlannedReport[] = []
  for (let eventIndex = 0; eventIndex < options.reports; eventIndex++) {
    const event = events[eventIndex]
    const own = byEvent.get(eventIndex) ?? []
    const ended = Date.parse(dayAtNoon(event.endsOn))
    const status = reportStatusRoll(random, todayTime - ended < 20 * dayMs)
    const confirmed = status === 'approved' || status === 'published'
    // A report covers the screenings that were not cancelled; one always took place.
    if (own.every((index) => screenings[index].status === 'cancelled')) screenings[own[0]].status = 'held'
    const covered = own.filter((index) => screenings[index].status !== 'cancelled')
    const rows = covered.map((index) => {
      const screening = screenings[index]
      const given =
        screening.attendance ?? random.int(Math.round(screening.capacity * 0.3), screening.capacity)
      const attendance = status === 'draft' && random.chance(0.3) ? null : given
      if (confirmed) {
        // What recordScreeningAttendance writes when the ministry approves.
        screening.status = 'held'
        screening.attendance = attendance
      }
      return { screening: index, attendance }
    })
    const screened = rows.reduce((sum, row) => sum + (row.attendance ?? 0), 0)
    const typedTotal = random.chance(0.2) && screened > 0 ? screened + random.int(10, 300) : null
    const total = typedTotal ?? (screened > 0 ? screened : null)
    const audience: PlannedReport['audience'] = []
    if (total && (status !== 'draft' || random.chance(0.5))) {
      const segments = random.sample(words.audienceShares, random.int(2, 5))
      const weightSum = segments.reduce((sum, s) => sum + s.weight, 0)
      const counted = Math.round((total * random.int(85, 100)) / 100)
      for (const segment of segments)
        audience.push({ segment: segment.segment, count: Math.floor((counted * segment.weight) / weightSum) })
    }

    // Who moved the report and when: steps a few days apart, all before today.
    const steps = pathTo(random, status)
    const created = ended + random.int(1, 5) * dayMs + random.int(0, 8) * 3_600_000
    const gaps = steps.map((_, i) =>
      i === 0 ? 0 : random.int(1, 10) * dayMs + random.int(0, 20) * 3_600_000,
    )
    const room = todayTime - dayMs - created
    const needed = gaps.reduce((a, b) => a + b, 0)
    // A report of an event that ended days ago may have no room before today; a draft alone needs
    // none (0 / 0 would be NaN, an invalid date: the archive failed to seed on 2026-12-03).
    const scale = needed > 0 && needed > room ? Math.max(0, room) / needed : 1
    let at = Math.min(created, todayTime - 2 * dayMs)
    const history: HistoryStep[] = steps.map((step, i) => {
      at += Math.floor(gaps[i] * scale) + (i ? 60_000 : 0)
      return {
        status: step,
        by: step === 'draft' || step === 'submitted' ? 'embassy' : 'ministry',
        at: new Date(at).toISOString(),
        comment: step === 'changes_requested' ? random.pick(words.changeRequests) : null,
      }
    })

    const writtenIn = random.weighted(['kk', 'ru', 'en'] as Locale[], (l) => ({ kk: 30, ru: 45, en: 25 })[l])
    const keep = { kk: 0.45, ru: 0.55, en: 0.5, [writtenIn]: 1 } as Record<Locale, number>
    const highlight = random.pick(words.reportHighlights)
    const titleFull = Object.fromEntries(
      locales.map((locale) => [locale, `${anyLanguage(event.title, locale)}: ${highlight[locale]}`]),
    ) as Localized
    const shownFilm = films[screenings[covered[0] ?? own[0]]?.film ?? event.films[0]]
    const bodyFull = Object.fromEntries(
      locales.map((locale) => [
        locale,
        [words.reportParagraphs[0], ...random.sample(words.reportParagraphs.slice(1), 2)]
          .map((text) =>
            fill(text[locale], {
              attendance: total ?? 0,
              screenings: rows.length,
              city: event.city[locale],
              film: anyLanguage(shownFilm.title, locale),
            }),
          )
          .join('\n\n'),
      ]),
    ) as Localized
    const submitted = status !== 'draft'
    const pressCount = submitted ? random.int(1, 5) : random.int(0, 2)
    const endDay = event.endsOn
    const pressCoverage = Array.from({ length: pressCount }, () => {
      const language = random.pick(['en', 'ru', 'kk', 'en', 'fr', 'de'])
      const local = random.chance(0.5)
      return {
        outlet: local
          ? fill(random.pick(words.localOutletKinds), { city: event.city.en })
          : random.pick(words.outlets),
        country: local ? event.country : 'KZ',
        language,
        date: dayAtNoon(
          isoDay(Math.min(todayTime - dayMs, Date.parse(dayAtNoon(endDay)) + random.int(0, 14) * dayMs)),
        ),
        headline: fill(random.pick(words.headlines[language]), {
          city: event.city[language as Locale] ?? event.city.en,
          film: anyLanguage(shownFilm.title, (language in event.city ? language : 'en') as Locale),
        }),
        link: `https://example.org/press/${event.slug}-${random.int(1, 9999)}`,
      }
    })
    const quoteCount = submitted ? random.int(1, 3) : random.int(0, 1)
    const quotes = Array.from({ length: quoteCount }, () => {
      const quote = random.pick(words.quotes)
      return {
        person: random.chance(0.7) ? random.pick(words.foreignNames) : personName(random),
        role: someLanguages(random, random.pick(words.quoteRoles), { en: 0.9, ru: 0.7, kk: 0.6 }),
        text: fill(quote.text, { film: anyLanguage(shownFilm.title, quote.language) }),
        language: quote.language,
      }
    })
    const partners = event.partners
      .slice(0, random.int(1, 3))
      .map((partner) => ({ name: anyLanguage(partner.name), role: partner.role }))
    const outcomes = Array.from({ length: submitted ? random.int(0, 2) : 0 }, () => {
      const kind = random.pick(Object.keys(words.outcomeTexts))
      const counterpart =
        kind === 'media_reach' ? '' : (partners[0]?.name ?? random.pick(words.coProducers).name)
      const description = Object.fromEntries(
        locales.map((locale) => [locale, fill(words.outcomeTexts[kind][locale], { partner: counterpart })]),
      ) as Localized
      return {
        kind,
        description: someLanguages(random, description, keep),
        counterpart,
        reach: kind === 'media_reach' ? random.int(2, 200) * 1000 : null,
      }
    })
    const published = history.find((step) => step.status === 'published')
    const title = someLanguages(random, titleFull, keep)
    reports.push({
      // Embassy staff write reports in the portal, where the slug is made from the title.
      slug: slugFor(anyLanguage(title)),
      event: eventIndex,
      embassy: event.embassy!,
      title,
      writtenIn,
      status,
      screenings: rows,
      body: someLanguages(random, bodyFull, keep),
      photos: random.chance(0.4)
        ? Array.from({ length: random.int(1, 3) }, () => ({
            role: 'photo' as const,
            index: random.int(0, 99),
          }))
        : [],
      totalAttendance: total,
      audience,
      partners,
      guests: covered
        .flatMap((index) => screenings[index].guests)
        .slice(0, 2)
        .map((guest) => ({ name: guest.name, role: guest.role })),
      quotes,
      pressCoverage,
      outcomes,
      history,
      publishedAt: published?.at ?? null,
      createdAt: history[0].at,
      updatedAt: history[history.length - 1].at,
    })
  }
  return reports
}

import type { Payload } from 'payload'
import { events } from '../events'
import { films } from '../films'
import { placeholderImage } from '../images'
import { reports } from '../reports'
import type { ImageRole } from './plan'
import type { Localized } from './words'

type ID = number | string
type Spec = { role: ImageRole; name: string; alt: Localized; size: [number, number] }

/**
 * The demo's images, named and drawn as `npm run seed` makes them: a handful of real files the
 * archive reuses, so that loading the demo before or after finds the same ones.
 */
export const demoImages: Spec[] = [
  ...films.map((film): Spec => ({
    role: 'poster',
    name: `poster-${film.slug}`,
    alt: {
      en: `Poster artwork for the film “${film.title.en}”`,
      ru: `Постер фильма «${film.title.ru}»`,
      kk: `«${film.title.kk}» фильмінің постері`,
    },
    size: [800, 1200],
  })),
  ...events.map((event): Spec => ({
    role: 'hero',
    name: `hero-${event.slug}`,
    alt: {
      en: `Artwork for “${event.title.en}”: a sun over the steppe`,
      ru: `Иллюстрация к событию «${event.title.ru}»: солнце над степью`,
      kk: `«${event.title.kk}» іс-шарасына сурет: дала үстіндегі күн`,
    },
    size: [1600, 900],
  })),
  ...reports.flatMap((report): Spec[] =>
    'photoAlt' in report && report.photoAlt
      ? [{ role: 'photo', name: `photo-${report.slug}`, alt: report.photoAlt, size: [1200, 800] }]
      : [],
  ),
]

/** The demo films' stills (`npm run seed` draws them; the archive does not reuse them). */
const demoStillFilenames = films.flatMap((film) =>
  Array.from(
    { length: ('stills' in film ? Number(film.stills) : 0) || 0 },
    (_, n) => `still-${film.slug}-${n + 1}.jpg`,
  ),
)

export const demoImageFilenames = [...demoImages.map((image) => `${image.name}.jpg`), ...demoStillFilenames]

/** The demo's images by role, created where missing; photos also draw on the event artwork. */
export const ensureImages = async (payload: Payload): Promise<Record<ImageRole, ID[]>> => {
  const context = { disableRevalidate: true }
  const ids: Record<ImageRole, ID[]> = { poster: [], hero: [], photo: [] }
  for (const { role, name, alt, size } of demoImages) {
    const filename = `${name}.jpg`
    const found = await payload.find({
      collection: 'media',
      where: { filename: { equals: filename } },
      limit: 1,
      depth: 0,
      overrideAccess: true,
      pagination: false,
    })
    let id = found.docs[0]?.id
    if (id === undefined) {
      const data = await placeholderImage(name, ...size)
      id = (
        await payload.create({
          collection: 'media',
          locale: 'en',
          overrideAccess: true,
          context,
          data: { alt: alt.en, credit: 'Demo artwork' },
          file: { data, mimetype: 'image/jpeg', name: filename, size: data.length },
        })
      ).id
      for (const locale of ['ru', 'kk'] as const)
        await payload.update({
          collection: 'media',
          id,
          locale,
          overrideAccess: true,
          context,
          data: { alt: alt[locale] },
        })
    }
    ids[role].push(id)
  }
  ids.photo.push(...ids.hero)
  return ids
}

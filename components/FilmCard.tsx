import Link from 'next/link'
import { Photo } from '@/components/Photo'
import type { Locale } from '@/lib/locales'
import { imageIn } from '@/lib/media'

type FilmSummary = {
  id: number | string
  slug?: string | null
  title?: string | null
  poster?: unknown
  detail?: string
}

/** A film in a grid: poster, linked title, and an optional line such as year and director. */
export function FilmCard({
  film,
  locale,
  headingLevel,
  priority = false,
}: {
  film: FilmSummary
  locale: Locale
  headingLevel: 2 | 3
  /** The card whose poster is the largest thing above the fold (`firstWithPicture`, lib/media.ts). */
  priority?: boolean
}) {
  const Heading = `h${headingLevel}` as const
  const poster = imageIn(film.poster, 'card')
  return (
    <li className="overflow-hidden rounded-lg border border-steppe-100 bg-white">
      {poster && (
        <Photo image={poster} alt="" className="aspect-[16/10] w-full object-cover" priority={priority} />
      )}
      <div className="p-3">
        <Heading className="font-semibold text-slate-900">
          <Link href={`/${locale}/films/${film.slug}`} className="underline-offset-4 hover:underline">
            {film.title}
          </Link>
        </Heading>
        {film.detail && <p className="text-sm text-slate-600">{film.detail}</p>}
      </div>
    </li>
  )
}

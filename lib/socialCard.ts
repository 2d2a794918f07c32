import type { Metadata } from 'next'
import { absoluteURL } from './alternates'
import { locales, type Locale } from './locales'
import { siteText } from './siteText'

/** Open Graph names the language and its country: the site's readers are in Kazakhstan and abroad. */
export const openGraphLocales: Record<Locale, string> = { kk: 'kk_KZ', ru: 'ru_RU', en: 'en_US' }

/** The generated card of a page that has no picture of its own (app/(site)/[locale]/social-card). */
export const socialCardPath = (locale: Locale, path = '') => `/${locale}/social-card${path}`

export const socialCardSize = { width: 1200, height: 630 }

type Picture = { src: string; width: number; height: number; alt: string }

/**
 * What a page shows when it is shared (Open Graph and Twitter's card): its title, description,
 * absolute address, language and the others it exists in, the site's name, and a picture: its own,
 * or one drawn with its title. `path` is the page's address after /{locale}, as in lib/alternates.ts.
 * Next replaces, not merges, a layout's `openGraph` with a page's, so every page passes all of it.
 */
export function socialCard({
  locale,
  path = '',
  title,
  description,
  type = 'website',
  image,
  publishedTime,
  authors,
}: {
  locale: Locale
  path?: string
  title: string
  description?: string | null
  type?: 'website' | 'article' | 'video.movie'
  image?: Picture | null
  publishedTime?: string | null
  authors?: string[]
}): Pick<Metadata, 'openGraph' | 'twitter'> {
  const text = siteText(locale)
  // One line: a description made from rich text keeps its paragraph breaks.
  const summary = (description || text.tagline).replace(/\s+/g, ' ').trim()
  const picture = image
    ? { url: absoluteURL(image.src), width: image.width, height: image.height, alt: image.alt || title }
    : { url: absoluteURL(socialCardPath(locale, path)), ...socialCardSize, alt: title, type: 'image/png' }
  const common = {
    title,
    description: summary,
    url: absoluteURL(`/${locale}${path}`),
    siteName: text.siteName,
    locale: openGraphLocales[locale],
    alternateLocale: locales.filter((code) => code !== locale).map((code) => openGraphLocales[code]),
    images: [picture],
  }
  return {
    openGraph:
      type === 'article'
        ? { ...common, type, publishedTime: publishedTime ?? undefined, authors }
        : { ...common, type },
    twitter: { card: 'summary_large_image', title, description: summary, images: [picture] },
  }
}

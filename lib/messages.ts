import { createTranslator, type _Translator } from 'next-intl'
import en from '../messages/en.json'
import kk from '../messages/kk.json'
import ru from '../messages/ru.json'
import type { Locale } from './locales'

/**
 * The message catalogue: one ICU MessageFormat file per language in messages/, read through
 * next-intl's `createTranslator`, which works alike in pages, route handlers, jobs, mails and
 * scripts. The app routes languages itself (proxy.ts, app/(site)/[locale]), so there is no
 * next-intl middleware or request config. Never import this from a client component: it holds
 * every language; client components get the few messages they use (`pickMessages`).
 */
export type Catalogue = typeof en
export type Namespace = keyof Catalogue

// Typed as the English catalogue: a key missing in Russian or Kazakh does not compile.
export const catalogues: Record<Locale, Catalogue> = { en, ru, kk }

export type Translator<N extends Namespace> = _Translator<Catalogue, N>

const translators = new Map<string, unknown>()

/** The translator of one namespace in one language, made once: it caches compiled messages. */
export const translator = <N extends Namespace>(locale: Locale, namespace: N): Translator<N> => {
  const key = `${locale}:${namespace}`
  if (!translators.has(key))
    translators.set(
      key,
      createTranslator({
        locale,
        messages: catalogues[locale],
        namespace,
        // Dates are formatted with Intl in the venue's zone (lib/dates.ts), never through messages.
        timeZone: 'UTC',
      }),
    )
  return translators.get(key) as Translator<N>
}

/**
 * A few messages of one namespace, for a client component: what it receives in the RSC payload
 * is only these, in the page's language (issue 11: no dictionary of every language in the browser).
 */
export const pickMessages = <N extends Namespace>(
  locale: Locale,
  namespace: N,
  keys: readonly (keyof Catalogue[N])[],
): Pick<Catalogue, N> => {
  const all = catalogues[locale][namespace]
  const picked = Object.fromEntries(keys.map((key) => [key, all[key]]))
  return { [namespace]: picked } as unknown as Pick<Catalogue, N>
}

/**
 * Every message of a namespace that takes no arguments, formatted, in the catalogue's shape; a
 * message with arguments is left out for its caller to wrap in a function with named parameters.
 */
export const plainMessages = <N extends Namespace>(locale: Locale, namespace: N): Catalogue[N] => {
  const t = translator(locale, namespace) as unknown as (key: string) => string
  const words = (messages: object, prefix: string): Record<string, unknown> =>
    Object.fromEntries(
      Object.entries(messages).flatMap(([key, value]): [string, unknown][] =>
        typeof value === 'object'
          ? [[key, words(value, `${prefix}${key}.`)]]
          : String(value).includes('{')
            ? []
            : [[key, t(`${prefix}${key}`)]],
      ),
    )
  return words(catalogues[locale][namespace], '') as Catalogue[N]
}

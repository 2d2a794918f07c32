import type { CollectionBeforeOperationHook, CollectionConfig, PayloadRequest } from 'payload'
import { i18nIn } from '../i18n/ruleMessage'
import { adminLanguageCookie } from '../lib/adminLanguage'
import { isLocale } from '../lib/locales'

const namesLanguage = (req: PayloadRequest) =>
  (req.headers?.get('cookie') ?? '')
    .split(';')
    .some((part) => part.trim().startsWith(`${adminLanguageCookie}=`))

/**
 * Messages follow the request's language: the admin language (Payload's `payload-lng` cookie), or
 * the language Accept-Language asks for (lib/apiRequestGuard.ts hands it over as that cookie). A
 * REST or GraphQL call that names neither, say a script signed in with an API key or a token, is
 * answered in the signed-in user's working language instead of English.
 */
export const speakUserLanguage: CollectionBeforeOperationHook = async ({ args, req }) => {
  const language = (req.user as { language?: unknown } | null)?.language
  if (req.payloadAPI === 'local' || !isLocale(language) || req.i18n?.language === language) return args
  if (namesLanguage(req)) return args
  req.i18n = await i18nIn(req.payload, language)
  req.t = req.i18n.t
  return args
}

/** A collection whose operations speak the signed-in user's language when the request names none. */
export const inUserLanguage = (collection: CollectionConfig): CollectionConfig => ({
  ...collection,
  hooks: {
    ...collection.hooks,
    beforeOperation: [speakUserLanguage, ...(collection.hooks?.beforeOperation ?? [])],
  },
})

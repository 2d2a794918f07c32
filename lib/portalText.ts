import type { Locale } from './locales'
import { plainMessages, translator } from './messages'
import type { ReportStatus } from './reportWorkflow'

// Words of the embassy portal, from the `portal` namespace of messages/{kk,ru,en}.json, in the
// shape server components used before the catalogue existed. Client components do not use this:
// they get only their own messages (lib/portalMessages.ts) and read them with `useTranslations`.

const wordsIn = (locale: Locale) => {
  const t = translator(locale, 'portal')
  const plain = plainMessages(locale, 'portal')
  return {
    ...plain,
    signOnWith: (name: string) => t('signOnWith', { name }),
    problems: {
      ...plain.problems,
      locked: (minutes: number) => t('problems.locked', { minutes }),
      throttled: (seconds: number) => t('problems.throttled', { seconds }),
    },
    welcome: (name: string, embassy: string) => t('welcome', { name, embassy }),
    status: plain.status as Record<ReportStatus, string>,
    byOn: (who: string, when: string) => t('byOn', { who, when }),
    readOnly: plain.readOnly as Record<string, string>,
    saved: (time: string) => t('saved', { time }),
    fieldProblems: {
      ...plain.fieldProblems,
      required: (field: string) => t('fieldProblems.required', { field }),
      wholeNumber: (field: string) => t('fieldProblems.wholeNumber', { field }),
      breakdownOverTotal: (sum: number, total: number) =>
        t('fieldProblems.breakdownOverTotal', { sum, total }),
      breakdownOverScreenings: (sum: number, counted: number) =>
        t('fieldProblems.breakdownOverScreenings', { sum, counted }),
      notYetHeld: (label: string) => t('fieldProblems.notYetHeld', { label }),
      cancelled: (label: string) => t('fieldProblems.cancelled', { label }),
      alreadyReported: (title: string) => t('fieldProblems.alreadyReported', { title }),
      link: (field: string) => t('fieldProblems.link', { field }),
      invalid: (field: string) => t('fieldProblems.invalid', { field }),
    },
  }
}

export type PortalText = ReturnType<typeof wordsIn>

const dictionaries = new Map<Locale, PortalText>()

export const portalText = (locale: Locale): PortalText => {
  if (!dictionaries.has(locale)) dictionaries.set(locale, wordsIn(locale))
  return dictionaries.get(locale)!
}

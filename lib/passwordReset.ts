import { isLocale, locales, type Locale } from './locales'
import { plainMessages, translator } from './messages'

/**
 * Password reset in the account's working language. Embassy staff set their new password in the
 * portal, where they work; ministry staff in the admin.
 */
export const passwordResetLink = (serverURL: string, role: unknown, token: string) =>
  role === 'embassy'
    ? `${serverURL}/portal/reset-password/${encodeURIComponent(token)}`
    : `${serverURL}/admin/reset/${encodeURIComponent(token)}`

const escapeHTML = (value: string) =>
  value.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  )

export const passwordResetMail = (language: unknown, link: string) => {
  const t = translator(isLocale(language) ? language : 'en', 'mail')
  const text = {
    subject: t('passwordReset.subject'),
    intro: t('passwordReset.intro'),
    expires: t('passwordReset.expires'),
    notYou: t('passwordReset.notYou'),
  }
  const href = escapeHTML(link)
  return {
    subject: text.subject,
    html: `<p>${escapeHTML(text.intro)}</p>\n<p>${escapeHTML(text.expires)}<br>\n<a href="${href}">${href}</a></p>\n<p>${escapeHTML(text.notYou)}</p>\n`,
  }
}

export const minPasswordLength = 10

const resetPageText = (locale: Locale) => {
  const t = translator(locale, 'portalPassword')
  return { ...plainMessages(locale, 'portalPassword'), tooShort: (min: number) => t('tooShort', { min }) }
}

/** What the portal's two reset pages say (`portalPassword` in messages/). */
export const passwordResetPageText = Object.fromEntries(
  locales.map((locale) => [locale, resetPageText(locale)]),
) as Record<Locale, ReturnType<typeof resetPageText>>

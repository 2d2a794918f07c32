import { isLocale, type Locale } from './locales'

/**
 * Password reset in the account's working language. Embassy staff set their new password in the
 * portal, where they work; ministry staff in the admin.
 */
export const passwordResetLink = (serverURL: string, role: unknown, token: string) =>
  role === 'embassy'
    ? `${serverURL}/portal/reset-password/${encodeURIComponent(token)}`
    : `${serverURL}/admin/reset/${encodeURIComponent(token)}`

const texts: Record<Locale, { subject: string; intro: string; notYou: string; expires: string }> = {
  en: {
    subject: 'Reset your password',
    intro: 'Someone, hopefully you, asked to reset the password of your film diplomacy CMS account.',
    expires: 'Set a new password at this address within an hour:',
    notYou: 'If you did not ask for this, ignore this message: your password stays as it is.',
  },
  ru: {
    subject: 'Сброс пароля',
    intro: 'Кто-то, надеемся, что вы, попросил сбросить пароль вашей учётной записи в CMS кинодипломатии.',
    expires: 'Задайте новый пароль по этой ссылке в течение часа:',
    notYou: 'Если вы этого не просили, просто не обращайте внимания на письмо: пароль останется прежним.',
  },
  kk: {
    subject: 'Құпиясөзді қалпына келтіру',
    intro:
      'Біреу, сіз деп үміттенеміз, кино дипломатиясы CMS жүйесіндегі есептік жазбаңыздың құпиясөзін қалпына келтіруді сұрады.',
    expires: 'Жаңа құпиясөзді осы сілтеме арқылы бір сағат ішінде орнатыңыз:',
    notYou: 'Егер сіз мұны сұрамаған болсаңыз, хатқа назар аудармаңыз: құпиясөзіңіз өзгермейді.',
  },
}

const escapeHTML = (value: string) =>
  value.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  )

export const passwordResetMail = (language: unknown, link: string) => {
  const text = texts[isLocale(language) ? language : 'en']
  const href = escapeHTML(link)
  return {
    subject: text.subject,
    html: `<p>${escapeHTML(text.intro)}</p>\n<p>${escapeHTML(text.expires)}<br>\n<a href="${href}">${href}</a></p>\n<p>${escapeHTML(text.notYou)}</p>\n`,
  }
}

/** What the portal's two reset pages say. */
export const passwordResetPageText: Record<
  Locale,
  {
    forgotLink: string
    forgotHeading: string
    forgotIntro: string
    send: string
    sent: string
    resetHeading: string
    newPassword: string
    repeatPassword: string
    save: string
    tooShort: (min: number) => string
    mismatch: string
    invalidToken: string
    done: string
    backToSignIn: string
  }
> = {
  en: {
    forgotLink: 'Forgot your password?',
    forgotHeading: 'Reset your password',
    forgotIntro: 'Enter the email address of your account. We will send you a link to set a new password.',
    send: 'Send the link',
    sent: 'If an account has this address, a link to set a new password is on its way. It works for one hour.',
    resetHeading: 'Set a new password',
    newPassword: 'New password',
    repeatPassword: 'The new password again',
    save: 'Save the new password',
    tooShort: (min) => `The password needs at least ${min} characters.`,
    mismatch: 'The two passwords are not the same.',
    invalidToken: 'This link has expired or was already used. Ask for a new one.',
    done: 'Your password is changed and every other session is signed out. Sign in with the new password.',
    backToSignIn: 'Back to sign-in',
  },
  ru: {
    forgotLink: 'Забыли пароль?',
    forgotHeading: 'Сброс пароля',
    forgotIntro:
      'Укажите адрес электронной почты вашей учётной записи. Мы пришлём ссылку, чтобы задать новый пароль.',
    send: 'Отправить ссылку',
    sent: 'Если учётная запись с этим адресом существует, ссылка для нового пароля уже в пути. Она действует один час.',
    resetHeading: 'Новый пароль',
    newPassword: 'Новый пароль',
    repeatPassword: 'Новый пароль ещё раз',
    save: 'Сохранить новый пароль',
    tooShort: (min) => `В пароле должно быть не меньше ${min} символов.`,
    mismatch: 'Пароли не совпадают.',
    invalidToken: 'Срок действия ссылки истёк, или она уже использована. Запросите новую.',
    done: 'Пароль изменён, все другие сеансы завершены. Войдите с новым паролем.',
    backToSignIn: 'Вернуться ко входу',
  },
  kk: {
    forgotLink: 'Құпиясөзді ұмыттыңыз ба?',
    forgotHeading: 'Құпиясөзді қалпына келтіру',
    forgotIntro:
      'Есептік жазбаңыздың электрондық пошта мекенжайын енгізіңіз. Жаңа құпиясөз орнату үшін сілтеме жібереміз.',
    send: 'Сілтемені жіберу',
    sent: 'Осы мекенжаймен есептік жазба болса, жаңа құпиясөзге сілтеме жолда. Ол бір сағат жарамды.',
    resetHeading: 'Жаңа құпиясөз',
    newPassword: 'Жаңа құпиясөз',
    repeatPassword: 'Жаңа құпиясөзді қайталаңыз',
    save: 'Жаңа құпиясөзді сақтау',
    tooShort: (min) => `Құпиясөзде кемінде ${min} таңба болуы керек.`,
    mismatch: 'Құпиясөздер сәйкес келмейді.',
    invalidToken: 'Сілтеменің мерзімі өтті немесе ол қолданылған. Жаңасын сұраңыз.',
    done: 'Құпиясөз өзгертілді, басқа сеанстардың бәрі аяқталды. Жаңа құпиясөзбен кіріңіз.',
    backToSignIn: 'Кіру бетіне оралу',
  },
}

export const minPasswordLength = 10

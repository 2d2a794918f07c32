import type { Locale } from './locales'

// Words of the public site in each language. Content comes from the CMS; these are the frame.
const words = {
  en: {
    siteName: 'Kazakh Cinema Abroad',
    tagline: 'Screenings, festivals and film days organised by the embassies of Kazakhstan around the world.',
    upcoming: 'Upcoming events',
    noUpcoming: 'No upcoming events are announced yet.',
    screenings: (n: number) => (n === 1 ? '1 screening' : `${n} screenings`),
    language: 'Language',
    skipToContent: 'Skip to content',
    notFound: 'This page does not exist or is not published.',
    backHome: 'Back to the home page',
  },
  ru: {
    siteName: 'Казахстанское кино в мире',
    tagline: 'Показы, фестивали и дни кино, которые посольства Казахстана проводят по всему миру.',
    upcoming: 'Ближайшие события',
    noUpcoming: 'Ближайшие события пока не объявлены.',
    screenings: (n: number) => `Показов: ${n}`,
    language: 'Язык',
    skipToContent: 'Перейти к содержанию',
    notFound: 'Такой страницы нет или она не опубликована.',
    backHome: 'На главную',
  },
  kk: {
    siteName: 'Қазақ киносы әлемде',
    tagline: 'Қазақстан елшіліктері әлем бойынша өткізетін көрсетілімдер, фестивальдер мен кино күндері.',
    upcoming: 'Алдағы іс-шаралар',
    noUpcoming: 'Алдағы іс-шаралар әлі жарияланған жоқ.',
    screenings: (n: number) => `Көрсетілімдер: ${n}`,
    language: 'Тіл',
    skipToContent: 'Мазмұнға өту',
    notFound: 'Мұндай бет жоқ немесе жарияланбаған.',
    backHome: 'Басты бетке',
  },
} satisfies Record<Locale, Record<string, unknown>>

export const siteText = (locale: Locale) => words[locale]

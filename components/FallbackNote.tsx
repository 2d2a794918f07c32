import { localeLabels, type Locale } from '@/lib/locales'

const note: Record<Locale, string> = {
  en: 'This page has not been translated into English yet; parts are shown in another language.',
  ru: 'Эта страница ещё не переведена на русский язык; часть текста показана на другом языке.',
  kk: 'Бұл бет әлі қазақ тіліне аударылмаған; мәтіннің бір бөлігі басқа тілде көрсетілген.',
}

/** Said plainly when a page's text falls back to another language, never an empty page. */
export function FallbackNote({ locale }: { locale: Locale }) {
  return (
    <p
      role="note"
      lang={locale}
      className="mb-6 rounded border border-amber-300 bg-amber-50 px-4 py-3 text-amber-900"
    >
      {note[locale]} <span className="sr-only">({localeLabels[locale]})</span>
    </p>
  )
}

import Link from 'next/link'
import { publicContacts } from '@/config/env'
import type { Locale } from '@/lib/locales'
import { siteText } from '@/lib/siteText'

const link = 'underline underline-offset-4 hover:text-white'

/** Who runs the site and how to reach them, and the ways to follow it: on every public page. */
export function SiteFooter({ locale }: { locale: Locale }) {
  const text = siteText(locale)
  return (
    <footer className="mt-12 bg-steppe-900 text-steppe-100">
      <div className="mx-auto grid max-w-5xl gap-8 px-4 py-8 text-sm sm:grid-cols-3">
        <section aria-labelledby="footer-contact">
          <h2 id="footer-contact" className="font-semibold text-white">
            {text.footer.contact}
          </h2>
          <p className="mt-2">{text.footer.ministry}</p>
          <p className="mt-1">{text.footer.ministryAddress}</p>
          <p className="mt-1">
            <a href={`mailto:${publicContacts.email}`} className={link}>
              {publicContacts.email}
            </a>
          </p>
        </section>
        <section aria-labelledby="footer-press">
          <h2 id="footer-press" className="font-semibold text-white">
            {text.footer.press}
          </h2>
          <p className="mt-2">
            <a href={`mailto:${publicContacts.pressEmail}`} className={link}>
              {publicContacts.pressEmail}
            </a>
          </p>
        </section>
        <nav aria-labelledby="footer-links">
          <h2 id="footer-links" className="font-semibold text-white">
            {text.footer.onThisSite}
          </h2>
          <ul className="mt-2 space-y-1">
            <li>
              <Link href={`/${locale}/events`} className={link}>
                {text.events}
              </Link>
            </li>
            <li>
              <Link href={`/${locale}/films`} className={link}>
                {text.films}
              </Link>
            </li>
            <li>
              <Link href={`/${locale}/reports`} className={link}>
                {text.reports}
              </Link>
            </li>
            <li>
              <a href={`/${locale}/feed.xml`} className={link}>
                {text.footer.reportsFeed}
              </a>
            </li>
            <li>
              <a href="/events.ics" className={link}>
                {text.footer.screeningsCalendar}
              </a>
            </li>
          </ul>
        </nav>
      </div>
    </footer>
  )
}

'use client'

import { useTranslations } from 'next-intl'
import Link from 'next/link'
import { useRouter } from 'next/navigation'
import { useState } from 'react'
import type { Locale } from '@/lib/locales'
import { describeFailure, describeProblem } from '@/lib/portalProblems'
import { portalFetch, type FieldError } from './portalFetch'

type Props = {
  locale: Locale
  /** The embassy's events that have begun; `report` is the embassy's report on it, if it has one. */
  events: { id: string | number; title: string; report?: string | number }[]
  chosen?: string
}

/** Event and title first: the draft exists from then on, and everything else saves as it is typed. */
export function NewReportForm({ locale, events, chosen }: Props) {
  const t = useTranslations('portal')
  const router = useRouter()
  const [pending, setPending] = useState(false)
  const [errors, setErrors] = useState<FieldError[]>([])
  const [problem, setProblem] = useState('')
  const problemWith = (path: string) => {
    const error = errors.find((item) => item.path === path)
    return error && describeProblem(t, error)
  }
  const errorFor = (path: string) => problemWith(path)?.text
  const open = events.filter((event) => event.report === undefined)
  const reported = events.filter((event) => event.report !== undefined)

  const start = async (form: FormData) => {
    setPending(true)
    const answer = await portalFetch<{ id: string }>(`/portal/api/reports?locale=${locale}`, {
      method: 'POST',
      body: JSON.stringify({ event: form.get('event'), title: form.get('title') }),
    })
    setPending(false)
    if (answer.ok) return router.push(`/portal/reports/${answer.body.id}`)
    if (answer.kind === 'signed-out')
      return router.push(`/portal/sign-in?callbackUrl=/portal/reports/new&ended=1`)
    setErrors(answer.kind === 'invalid' ? answer.errors : [])
    setProblem(answer.kind === 'invalid' ? t('notSaved') : describeFailure(t, answer.kind))
  }

  const field = 'mt-1 block w-full rounded border border-slate-400 bg-white px-3 py-2'
  return (
    <form action={start} className="space-y-5">
      {problem && errors.length === 0 && (
        <p role="alert" className="rounded border-l-4 border-red-700 bg-red-50 p-3 text-red-900">
          {problem}
        </p>
      )}
      <div>
        <label htmlFor="new-report-event" className="font-medium">
          {t('chooseEvent')}
        </label>
        <p id="new-report-event-hint" className="text-sm text-slate-600">
          {t('chooseEventHint')}
        </p>
        <select
          id="new-report-event"
          name="event"
          defaultValue={chosen}
          required
          className={field}
          aria-describedby="new-report-event-hint"
          aria-invalid={Boolean(errorFor('event'))}
        >
          {open.map((event) => (
            <option key={event.id} value={event.id}>
              {event.title}
            </option>
          ))}
        </select>
        {errorFor('event') && (
          <p className="mt-1 text-sm text-red-800">
            {errorFor('event')}{' '}
            {problemWith('event')?.link && (
              <Link href={problemWith('event')!.link!} className="font-medium underline underline-offset-4">
                {t('openYourReport')}
              </Link>
            )}
          </p>
        )}
      </div>
      <div>
        <label htmlFor="new-report-title" className="font-medium">
          {t('reportTitle')}
        </label>
        <input
          id="new-report-title"
          name="title"
          required
          className={field}
          aria-invalid={Boolean(errorFor('title'))}
        />
        {errorFor('title') && <p className="mt-1 text-sm text-red-800">{errorFor('title')}</p>}
      </div>
      {reported.length > 0 && (
        <section aria-labelledby="already-reported">
          <h2 id="already-reported" className="font-medium">
            {t('alreadyReportedEvents')}
          </h2>
          <ul className="mt-1 list-disc pl-5 text-sm">
            {reported.map((event) => (
              <li key={event.id}>
                {event.title}:{' '}
                <Link
                  href={`/portal/reports/${event.report}`}
                  className="text-steppe-700 underline underline-offset-4"
                >
                  {t('openYourReport')}
                </Link>
              </li>
            ))}
          </ul>
        </section>
      )}
      <button
        disabled={pending || open.length === 0}
        className="rounded bg-steppe-700 px-4 py-2 font-semibold text-white hover:bg-steppe-900 disabled:opacity-60"
      >
        {pending ? t('creating') : t('create')}
      </button>
    </form>
  )
}

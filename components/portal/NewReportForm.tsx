'use client'

import { useRouter } from 'next/navigation'
import { useState } from 'react'
import type { Locale } from '@/lib/locales'
import { portalText } from '@/lib/portalText'
import { portalFetch, type FieldError } from './portalFetch'

type Props = { locale: Locale; events: { id: string | number; title: string }[]; chosen?: string }

/** Event and title first: the draft exists from then on, and everything else saves as it is typed. */
export function NewReportForm({ locale, events, chosen }: Props) {
  const text = portalText(locale)
  const router = useRouter()
  const [pending, setPending] = useState(false)
  const [errors, setErrors] = useState<FieldError[]>([])
  const [problem, setProblem] = useState('')
  const errorFor = (path: string) => errors.find((error) => error.path === path)?.message

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
    setProblem(answer.message)
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
          {text.chooseEvent}
        </label>
        <p id="new-report-event-hint" className="text-sm text-slate-600">
          {text.chooseEventHint}
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
          {events.map((event) => (
            <option key={event.id} value={event.id}>
              {event.title}
            </option>
          ))}
        </select>
        {errorFor('event') && <p className="mt-1 text-sm text-red-800">{errorFor('event')}</p>}
      </div>
      <div>
        <label htmlFor="new-report-title" className="font-medium">
          {text.reportTitle}
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
      <button
        disabled={pending}
        className="rounded bg-steppe-700 px-4 py-2 font-semibold text-white hover:bg-steppe-900 disabled:opacity-60"
      >
        {pending ? text.creating : text.create}
      </button>
    </form>
  )
}

'use client'

import { useTranslations } from 'next-intl'
import { useRouter } from 'next/navigation'
import { useCallback, useEffect, useId, useRef, useState, type ReactNode } from 'react'
import { acceptedImageTypes } from '@/lib/imageTypes'
import { intlLocale, type Locale } from '@/lib/locales'
import { describeFailure, describeProblem } from '@/lib/portalProblems'
import type { ReportForm as Form } from '@/lib/reportForm'
import { portalFetch, type FieldError } from './portalFetch'

type Option = { value: string; label: string }
type Photo = { id: string | number; alt: string; credit: string }
type Row = Record<string, string | number | null>
type RowField = {
  name: string
  label: string
  kind?: 'text' | 'number' | 'select' | 'textarea' | 'date' | 'url'
  options?: Option[]
  wide?: boolean
}

export type ReportFormProps = {
  locale: Locale
  reportID: string | number
  resubmission: boolean
  initial: Form
  screenings: { id: string | number; label: string }[]
  photos: Photo[]
  options: {
    segments: Option[]
    partnerRoles: Option[]
    outcomeKinds: Option[]
    languages: Option[]
    countries: Option[]
  }
}

type SaveState = 'idle' | 'saving' | 'saved' | 'invalid' | 'offline' | 'expired'

const inputClass =
  'mt-1 block w-full rounded border border-slate-400 bg-white px-3 py-2 aria-[invalid=true]:border-red-700 aria-[invalid=true]:ring-1 aria-[invalid=true]:ring-red-700'

/**
 * The embassy's report, saved to the server as it is typed. Until the server has it, every change
 * is also kept in this browser, so a closed tab or an ended session loses nothing: the next visit,
 * after signing in again if need be, restores the changes and saves them.
 */
export function ReportForm({
  locale,
  reportID,
  resubmission,
  initial,
  screenings,
  photos: initialPhotos,
  options,
}: ReportFormProps) {
  const t = useTranslations('portal')
  const router = useRouter()
  const storageKey = `portal-report:${reportID}:${locale}`
  const apiURL = `/portal/api/reports/${reportID}?locale=${locale}`

  const [form, setForm] = useState<Form>(initial)
  const [photos, setPhotos] = useState<Photo[]>(initialPhotos)
  const [state, setState] = useState<SaveState>('idle')
  const [savedAt, setSavedAt] = useState<Date | null>(null)
  const [errors, setErrors] = useState<FieldError[]>([])
  const [restored, setRestored] = useState(false)
  const [submitting, setSubmitting] = useState(false)
  const [submitProblem, setSubmitProblem] = useState('')
  const formRef = useRef(form)
  const edits = useRef(0) // changes made so far; a save clears the local copy only if none came after it
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined)
  const inFlight = useRef<Promise<void> | null>(null)

  const save = useCallback(async (): Promise<void> => {
    if (inFlight.current) await inFlight.current
    const edit = edits.current
    const run = (async () => {
      setState('saving')
      const answer = await portalFetch<{ updatedAt: string }>(apiURL, {
        method: 'PATCH',
        body: JSON.stringify({ form: formRef.current }),
      })
      if (answer.ok) {
        if (edits.current === edit) localStorage.removeItem(storageKey)
        setErrors([])
        // The problems that kept the report from being sent were corrected: the banner goes.
        setSubmitProblem('')
        setSavedAt(new Date())
        setState('saved')
      } else if (answer.kind === 'invalid') {
        setErrors(answer.errors)
        setState('invalid')
      } else if (answer.kind === 'signed-out') {
        setState('expired')
      } else if (answer.kind === 'not-editable' || answer.kind === 'not-found') {
        localStorage.removeItem(storageKey)
        router.refresh()
      } else {
        setState('offline')
        // A retry of this same save, scheduled after it is declared: not a read before declaration.
        // eslint-disable-next-line react-hooks/immutability
        timer.current = setTimeout(() => void save(), 5000)
      }
    })()
    inFlight.current = run
    await run
    inFlight.current = null
  }, [apiURL, router, storageKey])

  const change = (next: Form) => {
    formRef.current = next
    edits.current++
    setForm(next)
    // An event handler, not render: the time of the edit is what the local copy records.
    // eslint-disable-next-line react-hooks/purity
    localStorage.setItem(storageKey, JSON.stringify({ form: next, at: Date.now() }))
    clearTimeout(timer.current)
    timer.current = setTimeout(() => void save(), 800)
  }

  // Changes that never reached the server (closed tab, ended session) come back from this browser.
  useEffect(() => {
    const stored = localStorage.getItem(storageKey)
    if (!stored) return
    try {
      const { form: kept } = JSON.parse(stored) as { form: Form }
      if (JSON.stringify(kept) === JSON.stringify(initial)) return localStorage.removeItem(storageKey)
      formRef.current = kept
      // Restoring from localStorage can only happen after mount (the server has no such store).
      // eslint-disable-next-line react-hooks/set-state-in-effect
      setForm(kept)
      setRestored(true)
      void save()
    } catch {
      localStorage.removeItem(storageKey)
    }
    // Only on arrival: later changes are saved as they happen.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [])

  // Leaving the page with a save pending: send it on its way even as the tab closes.
  useEffect(() => {
    const flush = () => {
      if (!localStorage.getItem(storageKey)) return
      clearTimeout(timer.current)
      void fetch(apiURL, {
        method: 'PATCH',
        keepalive: true,
        credentials: 'same-origin',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ form: formRef.current }),
      })
    }
    const onHide = () => document.visibilityState === 'hidden' && flush()
    document.addEventListener('visibilitychange', onHide)
    window.addEventListener('pagehide', flush)
    return () => {
      document.removeEventListener('visibilitychange', onHide)
      window.removeEventListener('pagehide', flush)
    }
  }, [apiURL, storageKey])

  const submit = async (comment: string) => {
    clearTimeout(timer.current)
    if (inFlight.current) await inFlight.current
    setSubmitting(true)
    setSubmitProblem('')
    const answer = await portalFetch(`/portal/api/reports/${reportID}/submit?locale=${locale}`, {
      method: 'POST',
      body: JSON.stringify({ form: formRef.current, comment }),
    })
    setSubmitting(false)
    if (answer.ok) {
      localStorage.removeItem(storageKey)
      return router.refresh()
    }
    if (answer.kind === 'invalid') {
      setErrors(answer.errors)
      setSubmitProblem(t('submitProblems'))
    } else if (answer.kind === 'signed-out') setState('expired')
    else setSubmitProblem(describeFailure(t, answer.kind))
    document.getElementById('submit-problems')?.focus()
  }

  const errorFor = (path: string) => {
    const error = errors.find((item) => item.path === path)
    return error && describeProblem(t, error).text
  }
  const signInAgain = `/portal/sign-in?callbackUrl=${encodeURIComponent(`/portal/reports/${reportID}`)}&ended=1`

  const set = <K extends keyof Form>(key: K, value: Form[K]) => change({ ...formRef.current, [key]: value })

  const rowsEditor = (
    list: 'audience' | 'partners' | 'guests' | 'pressCoverage' | 'quotes' | 'outcomes',
    fields: RowField[],
    addLabel: string,
    blank: Row,
  ) => (
    <div className="space-y-3">
      {(form[list] as Row[]).map((row, index) => (
        <fieldset
          key={index}
          className="grid gap-3 rounded border border-slate-300 bg-slate-50 p-3 sm:grid-cols-2"
        >
          <legend className="sr-only">{`${addLabel} ${index + 1}`}</legend>
          {fields.map((field) => (
            <Field
              key={field.name}
              label={field.label}
              error={errorFor(`${list}.${index}.${field.name}`)}
              wide={field.wide}
              input={(props) => (
                <FieldInput
                  {...props}
                  field={field}
                  choose={t('choose')}
                  value={row[field.name]}
                  onChange={(value) =>
                    set(
                      list,
                      (form[list] as Row[]).map((r, i) =>
                        i === index ? { ...r, [field.name]: value } : r,
                      ) as Form[typeof list],
                    )
                  }
                />
              )}
            />
          ))}
          <div className="sm:col-span-2">
            <button
              type="button"
              onClick={() =>
                set(list, (form[list] as Row[]).filter((_, i) => i !== index) as Form[typeof list])
              }
              className="text-sm text-red-800 underline underline-offset-4"
            >
              {t('remove')}
            </button>
          </div>
        </fieldset>
      ))}
      <button
        type="button"
        onClick={() => set(list, [...(form[list] as Row[]), { ...blank }] as Form[typeof list])}
        className="rounded border border-steppe-700 px-3 py-1.5 text-sm font-medium text-steppe-700 hover:bg-steppe-50"
      >
        + {addLabel}
      </button>
    </div>
  )

  const status = (
    <p role="status" aria-live="polite" className="text-sm" data-save-state={state}>
      {state === 'saving' && t('saving')}
      {state === 'saved' &&
        savedAt &&
        t('saved', {
          time: savedAt.toLocaleTimeString(intlLocale(locale), {
            hour: '2-digit',
            minute: '2-digit',
            second: '2-digit',
          }),
        })}
      {state === 'invalid' && <span className="text-red-800">{t('notSaved')}</span>}
      {state === 'offline' && <span className="text-amber-900">{t('offline')}</span>}
    </p>
  )

  return (
    <div className="space-y-8">
      {restored && (
        <p role="status" className="rounded border-l-4 border-sky-700 bg-sky-50 p-3">
          {t('restored')}
        </p>
      )}
      {state === 'expired' && (
        <div role="alert" className="rounded border-l-4 border-amber-600 bg-amber-50 p-3">
          <p>{t('expired')}</p>
          <a
            href={signInAgain}
            className="mt-2 inline-block font-semibold text-steppe-700 underline underline-offset-4"
          >
            {t('signInAgain')}
          </a>
        </div>
      )}
      <div className="sticky top-0 z-10 -mx-4 border-b border-slate-200 bg-steppe-50/95 px-4 py-2">
        {status}
      </div>

      <Section title={t('sections.basics')}>
        <Field
          label={t('reportTitle')}
          error={errorFor('title')}
          input={(props) => (
            <input
              {...props}
              className={inputClass}
              value={form.title}
              onChange={(e) => set('title', e.target.value)}
            />
          )}
        />
      </Section>

      <Section title={t('sections.screenings')} hint={t('screeningsHint')}>
        {screenings.length === 0 ? (
          <p>{t('noScreenings')}</p>
        ) : (
          <ul className="space-y-3">
            {screenings.map((screening) => {
              const index = form.screenings.findIndex((row) => String(row.screening) === String(screening.id))
              const row = form.screenings[index]
              return (
                <li
                  key={screening.id}
                  className="flex flex-col gap-3 rounded border border-slate-300 bg-slate-50 p-3 sm:flex-row sm:items-end sm:gap-4"
                >
                  <label className="flex min-w-0 items-start gap-2 sm:flex-1 sm:items-center">
                    <input
                      type="checkbox"
                      className="mt-0.5 h-5 w-5 shrink-0 sm:mt-0"
                      checked={index >= 0}
                      onChange={(e) =>
                        set(
                          'screenings',
                          e.target.checked
                            ? [...form.screenings, { screening: screening.id, attendance: '' }]
                            : form.screenings.filter((r) => String(r.screening) !== String(screening.id)),
                        )
                      }
                    />
                    <span>{screening.label}</span>
                  </label>
                  {row && (
                    <Field
                      label={t('attendance')}
                      error={
                        errorFor(`screenings.${index}.attendance`) ??
                        errorFor(`screenings.${index}.screening`)
                      }
                      input={(props) => (
                        <input
                          {...props}
                          type="number"
                          min={0}
                          inputMode="numeric"
                          className={`${inputClass} w-32`}
                          value={row.attendance ?? ''}
                          onChange={(e) =>
                            set(
                              'screenings',
                              form.screenings.map((r, i) =>
                                i === index ? { ...r, attendance: e.target.value } : r,
                              ),
                            )
                          }
                        />
                      )}
                    />
                  )}
                </li>
              )
            })}
          </ul>
        )}
        {errorFor('screenings') && <p className="mt-2 text-sm text-red-800">{errorFor('screenings')}</p>}
      </Section>

      <Section title={t('sections.audience')}>
        <Field
          label={t('totalAttendance')}
          hint={t('totalHint')}
          error={errorFor('totalAttendance')}
          input={(props) => (
            <input
              {...props}
              type="number"
              min={0}
              inputMode="numeric"
              className={`${inputClass} w-40`}
              value={form.totalAttendance ?? ''}
              onChange={(e) => set('totalAttendance', e.target.value)}
            />
          )}
        />
        {errorFor('audience') && <p className="text-sm text-red-800">{errorFor('audience')}</p>}
        {rowsEditor(
          'audience',
          [
            { name: 'segment', label: t('segment'), kind: 'select', options: options.segments },
            { name: 'count', label: t('count'), kind: 'number' },
          ],
          t('addAudience'),
          { segment: '', count: '' },
        )}
      </Section>

      <Section title={t('sections.people')}>
        {rowsEditor(
          'partners',
          [
            { name: 'name', label: t('partnerName') },
            { name: 'role', label: t('partnerRole'), kind: 'select', options: options.partnerRoles },
          ],
          t('addPartner'),
          { name: '', role: 'partner' },
        )}
        {rowsEditor(
          'guests',
          [
            { name: 'name', label: t('guestName') },
            { name: 'role', label: t('guestRole') },
          ],
          t('addGuest'),
          { name: '', role: '' },
        )}
      </Section>

      <Section title={t('sections.press')}>
        {rowsEditor(
          'pressCoverage',
          [
            { name: 'outlet', label: t('outlet') },
            { name: 'country', label: t('country'), kind: 'select', options: options.countries },
            { name: 'language', label: t('pressLanguage'), kind: 'select', options: options.languages },
            { name: 'date', label: t('date'), kind: 'date' },
            { name: 'headline', label: t('headline'), wide: true },
            { name: 'link', label: t('link'), kind: 'url', wide: true },
          ],
          t('addPress'),
          { outlet: '', country: '', language: '', date: '', headline: '', link: '' },
        )}
      </Section>

      <Section title={t('sections.quotes')}>
        {rowsEditor(
          'quotes',
          [
            { name: 'person', label: t('person') },
            { name: 'role', label: t('position') },
            { name: 'text', label: t('quote'), kind: 'textarea', wide: true },
            { name: 'language', label: t('pressLanguage'), kind: 'select', options: options.languages },
          ],
          t('addQuote'),
          { person: '', role: '', text: '', language: '' },
        )}
      </Section>

      <Section title={t('sections.outcomes')}>
        {rowsEditor(
          'outcomes',
          [
            { name: 'kind', label: t('outcomeKind'), kind: 'select', options: options.outcomeKinds },
            { name: 'counterpart', label: t('counterpart') },
            { name: 'description', label: t('outcomeDescription'), kind: 'textarea', wide: true },
            { name: 'reach', label: t('reach'), kind: 'number' },
          ],
          t('addOutcome'),
          { kind: '', description: '', counterpart: '', reach: '' },
        )}
      </Section>

      <Section title={t('sections.photos')}>
        <PhotoList
          locale={locale}
          photos={photos.filter((photo) => form.photos.some((id) => String(id) === String(photo.id)))}
          onRemove={(id) =>
            set(
              'photos',
              form.photos.filter((photoID) => String(photoID) !== String(id)),
            )
          }
          onUploaded={(photo) => {
            setPhotos((list) => [...list, photo])
            set('photos', [...formRef.current.photos, photo.id])
          }}
          onExpired={() => setState('expired')}
        />
        {errorFor('photos') && <p className="text-sm text-red-800">{errorFor('photos')}</p>}
      </Section>

      <Section title={t('sections.story')}>
        <Field
          label={t('story')}
          hint={t('storyHint')}
          error={errorFor('body')}
          input={(props) => (
            <textarea
              {...props}
              rows={10}
              className={inputClass}
              value={form.body}
              onChange={(e) => set('body', e.target.value)}
            />
          )}
        />
      </Section>

      <SubmitBox
        resubmission={resubmission}
        submitting={submitting}
        problem={submitProblem}
        errors={errors}
        onSubmit={submit}
      />
    </div>
  )
}

function Section({ title, hint, children }: { title: string; hint?: string; children: ReactNode }) {
  return (
    <section className="space-y-4 rounded-lg bg-white p-5 shadow-sm">
      <h2 className="text-xl font-semibold text-steppe-900">{title}</h2>
      {hint && <p className="text-slate-700">{hint}</p>}
      {children}
    </section>
  )
}

type InputProps = { id: string; 'aria-invalid': boolean; 'aria-describedby'?: string }

/** A labelled field with its hint and its error, wired for screen readers. */
function Field({
  label,
  hint,
  error,
  wide,
  input,
}: {
  label: string
  hint?: string
  error?: string
  wide?: boolean
  input: (props: InputProps) => ReactNode
}) {
  const id = useId()
  const described = [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ') || undefined
  return (
    <div className={wide ? 'sm:col-span-2' : undefined}>
      <label htmlFor={id} className="font-medium">
        {label}
      </label>
      {hint && (
        <p id={`${id}-hint`} className="text-sm text-slate-600">
          {hint}
        </p>
      )}
      {input({ id, 'aria-invalid': Boolean(error), 'aria-describedby': described })}
      {error && (
        <p id={`${id}-error`} className="mt-1 text-sm text-red-800">
          {error}
        </p>
      )}
    </div>
  )
}

function FieldInput({
  field,
  value,
  onChange,
  choose,
  ...props
}: InputProps & {
  field: RowField
  value: string | number | null | undefined
  onChange: (value: string) => void
  choose: string
}) {
  const shared = {
    ...props,
    className: inputClass,
    value: value ?? '',
    onChange: (e: { target: { value: string } }) => onChange(e.target.value),
  }
  if (field.kind === 'select')
    return (
      <select {...shared}>
        <option value="">{choose}</option>
        {field.options?.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    )
  if (field.kind === 'textarea') return <textarea {...shared} rows={3} />
  return (
    <input
      {...shared}
      type={
        field.kind === 'number'
          ? 'number'
          : field.kind === 'date'
            ? 'date'
            : field.kind === 'url'
              ? 'url'
              : 'text'
      }
      min={field.kind === 'number' ? 0 : undefined}
    />
  )
}

function PhotoList({
  locale,
  photos,
  onRemove,
  onUploaded,
  onExpired,
}: {
  locale: Locale
  photos: Photo[]
  onRemove: (id: string | number) => void
  onUploaded: (photo: Photo) => void
  onExpired: () => void
}) {
  const t = useTranslations('portal')
  const [uploading, setUploading] = useState(false)
  const [problem, setProblem] = useState('')
  const fileRef = useRef<HTMLInputElement>(null)
  const altRef = useRef<HTMLInputElement>(null)
  const creditRef = useRef<HTMLInputElement>(null)

  const upload = async () => {
    const file = fileRef.current?.files?.[0]
    const alt = altRef.current?.value.trim() ?? ''
    if (!file) return setProblem(t('photo'))
    if (!alt) return setProblem(t('photoNeedsAlt'))
    const body = new FormData()
    body.set('file', file)
    body.set('alt', alt)
    body.set('credit', creditRef.current?.value.trim() ?? '')
    setUploading(true)
    setProblem('')
    const answer = await portalFetch<{ id: string | number; alt: string; credit: string | null }>(
      `/portal/api/photos?locale=${locale}`,
      { method: 'POST', body },
    )
    setUploading(false)
    if (answer.ok) {
      onUploaded({ id: answer.body.id, alt: answer.body.alt, credit: answer.body.credit ?? '' })
      if (fileRef.current) fileRef.current.value = ''
      if (altRef.current) altRef.current.value = ''
      if (creditRef.current) creditRef.current.value = ''
    } else if (answer.kind === 'signed-out') onExpired()
    else
      setProblem(
        answer.kind === 'invalid'
          ? answer.errors.map((e) => describeProblem(t, e).text).join(' ') ||
              t('fieldProblems.invalid', { field: t('photo') })
          : describeFailure(t, answer.kind),
      )
  }

  return (
    <div className="space-y-4">
      {photos.length > 0 && (
        <ul className="grid gap-4 sm:grid-cols-2">
          {photos.map((photo) => (
            <li key={photo.id} className="rounded border border-slate-300 p-2">
              {/* eslint-disable-next-line @next/next/no-img-element -- private photos come from the portal's own route */}
              <img
                src={`/portal/photos/${photo.id}`}
                alt={photo.alt}
                className="aspect-[16/10] w-full rounded object-cover"
              />
              <p className="mt-1 text-sm">
                {photo.alt}
                {photo.credit ? ` · © ${photo.credit}` : ''}
              </p>
              <button
                type="button"
                onClick={() => onRemove(photo.id)}
                className="text-sm text-red-800 underline underline-offset-4"
              >
                {t('remove')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <fieldset className="grid gap-3 rounded border border-dashed border-slate-400 p-3 sm:grid-cols-2">
        <legend className="px-1 font-medium">{t('upload')}</legend>
        <label className="sm:col-span-2">
          <span className="font-medium">{t('photo')}</span>
          <input
            ref={fileRef}
            type="file"
            accept={acceptedImageTypes.join(',')}
            className="mt-1 block w-full"
          />
        </label>
        <label className="sm:col-span-2">
          <span className="font-medium">{t('altText')}</span>
          <input ref={altRef} className={inputClass} />
        </label>
        <label>
          <span className="font-medium">{t('credit')}</span>
          <input ref={creditRef} className={inputClass} />
        </label>
        <div className="flex items-end">
          <button
            type="button"
            onClick={upload}
            disabled={uploading}
            className="rounded bg-steppe-700 px-3 py-2 font-medium text-white hover:bg-steppe-900 disabled:opacity-60"
          >
            {uploading ? t('uploading') : t('upload')}
          </button>
        </div>
        {problem && (
          <p role="alert" className="text-sm text-red-800 sm:col-span-2">
            {problem}
          </p>
        )}
      </fieldset>
    </div>
  )
}

function SubmitBox({
  resubmission,
  submitting,
  problem,
  errors,
  onSubmit,
}: {
  resubmission: boolean
  submitting: boolean
  problem: string
  errors: FieldError[]
  onSubmit: (comment: string) => void
}) {
  const t = useTranslations('portal')
  const [comment, setComment] = useState('')
  return (
    <section className="space-y-3 rounded-lg border-2 border-steppe-700 bg-white p-5">
      <div id="submit-problems" tabIndex={-1}>
        {problem && (
          <div role="alert" className="rounded border-l-4 border-red-700 bg-red-50 p-3 text-red-900">
            <p className="font-medium">{problem}</p>
            {errors.length > 0 && (
              <ul className="mt-1 list-disc pl-5 text-sm">
                {errors.map((error) => (
                  <li key={error.path}>{describeProblem(t, error).text}</li>
                ))}
              </ul>
            )}
          </div>
        )}
      </div>
      <label className="block">
        <span className="font-medium">{t('commentForReviewer')}</span>
        <textarea
          value={comment}
          onChange={(e) => setComment(e.target.value)}
          rows={2}
          className={inputClass}
        />
      </label>
      <button
        type="button"
        disabled={submitting}
        onClick={() => onSubmit(comment)}
        className="rounded bg-steppe-700 px-5 py-2.5 font-semibold text-white hover:bg-steppe-900 disabled:opacity-60"
      >
        {submitting ? t('submitting') : resubmission ? t('resubmit') : t('submit')}
      </button>
    </section>
  )
}

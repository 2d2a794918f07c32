import type { ReactNode } from 'react'

type Option = { value: string | number; label: string }

/** One filter: a labelled select whose first choice means "no filter". Works without JavaScript. */
export function FilterSelect({
  name,
  label,
  anyLabel,
  options,
  value,
}: {
  name: string
  label: string
  anyLabel: string
  options: Option[]
  value?: string | number
}) {
  return (
    <label className="text-sm font-medium text-slate-800">
      {label}
      <select
        name={name}
        defaultValue={value ?? ''}
        className="mt-1 block w-full rounded border border-slate-400 bg-white px-3 py-2 text-slate-900"
      >
        <option value="">{anyLabel}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </label>
  )
}

/**
 * A GET form: the filters live in the address, so a filtered list can be linked and shared.
 * On a phone it folds away under its summary (a closed <details>); from the `sm` breakpoint the
 * form shows without the toggle, by CSS alone (`.fold-on-phone` in app/globals.css), so neither
 * needs JavaScript.
 */
export function FilterForm({
  action,
  submitLabel,
  summary,
  children,
}: {
  action: string
  submitLabel: string
  /** The toggle's words on a phone. */
  summary: string
  children: ReactNode
}) {
  return (
    <details className="fold-on-phone mt-6 rounded-lg border border-steppe-100 bg-white">
      <summary className="cursor-pointer px-4 py-3 font-medium text-steppe-700">{summary}</summary>
      <form method="get" action={action} className="grid gap-4 p-4 pt-0 sm:grid-cols-5 sm:items-end sm:pt-4">
        {children}
        <button
          type="submit"
          className="rounded bg-steppe-700 px-4 py-2 font-medium text-white hover:bg-steppe-900 focus-visible:outline focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-steppe-700"
        >
          {submitLabel}
        </button>
      </form>
    </details>
  )
}

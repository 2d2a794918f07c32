// The targets of issue 10 ("Targets on the archive, this 2-core machine") and how a figure is
// judged against one. A figure without a target is shown, never marked.
export const targets = {
  shareOfFloor: { op: '>=', value: 0.8, text: '≥ 80% of floor' },
  pageP99: { op: '<=', value: 50, text: '≤ 50 ms' },
  build: { op: '<', value: 180, text: '< 180 s' },
  publishToVisible: { op: '<=', value: 2000, text: '≤ 2,000 ms' },
  homeHTML: { op: '<', value: 60 * 1024, text: '< 60 KB' },
  ourJS: { op: '<=', value: 15 * 1024, text: '≤ 15 KB' },
  lighthouse: { op: '>=', value: 95, text: '≥ 95' },
  cls: { op: '<=', value: 0, text: '0' },
  loadReadP99: { op: '<', value: 200, text: '< 200 ms' },
  saveP99: { op: '<', value: 500, text: '< 500 ms' },
  none: { op: '<=', value: 0, text: '0' },
  admin: { op: '<', value: 1500, text: '< 1,500 ms' },
  queries: { op: '<=', value: 5, text: '≤ 5 (a handful)' },
  nginxShareOfCeiling: { op: '>=', value: 0.5, text: '≥ 50% of ceiling' },
  nginxPublishToVisible: { op: '<=', value: 10_000, text: '≤ 10,000 ms' },
}

/** 'pass' or 'miss' for a figure against its target; a missing figure (a timeout) misses. */
export const judge = (value, target) => {
  if (!target) return null
  if (value === null || value === undefined || Number.isNaN(value)) return 'miss'
  const met =
    target.op === '>='
      ? value >= target.value
      : target.op === '<='
        ? value <= target.value
        : value < target.value
  return met ? 'pass' : 'miss'
}

/** By how much a figure misses, in the target's own terms: "2.4× the limit", "31 points short". */
export const shortfall = (value, target) => {
  if (judge(value, target) !== 'miss' || value === null || value === undefined) return ''
  if (target.op === '>=')
    return target.value <= 1
      ? `${Math.round((target.value - value) * 100)} points short`
      : `${Math.round(target.value - value)} short`
  return target.value === 0 ? `${value} over` : `${(value / target.value).toFixed(1)}× the limit`
}

// The REST API under the same load: a filtered list with relations, a report two levels deep.
import { measure, warm } from './measure.mjs'

export const measureREST = async ({ origin, event, token, connections, seconds }) => {
  const { country, year } = event
  const list =
    `/api/events?where[country][equals]=${country}` +
    `&where[startsOn][greater_than_equal]=${year}-01-01&where[startsOn][less_than]=${year + 1}-01-01` +
    '&depth=1&limit=10&locale=en'
  const headers = { Authorization: `JWT ${token}` }
  const reports = await (await fetch(`${origin}/api/reports?depth=0&limit=1&locale=en`, { headers })).json()
  const report = `/api/reports/${reports.docs[0]?.id}?depth=2&locale=en`
  const results = {}
  for (const [name, path, signedIn] of [
    ['events by country and year, depth 1', list, false],
    ['a report, depth 2 (signed in)', report, true],
  ]) {
    // Warmed as the pages are: the first call of a route loads and compiles its code, and 50
    // connections queued behind that are not what a client of a running server meets.
    await warm(`${origin}${path}`, signedIn ? headers : {})
    const run = await measure(`${origin}${path}`, { connections, seconds, headers: signedIn ? headers : {} })
    results[name] = { path, ...run }
    console.log(`  ${name.padEnd(40)} ${run.rps} req/s  p99 ${run.p99} ms  errors ${run.errors}`)
  }
  return results
}

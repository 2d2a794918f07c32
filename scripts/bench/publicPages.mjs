// Each public page beside the framework's floor (a static route of the same server, measured just
// before it) and the bare ceiling (the same bytes from Node's `http`): shares survive a noisy machine.
import { measure, warm } from './measure.mjs'

export const measurePublicPages = async ({ origin, ceilingOrigin, pages, floor, connections, seconds }) => {
  const results = {}
  for (const [name, path] of Object.entries(pages)) {
    const status = await warm(`${origin}${path}`)
    const floorRun = await measure(`${origin}${floor}`, { connections, seconds })
    const app = await measure(`${origin}${path}`, { connections, seconds })
    const ceiling = ceilingOrigin ? await measure(`${ceilingOrigin}${path}`, { connections, seconds }) : null
    results[name] = { path, status, app, floor: floorRun, ceiling, shareOfFloor: app.rps / floorRun.rps }
    console.log(
      `  ${name.padEnd(16)} ${String(app.rps).padStart(6)} req/s  p99 ${String(app.p99).padStart(5)} ms  ` +
        `floor ${floorRun.rps}  ceiling ${ceiling?.rps ?? '—'}  ${Math.round(results[name].shareOfFloor * 100)}%`,
    )
  }
  return results
}

/** The same pages through a proxy in front of the app (nginx), against the bare ceiling. */
export const measureThrough = async ({ proxyOrigin, pages, ceiling, connections, seconds }) => {
  const results = {}
  for (const [name, path] of Object.entries(pages)) {
    await warm(`${proxyOrigin}${path}`)
    const run = await measure(`${proxyOrigin}${path}`, { connections, seconds })
    const cached = (await fetch(`${proxyOrigin}${path}`)).headers.get('x-cache-status')
    const ceilingRps = ceiling?.[name]?.ceiling?.rps
    results[name] = { path, run, cache: cached, shareOfCeiling: ceilingRps ? run.rps / ceilingRps : null }
    console.log(
      `  ${name.padEnd(16)} ${String(run.rps).padStart(6)} req/s  p99 ${run.p99} ms  cache ${cached}`,
    )
  }
  return results
}

// Database statements per page: the server's running total (BENCH_COUNT_QUERIES, read at
// /__bench/queries) before and after one request, nothing else asking meanwhile. The first request
// after start renders what the build did not; the second shows what a cached page costs.
const total = async (origin) => (await (await fetch(`${origin}/__bench/queries`)).json()).queries

const count = async (origin, path) => {
  const before = await total(origin)
  await (await fetch(`${origin}${path}`)).arrayBuffer()
  // Work Next finishes after the answer (a stale page refreshed in the background) counts too.
  await new Promise((resolve) => setTimeout(resolve, 300))
  return (await total(origin)) - before
}

export const countQueries = async ({ origin, pages }) => {
  const results = {}
  for (const [name, path] of Object.entries(pages)) {
    const first = await count(origin, path)
    const again = await count(origin, path)
    results[name] = { path, first, again }
    console.log(`  ${name.padEnd(16)} first request ${first}, again ${again}`)
  }
  return results
}

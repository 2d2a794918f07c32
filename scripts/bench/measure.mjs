// One autocannon run: requests per second and latency of one address under steady load.
import autocannon from 'autocannon'

export const measure = async (url, { connections, seconds, headers = {} }) => {
  const result = await autocannon({ url, connections, duration: seconds, headers })
  return {
    rps: Math.round(result.requests.average),
    p50: result.latency.p50,
    p99: result.latency.p99,
    requests: result.requests.total,
    errors: result.errors + result.timeouts + result.non2xx,
  }
}

/** Ask a few times so the first render (and any cache fill) is not part of the measurement. */
export const warm = async (url, headers = {}, times = 3) => {
  let response
  for (let i = 0; i < times; i++) {
    response = await fetch(url, { headers, redirect: 'manual' })
    await response.arrayBuffer()
  }
  return response.status
}

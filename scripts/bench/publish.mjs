// Publish-to-visible: an editor publishes a change to an event's summary through REST; the clock
// runs from the request until a reader of the public page (directly or through a proxy) sees it.
export const publishToVisible = async ({
  apiOrigin,
  readOrigin,
  token,
  eventId,
  path,
  timeoutMs = 30_000,
}) => {
  const marker = `Bench publish ${Date.now().toString(36)}`
  await (await fetch(`${readOrigin}${path}`)).text()
  const started = performance.now()
  const saved = await fetch(`${apiOrigin}/api/events/${eventId}?locale=en`, {
    method: 'PATCH',
    headers: { 'Content-Type': 'application/json', Authorization: `JWT ${token}` },
    body: JSON.stringify({ summary: marker, _status: 'published' }),
  })
  if (!saved.ok) throw new Error(`The editor could not publish: HTTP ${saved.status} ${await saved.text()}`)
  const savedMs = performance.now() - started
  while (performance.now() - started < timeoutMs) {
    const html = await (await fetch(`${readOrigin}${path}`)).text()
    if (html.includes(marker))
      return { ms: Math.round(performance.now() - started), savedMs: Math.round(savedMs) }
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  return { ms: null, savedMs: Math.round(savedMs), timedOut: timeoutMs }
}

// The public pages the bench measures, found in the archive through the site's own sitemap and
// REST API, so the same code serves the demo content and a generated archive.
const first = (urls, pattern) => urls.map((url) => new URL(url).pathname).find((path) => pattern.test(path))
const locations = async (url) =>
  [...(await (await fetch(url)).text()).matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1])

export const findPages = async (origin) => {
  // /sitemap.xml is an index of parts: the site's own pages, then each kind a bounded part at a time.
  const parts = (await locations(`${origin}/sitemap.xml`)).map((url) => new URL(url).pathname)
  const urls = []
  for (const part of parts) urls.push(...(await locations(`${origin}${part}`)))
  const report = first(urls, /^\/en\/reports\/[^/]+$/)
  // The event the report is about when the sitemap has it: its page shows the report too.
  const eventOfReport =
    report &&
    `/en/events/${report
      .split('/')
      .pop()
      .replace(/-report$/, '')}`
  const event = urls.some((url) => url.endsWith(eventOfReport))
    ? eventOfReport
    : first(urls, /^\/en\/events\/[^/]+$/)
  const film = first(urls, /^\/en\/films\/[^/]+$/)
  const country = first(urls, /^\/en\/countries\/[^/]+$/)
  const eventSlug = decodeURIComponent(event.split('/').pop())
  const { docs: events } = await (
    await fetch(`${origin}/api/events?where[slug][equals]=${encodeURIComponent(eventSlug)}&depth=0&locale=en`)
  ).json()
  const filmSlug = decodeURIComponent(film.split('/').pop())
  const { docs: films } = await (
    await fetch(`${origin}/api/films?where[slug][equals]=${encodeURIComponent(filmSlug)}&depth=0&locale=en`)
  ).json()
  const eventDoc = events[0]
  const year = new Date(eventDoc.startsOn).getUTCFullYear()
  // A word of the film's title in lower case: search must fold case in every script.
  const word = String(films[0]?.title ?? filmSlug)
    .split(/\s+/)
    .find((part) => part.length >= 4)
    ?.toLowerCase()
  return {
    event: { id: eventDoc.id, country: eventDoc.country, year },
    pages: {
      home: '/en',
      events: '/en/events',
      'events filtered': `/en/events?country=${eventDoc.country}&year=${year}`,
      // The catalogue of the whole archive, a page at a time, and a later page of it.
      films: '/en/films',
      'films page 2': '/en/films?page=2',
      event,
      film,
      country,
      search: `/en/search?q=${encodeURIComponent(word ?? 'film')}`,
      report,
      'events.ics': '/events.ics',
      feed: '/en/feed.xml',
      // The index, and a part of it as large as a part gets (the first of the events').
      sitemap: '/sitemap.xml',
      'sitemap part': parts.find((path) => path.endsWith('/events-0.xml')),
    },
    floor: '/robots.txt',
  }
}

/** Payload's token for a ministry editor, as the REST API and the admin use it. */
export const editorToken = async (origin, password) => {
  const response = await fetch(`${origin}/api/users/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email: 'editor@example.org', password }),
  })
  if (!response.ok) throw new Error(`The editor could not sign in: HTTP ${response.status}`)
  return (await response.json()).token
}

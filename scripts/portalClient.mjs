// HTTP clients as a browser and an API user are: cookies kept across answers, the portal's
// next-auth sign-in, JSON calls. Shared by the load benchmark and the fault test.

/** Cookies as a browser keeps them: name → value, from every Set-Cookie seen. */
export const jar = () => {
  const cookies = new Map()
  return {
    take: (response) => {
      for (const line of response.headers.getSetCookie()) {
        const [pair] = line.split(';')
        const at = pair.indexOf('=')
        cookies.set(pair.slice(0, at), pair.slice(at + 1))
      }
    },
    header: () => [...cookies].map(([name, value]) => `${name}=${value}`).join('; '),
  }
}

/** An embassy user signed in to the portal through next-auth, as the sign-in form does. */
export const signInToPortal = async (origin, email, password) => {
  const cookies = jar()
  const csrf = await fetch(`${origin}/portal/auth/csrf`)
  cookies.take(csrf)
  const { csrfToken } = await csrf.json()
  const response = await fetch(`${origin}/portal/auth/callback/password`, {
    method: 'POST',
    redirect: 'manual',
    headers: {
      'Content-Type': 'application/x-www-form-urlencoded',
      Cookie: cookies.header(),
      Origin: origin,
    },
    body: new URLSearchParams({ email, password, csrfToken, callbackUrl: `${origin}/portal` }),
  })
  cookies.take(response)
  if (!cookies.header().includes('session-token'))
    throw new Error(`${email} could not sign in to the portal (HTTP ${response.status}).`)
  return cookies
}

/** JSON calls to the portal's API with the user's cookies, from the portal's own origin. */
export const portalAPI = (origin, cookies) => (path, method, body) =>
  fetch(`${origin}${path}`, {
    method,
    headers: { 'Content-Type': 'application/json', Cookie: cookies.header(), Origin: origin },
    body: JSON.stringify(body),
  })

/** Ministry staff calling the REST API with Payload's token, as an integration would. */
export const signInToAdmin = async (origin, email, password) => {
  const login = await fetch(`${origin}/api/users/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email, password }),
  })
  if (login.status !== 200) throw new Error(`${email} could not sign in (HTTP ${login.status}).`)
  const { token } = await login.json()
  return (url, method, body) =>
    fetch(`${origin}${url}`, {
      method,
      headers: { 'Content-Type': 'application/json', Authorization: `JWT ${token}` },
      body: body && JSON.stringify(body),
    })
}

/**
 * A new published event like the seeded one at `slug` (same embassy, dates and place): an embassy
 * has one report per event, so each writer of a test needs an event of its own.
 */
export const eventLike = async (editor, slug, title) => {
  const found = await editor(`/api/events?where[slug][equals]=${slug}&depth=0&locale=en`, 'GET')
  const source = (await found.json()).docs[0]
  const { type, startsOn, endsOn, timezone, country, city, organisingEmbassy } = source
  const created = await editor('/api/events?locale=en', 'POST', {
    title,
    ...{ type, startsOn, endsOn, timezone, country, city, organisingEmbassy },
    _status: 'published',
  })
  if (created.status !== 201)
    throw new Error(`Could not create the event "${title}": HTTP ${created.status} ${await created.text()}`)
  return (await created.json()).doc.id
}

/**
 * The player address of a trailer on YouTube or Vimeo, to embed only once the reader asks for it:
 * YouTube through its no-cookie domain, Vimeo with do-not-track. Null for any other address, which
 * the page keeps as a plain link.
 */
export const trailerEmbedURL = (url: string | null | undefined): string | null => {
  if (!url || !URL.canParse(url)) return null
  const address = new URL(url)
  const host = address.hostname.replace(/^(www\.|m\.)/, '')
  const id = /^[\w-]{6,20}$/
  let youtube: string | null | undefined
  if (host === 'youtu.be') youtube = address.pathname.slice(1)
  else if (host === 'youtube.com' || host === 'youtube-nocookie.com')
    youtube =
      address.pathname === '/watch'
        ? address.searchParams.get('v')
        : /^\/(embed|shorts|live)\/([^/]+)/.exec(address.pathname)?.[2]
  if (youtube && id.test(youtube)) return `https://www.youtube-nocookie.com/embed/${youtube}?autoplay=1`
  if (host === 'vimeo.com' || host === 'player.vimeo.com') {
    const vimeo = /(?:^|\/)(\d{5,12})(?:$|\/)/.exec(address.pathname)?.[1]
    if (vimeo) return `https://player.vimeo.com/video/${vimeo}?autoplay=1&dnt=1`
  }
  return null
}

/** The hosts trailer players are embedded from: the site's Content-Security-Policy allows these frames. */
export const trailerHosts = ['https://www.youtube-nocookie.com', 'https://player.vimeo.com']

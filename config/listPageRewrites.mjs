// A page of a list and nothing else (`/en/films?page=2`, what every "next page" link of an
// unfiltered list writes) reaches its cached page by a rewrite of Next's router instead of the
// proxy. Next's proxy costs about as much again as serving a cached page: on the archive the plain
// films list answered at 80% of the framework's floor and its page 2, through the proxy, at 50%
// (issue 10's bench). A rewrite is a regular expression in the router.
//
// Only a page number already in its canonical form is rewritten here (lib/listQuery.ts: 2 to 1000,
// no leading zero), to the very path the proxy writes for it (`page%3D2`), so both reach one cache
// entry. Any other value (`page=02`, `page=1`), or a page with a filter, still passes through the
// proxy (its matcher in proxy.ts names the same numbers, written out: Next reads that config
// without running it), which tidies it. A canonical page beside parameters the proxy does not
// match (`utm_source=…`, a filter sent empty: `?when=&page=2`) is served at that address, untidied,
// from the same cache entry: as the proxy's matcher already does for empty filters.
// tests/listQuery.test.ts holds the three in step.

/** A canonical page number, as a regular expression Next anchors at both ends. */
export const canonicalPageNumber = '[2-9]|[1-9]\\d|[1-9]\\d\\d|1000'

// Search the same way, for what readers type most: words of Latin or Cyrillic letters (Kazakh's
// included) and digits, single spaces between them, 2 to 100 characters, in Unicode's composed
// form. That is already the canonical form (lib/listQuery.ts) and needs no encoding in a path, so
// the router can write it where the page reads it back: `q=<the text>`, as the path is decoded
// (lib/listPath.ts). Anything else (punctuation, a second space, a letter with a combining accent,
// an accented Latin letter) still passes the proxy, whose matcher names this expression too. The
// two ways write a query in two forms, so a text reached both ways (`amre film` by the rewrite,
// `amre  film` tidied by the proxy) is at most two cache entries, never more.
// The Cyrillic block without its signs and combining marks (U+0482-0489), written as the letters
// themselves: proxy.ts repeats this expression, and Next reads that file's config without running
// it, doubling the backslash of a `\u` escape (its class then held no Cyrillic letter at all).
const searchLetter = '[0-9A-Za-zЀ-ҁҊ-ӿ]'

/** A search text the router rewrites, as a regular expression Next anchors at both ends. */
export const plainSearchText = `${searchLetter}(?:${searchLetter}| (?=${searchLetter})){1,99}`

export const listPageRewrites = [
  {
    // One rule for the lists that page. The list's name is captured, not written into the source:
    // Next matches rewrites without regard to case, so `/en/FILMS?page=2` would otherwise be a page
    // of the films list; captured, it goes to `_lists/FILMS`, which no route serves (404).
    source: '/:locale(kk|ru|en)/:list(events|films|reports)',
    has: [{ type: 'query', key: 'page', value: `(?<page>${canonicalPageNumber})` }],
    destination: '/:locale/_lists/:list/page%3D:page',
  },
  {
    // Captured for the same reason as the list above: `/en/SEARCH?q=amre` stays a 404.
    source: '/:locale(kk|ru|en)/:list(search)',
    has: [{ type: 'query', key: 'q', value: `(?<q>${plainSearchText})` }],
    destination: '/:locale/_lists/:list/q%3D:q',
  },
]

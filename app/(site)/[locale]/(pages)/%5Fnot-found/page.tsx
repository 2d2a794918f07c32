import NotFound, { generateMetadata } from '../not-found'

/**
 * The 404 page as a page of its own (/kk/_not-found, /ru/_not-found, /en/_not-found), prerendered
 * in each language at build time. Next writes a notFound() from a matched route as an empty
 * document whose text only a script draws (vercel/next.js#62228, #98295); scripts/server.mjs puts
 * this page's server-rendered body into that document, so a reader without JavaScript reads it.
 * Not in the sitemap, and noindex like the 404 itself.
 */
export const dynamic = 'force-static'

export { generateMetadata }

export default NotFound

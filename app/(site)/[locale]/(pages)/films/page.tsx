import { filmsRoute } from '../listRoutes'

// Rendered once and kept; a query of this list is another cached page (proxy.ts, _lists/films).
export const revalidate = 3600

export const generateMetadata = filmsRoute.generateMetadata
export default filmsRoute.ListPage

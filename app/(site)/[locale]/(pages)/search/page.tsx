import { searchRoute } from '../listRoutes'

// Rendered once and kept; a query of this list is another cached page (proxy.ts, _lists/search).
export const revalidate = 3600

export const generateMetadata = searchRoute.generateMetadata
export default searchRoute.ListPage

import { reportsRoute } from '../listRoutes'

// Rendered once and kept; a further page of this list is another cached page (proxy.ts, _lists/reports).
export const revalidate = 3600

export const generateMetadata = reportsRoute.generateMetadata
export default reportsRoute.ListPage

import { eventsRoute } from '../listRoutes'

// Rendered once and kept; a query of this list is another cached page (proxy.ts, _lists/events).
export const revalidate = 3600

export const generateMetadata = eventsRoute.generateMetadata
export default eventsRoute.ListPage

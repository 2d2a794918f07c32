import { eventsRoute } from '../../../listRoutes'

// /{locale}/events?… as the proxy rewrites it: each canonical query rendered on first request and kept.
export const revalidate = 3600

export const generateStaticParams = eventsRoute.generateStaticParams
export const generateMetadata = eventsRoute.generateMetadata
export default eventsRoute.QueryPage

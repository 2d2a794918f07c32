import { reportsRoute } from '../../../listRoutes'

// /{locale}/reports?page=… as the proxy rewrites it: each page rendered on first request and kept.
export const revalidate = 3600

export const generateStaticParams = reportsRoute.generateStaticParams
export const generateMetadata = reportsRoute.generateMetadata
export default reportsRoute.QueryPage

import { searchRoute } from '../../../listRoutes'

// /{locale}/search?… as the proxy rewrites it: each canonical query rendered on first request and kept.
export const revalidate = 3600

export const generateStaticParams = searchRoute.generateStaticParams
export const generateMetadata = searchRoute.generateMetadata
export default searchRoute.QueryPage

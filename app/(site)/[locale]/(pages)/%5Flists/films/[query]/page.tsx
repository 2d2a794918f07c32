import { filmsRoute } from '../../../listRoutes'

// /{locale}/films?… as the proxy rewrites it: each canonical query rendered on first request and kept.
export const revalidate = 3600

export const generateStaticParams = filmsRoute.generateStaticParams
export const generateMetadata = filmsRoute.generateMetadata
export default filmsRoute.QueryPage

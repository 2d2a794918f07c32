/* Payload's GraphQL API; the generated shape from @payloadcms/next. */
import config from '@payload-config'
import { GRAPHQL_POST, REST_OPTIONS } from '@payloadcms/next/routes'
import { refuseBadJSON } from '@/lib/jsonBody'

export const POST = refuseBadJSON(GRAPHQL_POST(config))
export const OPTIONS = REST_OPTIONS(config)

/* Payload's GraphQL API; the generated shape from @payloadcms/next. */
import config from '@payload-config'
import { GRAPHQL_POST, REST_OPTIONS } from '@payloadcms/next/routes'
import { isMongo } from '@/config/env'
import { guardAPIRequest } from '@/lib/apiRequestGuard'

export const POST = guardAPIRequest(GRAPHQL_POST(config), { numericIDs: !isMongo })
export const OPTIONS = REST_OPTIONS(config)

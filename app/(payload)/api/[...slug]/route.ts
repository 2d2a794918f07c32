/* Payload's REST API; the generated shape from @payloadcms/next. */
import config from '@payload-config'
import '@payloadcms/next/css'
import { REST_DELETE, REST_GET, REST_OPTIONS, REST_PATCH, REST_POST, REST_PUT } from '@payloadcms/next/routes'
import { isMongo } from '@/config/env'
import { guardAPIRequest } from '@/lib/apiRequestGuard'

// Requests pass a guard first: an unknown language, or JSON that does not parse or is absurdly large, gets a clear 4xx.
export const GET = guardAPIRequest(REST_GET(config), { numericIDs: !isMongo })
export const POST = guardAPIRequest(REST_POST(config), { numericIDs: !isMongo })
export const DELETE = guardAPIRequest(REST_DELETE(config), { numericIDs: !isMongo })
export const PATCH = guardAPIRequest(REST_PATCH(config), { numericIDs: !isMongo })
export const PUT = guardAPIRequest(REST_PUT(config), { numericIDs: !isMongo })
export const OPTIONS = REST_OPTIONS(config)

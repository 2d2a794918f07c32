/* Payload's REST API; the generated shape from @payloadcms/next. */
import config from '@payload-config'
import '@payloadcms/next/css'
import { REST_DELETE, REST_GET, REST_OPTIONS, REST_PATCH, REST_POST, REST_PUT } from '@payloadcms/next/routes'
import { refuseBadJSON } from '@/lib/jsonBody'

// Writes pass a guard first: JSON that does not parse, or is absurdly large, gets a clear 4xx.
export const GET = REST_GET(config)
export const POST = refuseBadJSON(REST_POST(config))
export const DELETE = refuseBadJSON(REST_DELETE(config))
export const PATCH = refuseBadJSON(REST_PATCH(config))
export const PUT = refuseBadJSON(REST_PUT(config))
export const OPTIONS = REST_OPTIONS(config)

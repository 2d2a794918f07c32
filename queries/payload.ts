import config from '@payload-config'
import { getPayload } from 'payload'

/** The Payload instance pages read through; public reads always pass `overrideAccess: false`. */
export const cms = () => getPayload({ config })

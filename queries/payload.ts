import config from '@payload-config'
import { getPayload } from 'payload'

/** The Payload instance pages read through; public reads always pass `overrideAccess: false`. */
export const cms = () => getPayload({ config })

/** What pages read of an image; `url` is computed from `filename`, so both are needed. */
export const imageFields = {
  url: true,
  filename: true,
  sizes: true,
  alt: true,
  width: true,
  height: true,
  credit: true,
} as const

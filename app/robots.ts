import type { MetadataRoute } from 'next'
import { absoluteURL } from '@/lib/alternates'

export default function robots(): MetadataRoute.Robots {
  return {
    rules: { userAgent: '*', allow: '/', disallow: ['/admin', '/api'] },
    sitemap: absoluteURL('/sitemap.xml'),
  }
}

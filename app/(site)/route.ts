import { preferredLocale } from '@/lib/preferredLocale'

// `/` sends readers to their language's home page.
export const GET = (request: Request) =>
  new Response(null, {
    status: 307,
    headers: {
      Location: `/${preferredLocale(request.headers.get('accept-language'))}`,
      Vary: 'Accept-Language',
      'Cache-Control': 'private, no-store',
    },
  })

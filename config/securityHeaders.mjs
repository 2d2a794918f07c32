// Response headers for every page, read by next.config.mjs. Plain JavaScript: Next loads its config
// before TypeScript is set up.

/**
 * The public site and the portal load nothing from elsewhere. Scripts and styles may be inline
 * because prerendered Next pages carry their data in inline scripts and cannot get a per-request
 * nonce; everything else is locked to this origin, and nothing may frame the pages.
 */
const sitePolicy = [
  "default-src 'self'",
  "script-src 'self' 'unsafe-inline'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "media-src 'self'",
  // A film's trailer player, framed only after the reader clicks it (lib/trailer.ts, trailerHosts).
  'frame-src https://www.youtube-nocookie.com https://player.vimeo.com',
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ')

/**
 * Payload's admin, a Next app of its own: the same lock as the site (inline scripts for the RSC
 * payload Next streams into the page, no eval), plus blob: for previews of an image being uploaded.
 * It loads no fonts, scripts or frames from elsewhere (no code or JSON fields, whose editor would).
 */
const adminPolicy = [
  "default-src 'self'",
  "script-src 'self' 'unsafe-inline'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "media-src 'self' blob:",
  "worker-src 'self' blob:",
  "frame-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ')

/** The API answers data, never a page: nothing in a response may run or be framed. */
const apiPolicy = "default-src 'none'; frame-ancestors 'none'"

/** Uploaded files are shown, never run: even a file that slipped through cannot script anything. */
const uploadPolicy = "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; sandbox"

const everywhere = [
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  { key: 'X-Frame-Options', value: 'SAMEORIGIN' },
  { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), payment=(), usb=()' },
  { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
  ...(process.env.NODE_ENV === 'production'
    ? [{ key: 'Strict-Transport-Security', value: 'max-age=63072000; includeSubDomains' }]
    : []),
]

export const securityHeaders = () => [
  { source: '/:path*', headers: everywhere },
  {
    source: '/((?!admin|api).*)',
    headers: [
      { key: 'Content-Security-Policy', value: sitePolicy },
      { key: 'X-Frame-Options', value: 'DENY' },
    ],
  },
  {
    source: '/admin/:path*',
    headers: [
      { key: 'Content-Security-Policy', value: adminPolicy },
      { key: 'X-Frame-Options', value: 'DENY' },
    ],
  },
  // Later entries win for the same header: uploaded files get their own policy below.
  { source: '/api/:path*', headers: [{ key: 'Content-Security-Policy', value: apiPolicy }] },
  { source: '/api/media/file/:path*', headers: [{ key: 'Content-Security-Policy', value: uploadPolicy }] },
]

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
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ')

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
  // The admin is Payload's own app and sets what it needs; the rest of the site gets the policy.
  {
    source: '/((?!admin|api).*)',
    headers: [
      { key: 'Content-Security-Policy', value: sitePolicy },
      { key: 'X-Frame-Options', value: 'DENY' },
    ],
  },
  { source: '/api/media/file/:path*', headers: [{ key: 'Content-Security-Policy', value: uploadPolicy }] },
]

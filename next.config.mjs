import { withPayload } from '@payloadcms/next/withPayload'
import { securityHeaders } from './config/securityHeaders.mjs'

/** @type {import('next').NextConfig} */
const nextConfig = {
  // The e2e suite builds into its own folder, so a running demo keeps its build.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  // Payload's admin and the public site share one server; keep server-only packages out of the bundle.
  serverExternalPackages: ['sharp', '@libsql/client', 'libsql'],
  poweredByHeader: false,
  headers: async () => securityHeaders(),
  images: {
    localPatterns: [{ pathname: '/api/media/file/**' }],
  },
}

export default withPayload(nextConfig, { devBundleServerPackages: false })

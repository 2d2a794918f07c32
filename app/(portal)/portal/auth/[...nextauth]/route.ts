import { handlers } from '@/auth'

// next-auth's own endpoints (sessions, sign-in callbacks, sign-out), under /portal/auth.
export const { GET, POST } = handlers

import { createHash } from 'node:crypto'
import NextAuth from 'next-auth'
import Credentials from 'next-auth/providers/credentials'
import type { Provider } from 'next-auth/providers'
import { authSecret, ministrySignOn, payloadSecret } from '../config/env'
import { signInWithPassword, signInWithSignOn } from './signIn'
import { sessionSeconds } from './payloadSessions'

/** What the portal's session carries: who, in which role and embassy, and which Payload session. */
export type PortalToken = { uid: string; role: string; embassy?: string | null; sid?: string }

const providers: Provider[] = [
  Credentials({
    id: 'password',
    credentials: { email: { type: 'email' }, password: { type: 'password' } },
    authorize: async (credentials, request) =>
      signInWithPassword(
        String(credentials?.email ?? ''),
        String(credentials?.password ?? ''),
        request.headers,
      ),
  }),
]
if (ministrySignOn)
  providers.push({
    id: 'ministry',
    name: ministrySignOn.name,
    type: 'oidc',
    issuer: ministrySignOn.issuer,
    clientId: ministrySignOn.clientId,
    clientSecret: ministrySignOn.clientSecret,
  })

export const { handlers, auth, signIn, signOut } = NextAuth({
  basePath: '/portal/auth',
  // Its own secret if given; else one derived from Payload's, so one secret is enough to run.
  secret: authSecret || createHash('sha256').update(`portal:${payloadSecret()}`).digest('hex'),
  trustHost: true,
  session: { strategy: 'jwt', maxAge: sessionSeconds },
  pages: { signIn: '/portal/sign-in', error: '/portal/sign-in' },
  providers,
  callbacks: {
    // Single sign-on only lets in people the ministry already has an account for, matched by email.
    signIn: async ({ account, profile, user }) => {
      if (account?.provider !== 'ministry') return true
      const outcome = await signInWithSignOn(profile?.email, profile?.email_verified !== false)
      if ('refused' in outcome) return `/portal/sign-in?error=${encodeURIComponent(outcome.refused)}`
      Object.assign(user, outcome.user)
      return true
    },
    jwt: ({ token, user }) => {
      if (user)
        Object.assign(token, {
          uid: user.id,
          role: (user as PortalToken).role,
          embassy: (user as PortalToken).embassy,
          sid: (user as PortalToken).sid,
        })
      return token
    },
    session: ({ session, token }) => {
      // The Payload session id proves nothing without the signed cookie; the server checks it's open.
      const { uid, role, embassy, sid } = token as unknown as PortalToken
      Object.assign(session.user ?? {}, { id: uid, role, embassy, sid })
      return session
    },
  },
})

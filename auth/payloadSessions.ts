import { randomUUID } from 'node:crypto'
import type { Payload } from 'payload'
import { Users } from '../collections/Users'

// The portal rides on Payload's own sessions: signing out, disabling an account or changing its
// password ends the portal session too, because all of them end the Payload session it carries.

type Session = { id: string; createdAt?: string | Date | null; expiresAt: string | Date }

const sessionSeconds =
  Users.auth && typeof Users.auth === 'object' ? (Users.auth.tokenExpiration ?? 7200) : 7200

/** The Payload session named in a token Payload signed at login. */
export const sessionOfToken = (token: string | undefined): string | undefined => {
  try {
    return JSON.parse(Buffer.from(String(token).split('.')[1], 'base64url').toString('utf8')).sid
  } catch {
    return undefined
  }
}

export const isOpen = (
  sessions: Session[] | null | undefined,
  sid: string | undefined,
  now = new Date(),
): boolean =>
  Boolean(sid && sessions?.some((session) => session.id === sid && new Date(session.expiresAt) > now))

const readSessions = async (payload: Payload, userID: number | string) =>
  payload.db.findOne<{ id: number | string; sessions?: Session[] }>({
    collection: 'users',
    where: { id: { equals: userID } },
  })

/** A new session for a sign-in that did not go through a password (the ministry's sign-on). */
export const openSession = async (payload: Payload, userID: number | string): Promise<string> => {
  const user = await readSessions(payload, userID)
  const now = new Date()
  const session = {
    id: randomUUID(),
    createdAt: now,
    expiresAt: new Date(now.getTime() + sessionSeconds * 1000),
  }
  const sessions = [...(user?.sessions ?? []).filter((s) => new Date(s.expiresAt) > now), session]
  await payload.db.updateOne({ collection: 'users', id: userID, data: { sessions }, returning: false })
  return session.id
}

export const closeSession = async (payload: Payload, userID: number | string, sid: string | undefined) => {
  const user = await readSessions(payload, userID)
  if (!user || !sid) return
  await payload.db.updateOne({
    collection: 'users',
    id: user.id,
    data: { sessions: (user.sessions ?? []).filter((s) => s.id !== sid) },
    returning: false,
  })
}

export { sessionSeconds }

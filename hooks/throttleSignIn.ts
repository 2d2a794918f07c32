import { APIError, type CollectionBeforeOperationHook, type Payload } from 'payload'
import { signInLimits } from '../config/env'
import { writeAudit } from '../lib/audit'
import { signInAddress } from '../lib/signInAddress'
import { signInWait, type SignInWait } from '../lib/signInThrottle'

/** A sign-in refused before the password is even checked; the message says how long to wait. */
export class SignInThrottled extends APIError {
  constructor(public wait: SignInWait) {
    const when =
      wait.retryAfterSeconds < 90
        ? `${wait.retryAfterSeconds} seconds`
        : `${Math.ceil(wait.retryAfterSeconds / 60)} minutes`
    super(
      wait.scope === 'account'
        ? `Too many failed sign-ins for this account. Try again in ${when}.`
        : `Too many failed sign-ins from your network. Try again in ${when}.`,
      429,
      { scope: wait.scope, retryAfterSeconds: wait.retryAfterSeconds, retryAfterMs: wait.retryAfterMs },
      true,
    )
  }
}

const recentAttempts = async (payload: Payload, email: string, address: string, now: Date) => {
  const [account, network, user] = await Promise.all([
    payload.find({
      collection: 'audit-log',
      overrideAccess: true,
      depth: 0,
      limit: 12,
      sort: '-createdAt',
      pagination: false,
      where: { email: { equals: email }, action: { in: ['sign_in', 'sign_in_failed'] } },
      select: { action: true, createdAt: true },
    }),
    payload.find({
      collection: 'audit-log',
      overrideAccess: true,
      depth: 0,
      limit: signInLimits.addressFailures,
      sort: '-createdAt',
      pagination: false,
      where: {
        address: { equals: address },
        action: { equals: 'sign_in_failed' },
        createdAt: { greater_than: new Date(now.getTime() - signInLimits.addressWindowMs).toISOString() },
      },
      select: { createdAt: true },
    }),
    payload.db.findOne<{ id: number | string; loginAttempts?: number | null; lockUntil?: string | null }>({
      collection: 'users',
      where: { email: { equals: email } },
    }),
  ])
  return {
    accountAttempts: account.docs.map((doc) => ({
      succeeded: doc.action === 'sign_in',
      at: new Date(doc.createdAt),
    })),
    // Payload's own count: reset by a success or by an admin's unlock.
    failuresInARow: user ? (user.loginAttempts ?? 0) : undefined,
    addressFailures: network.docs.map((doc) => new Date(doc.createdAt)),
    locked: Boolean(user?.lockUntil && new Date(user.lockUntil) > now),
  }
}

/**
 * Every sign-in, in /admin, over the API or on the portal, passes here first: too many recent
 * failures for the account or from the address refuse it; otherwise the attempt is written down as
 * failed, and `recordSignIn` turns it into a success if the password was right. So a crash or a
 * wrong password both leave a failure on record, and nothing has to catch the error to count it.
 */
export const throttleSignIn: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if (operation !== 'login') return args
  const email = String(args.data?.email ?? '')
    .trim()
    .toLowerCase()
  const address = (req.context?.signInAddress as string | undefined) ?? signInAddress(req.headers)
  const now = new Date()
  const { locked, ...recent } = await recentAttempts(req.payload, email, address, now)
  // A locked account is refused by Payload straight away, with the clearer message that it is locked.
  const wait = locked ? null : signInWait({ ...recent, now }, signInLimits)
  if (wait) {
    await writeAudit(req.payload, {
      action: 'sign_in_throttled',
      email,
      address,
      summary: `Refused: wait ${wait.retryAfterSeconds} s (${wait.scope})`,
    })
    throw new SignInThrottled(wait)
  }
  const attempt = await writeAudit(req.payload, {
    action: 'sign_in_failed',
    email,
    address,
    summary: 'Sign-in attempt',
  })
  req.context.signInAttempt = attempt.id
  return args
}

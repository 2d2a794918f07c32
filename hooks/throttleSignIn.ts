import { APIError, type CollectionBeforeOperationHook, type Payload } from 'payload'
import { signInLimits } from '../config/env'
import { writeAudit } from '../lib/audit'
import { decoyPasswordCheck } from '../lib/decoyPasswordCheck'
import { signInAddress, unknownAddress } from '../lib/signInAddress'
import { signInWait, type SignInWait } from '../lib/signInThrottle'
import { deviceCookieName, readCookie, trustedDeviceOf } from '../lib/trustedDevice'

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

/** The audit log's mark for attempts from a browser that proved no earlier sign-in to the account. */
export const strangerDevice = 'none'

const recentAttempts = async (
  payload: Payload,
  { email, address, device, now }: { email: string; address: string; device: string; now: Date },
) => {
  // A known browser, or a client whose address is unknown, is not held to the address's limit:
  // a stranger on the same network must not keep the account's owner out.
  const addressCounts = device === strangerDevice && address !== unknownAddress
  const [account, network, user] = await Promise.all([
    payload.find({
      collection: 'audit-log',
      overrideAccess: true,
      depth: 0,
      limit: 12,
      sort: '-createdAt',
      pagination: false,
      where: {
        email: { equals: email },
        device: { equals: device },
        action: { in: ['sign_in', 'sign_in_failed'] },
      },
      select: { action: true, createdAt: true },
    }),
    addressCounts
      ? payload.find({
          collection: 'audit-log',
          overrideAccess: true,
          depth: 0,
          limit: signInLimits.addressFailures,
          sort: '-createdAt',
          pagination: false,
          where: {
            address: { equals: address },
            action: { equals: 'sign_in_failed' },
            createdAt: {
              greater_than: new Date(now.getTime() - signInLimits.addressWindowMs).toISOString(),
            },
          },
          select: { createdAt: true },
        })
      : { docs: [] },
    payload.db.findOne<{ id: number | string }>({ collection: 'users', where: { email: { equals: email } } }),
  ])
  return {
    accountAttempts: account.docs.map((doc) => ({
      succeeded: doc.action === 'sign_in',
      at: new Date(doc.createdAt),
    })),
    addressFailures: network.docs.map((doc) => new Date(doc.createdAt)),
    accountExists: Boolean(user),
  }
}

/**
 * Every sign-in, in /admin, over the API or on the portal, passes here first. Attempts are counted
 * by the email as typed, whether an account has it or not, in lanes: strangers' browsers share one,
 * each browser that signed in to the account before (a signed device cookie) has its own. Too many
 * failures in a lane or from an address make the next try wait (at most a minute); nothing locks
 * an account. The attempt is written down as failed, and `recordSignIn` turns it into a success
 * if the password was right.
 */
export const throttleSignIn: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if (operation !== 'login') return args
  const email = String(args.data?.email ?? '')
    .trim()
    .toLowerCase()
  const password = args.data?.password
  const address = (req.context?.signInAddress as string | undefined) ?? signInAddress(req.headers)
  const now = new Date()
  const cookie =
    (req.context?.deviceCookie as string | undefined) ??
    readCookie(req.headers?.get('cookie'), deviceCookieName)
  const device = trustedDeviceOf(cookie, email, req.payload.secret, now) ?? strangerDevice
  const { accountExists, ...recent } = await recentAttempts(req.payload, { email, address, device, now })
  const wait = signInWait({ ...recent, now }, signInLimits)
  if (wait) {
    await writeAudit(req.payload, {
      action: 'sign_in_throttled',
      email,
      address,
      device,
      summary: `Refused: wait ${wait.retryAfterSeconds} s (${wait.scope})`,
    })
    throw new SignInThrottled(wait)
  }
  const attempt = await writeAudit(req.payload, {
    action: 'sign_in_failed',
    email,
    address,
    device,
    summary: 'Sign-in attempt',
  })
  req.context.signInAttempt = attempt.id
  // Payload answers at once when no account has the email; spend the time a wrong password costs.
  if (!accountExists && email && typeof password === 'string' && password.trim())
    await decoyPasswordCheck(password)
  return args
}

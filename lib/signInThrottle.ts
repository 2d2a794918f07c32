// Whether a sign-in may be tried now, from the recent record of attempts. Pure: the clock is passed in.

export type SignInLimits = {
  /** Failures in a row an email tolerates before each next try has to wait. */
  freeAccountFailures: number
  /** The first wait; each further failure doubles it, up to `longestWaitMs`. */
  firstWaitMs: number
  longestWaitMs: number
  /** Failures one network address may have within `addressWindowMs`, across all accounts. */
  addressFailures: number
  addressWindowMs: number
}

export type SignInWait = { scope: 'account' | 'address'; retryAfterSeconds: number; retryAfterMs: number }

type Attempt = { succeeded: boolean; at: Date }

/**
 * `accountAttempts`: the latest attempts at one email from one kind of client (strangers' browsers
 * together, or one trusted browser), newest first, whether or not an account has that email.
 * `addressFailures`: the address's failures within the window, newest first. Null when the attempt
 * may go ahead. Waits never exceed `longestWaitMs`: guessing stays slow, and nobody is locked out.
 */
export const signInWait = (
  {
    accountAttempts,
    addressFailures,
    now,
  }: { accountAttempts: Attempt[]; addressFailures: Date[]; now: Date },
  limits: SignInLimits,
): SignInWait | null => {
  const wait = (scope: SignInWait['scope'], until: number): SignInWait => ({
    scope,
    retryAfterMs: until - now.getTime(),
    retryAfterSeconds: Math.max(1, Math.ceil((until - now.getTime()) / 1000)),
  })

  const recentFromAddress = addressFailures.filter(
    (at) => now.getTime() - at.getTime() < limits.addressWindowMs,
  )
  if (recentFromAddress.length >= limits.addressFailures) {
    // The address may try again once enough of its failures have aged out of the window.
    const mustExpire = recentFromAddress[limits.addressFailures - 1]
    return wait('address', mustExpire.getTime() + limits.addressWindowMs)
  }

  const sinceSuccess = accountAttempts.findIndex((attempt) => attempt.succeeded)
  const failures = sinceSuccess === -1 ? accountAttempts.length : sinceSuccess
  if (failures < limits.freeAccountFailures || !accountAttempts[0] || accountAttempts[0].succeeded)
    return null
  const pause = Math.min(
    limits.firstWaitMs * 2 ** (failures - limits.freeAccountFailures),
    limits.longestWaitMs,
  )
  const until = accountAttempts[0].at.getTime() + pause
  return until > now.getTime() ? wait('account', until) : null
}

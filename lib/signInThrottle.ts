// Whether a sign-in may be tried now, from the recent record of attempts. Pure: the clock is passed in.

export type SignInLimits = {
  /** Failures in a row an account tolerates before each next try has to wait. */
  freeAccountFailures: number
  /** The first wait; each further failure doubles it, up to `longestWaitMs`. */
  firstWaitMs: number
  longestWaitMs: number
  /** Failures one network address may have within `addressWindowMs`, across all accounts. */
  addressFailures: number
  addressWindowMs: number
}

export type SignInWait = { scope: 'account' | 'address'; retryAfterSeconds: number }

type Attempt = { succeeded: boolean; at: Date }

/**
 * `accountAttempts`: the account's latest attempts, newest first. `addressFailures`: the address's
 * failures within the window, newest first. Null when the attempt may go ahead.
 */
export const signInWait = (
  { accountAttempts, addressFailures, now }: { accountAttempts: Attempt[]; addressFailures: Date[]; now: Date },
  limits: SignInLimits,
): SignInWait | null => {
  const seconds = (until: number) => Math.max(1, Math.ceil((until - now.getTime()) / 1000))

  const recentFromAddress = addressFailures.filter((at) => now.getTime() - at.getTime() < limits.addressWindowMs)
  if (recentFromAddress.length >= limits.addressFailures) {
    // The address may try again once enough of its failures have aged out of the window.
    const mustExpire = recentFromAddress[limits.addressFailures - 1]
    return { scope: 'address', retryAfterSeconds: seconds(mustExpire.getTime() + limits.addressWindowMs) }
  }

  const inARow = accountAttempts.findIndex((attempt) => attempt.succeeded)
  const failures = inARow === -1 ? accountAttempts.length : inARow
  if (failures < limits.freeAccountFailures) return null
  const wait = Math.min(limits.firstWaitMs * 2 ** (failures - limits.freeAccountFailures), limits.longestWaitMs)
  const until = accountAttempts[0].at.getTime() + wait
  return until > now.getTime() ? { scope: 'account', retryAfterSeconds: seconds(until) } : null
}

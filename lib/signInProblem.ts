import type { PortalWords } from './portalProblems'

/** Why a sign-in failed, as a code the sign-in page turns into words; a wait carries its length (`throttled:45`). */
export type SignInProblem =
  'invalid' | 'locked' | 'throttled' | 'disabled' | 'unknown-account' | 'not-embassy'

const known: SignInProblem[] = [
  'invalid',
  'locked',
  'throttled',
  'disabled',
  'unknown-account',
  'not-embassy',
]

export const signInCode = (problem: SignInProblem, seconds?: number) =>
  seconds === undefined ? problem : `${problem}:${seconds}`

export const readSignInProblem = (code: string | undefined): { problem: SignInProblem; seconds?: number } => {
  const [problem, seconds] = String(code ?? 'invalid').split(':')
  return {
    problem: known.includes(problem as SignInProblem) ? (problem as SignInProblem) : 'invalid',
    seconds: seconds ? Number(seconds) : undefined,
  }
}

/** The problem in words: how long a lock or a wait lasts is part of the message. */
export const signInMessage = (t: PortalWords, code: string) => {
  const { problem, seconds } = readSignInProblem(code)
  if (problem === 'locked')
    return t('problems.locked', { minutes: Math.max(1, Math.ceil((seconds ?? 900) / 60)) })
  if (problem === 'throttled') return t('problems.throttled', { seconds: seconds ?? 1 })
  return t(`problems.${problem}`)
}

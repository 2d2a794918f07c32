import { pbkdf2, randomBytes } from 'node:crypto'

// Payload's current password hash (payload/dist/auth/strategies/local/generatePasswordSaltHash.js):
// PBKDF2-SHA256, 600 000 iterations, 32 bytes. tests/signIn.test.ts notices if they drift apart.
const iterations = 600_000
const keyLength = 32
const salt = randomBytes(32).toString('hex')

/**
 * The work of checking a password against an account that does not exist, so that "no such
 * account" takes as long to answer as "wrong password" and the time tells nothing.
 */
export const decoyPasswordCheck = (password: string) =>
  new Promise<void>((resolve) => pbkdf2(password, salt, iterations, keyLength, 'sha256', () => resolve()))

import { CredentialsSignin } from 'next-auth'
import { signInCode, type SignInProblem } from '../lib/signInProblem'

/** A refused sign-in; next-auth hands its code back to the sign-in form. */
export class PortalSignInRefused extends CredentialsSignin {
  constructor(problem: SignInProblem, seconds?: number) {
    super(problem)
    this.code = signInCode(problem, seconds)
  }
}

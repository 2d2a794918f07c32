// Runs once when the server starts: a bad setting stops it here, naming the variable, instead of
// surfacing on the first request that needs it.
export async function register() {
  if (process.env.NEXT_RUNTIME === 'nodejs') await import('./config/env')
}

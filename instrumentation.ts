// Runs once when the server starts: a bad setting stops it here, naming the variable, instead of
// surfacing on the first request that needs it. Next only logs a failed register(), so exit.
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return
  try {
    await import('./config/env')
  } catch (error) {
    console.error((error as Error).message)
    process.exit(1)
  }
}

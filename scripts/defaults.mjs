// Defaults shared by the demo command and the seed, documented in the README.

/** The demo accounts' password when DEMO_PASSWORD is not set (never accepted in production by the seed). */
export const defaultDemoPassword = 'demo-film-2026'

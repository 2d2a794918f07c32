// Scripts read .env like the app does; imported first so the config sees the variables.
import fs from 'node:fs'

if (fs.existsSync('.env')) process.loadEnvFile('.env')

// A local SMTP server that keeps every message it receives as a .eml file: the tests read the real
// mail the app sent. Used by the integration suite and the e2e server, never in production.
import fs from 'node:fs'
import path from 'node:path'
import { SMTPServer } from 'smtp-server'

export const startMailbox = async ({ dir, port = 0 }) => {
  fs.mkdirSync(dir, { recursive: true })
  let count = 0
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, _session, done) {
      const chunks = []
      stream.on('data', (chunk) => chunks.push(chunk))
      stream.on('end', () => {
        fs.writeFileSync(
          path.join(dir, `${Date.now()}-${String(++count).padStart(4, '0')}.eml`),
          Buffer.concat(chunks),
        )
        done()
      })
    },
  })
  await new Promise((resolve) => server.listen(port, '127.0.0.1', resolve))
  return { port: server.server.address().port, close: () => new Promise((resolve) => server.close(resolve)) }
}

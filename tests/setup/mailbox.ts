import path from 'node:path'
import { startMailbox } from '../../scripts/mailbox.mjs'

/** The integration suite's mail server: Payload sends real SMTP to it; tests read what arrived. */
export default async function setup() {
  const dir = path.join(process.env.TEST_RUN_DIR ?? path.resolve('.test-runs', `int-${Date.now()}`), 'mail')
  const mailbox = await startMailbox({ dir })
  process.env.SMTP_HOST = '127.0.0.1'
  process.env.SMTP_PORT = String(mailbox.port)
  process.env.MAILBOX_DIR = dir
  return () => mailbox.close()
}

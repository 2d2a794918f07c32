import fs from 'node:fs'
import path from 'node:path'
import { simpleParser } from 'mailparser'

export type Mail = { to: string[]; subject: string; text: string; from: string }

/** Every message the test SMTP server received, oldest first, decoded. */
export const readMailbox = async (dir = process.env.MAILBOX_DIR ?? ''): Promise<Mail[]> => {
  if (!dir || !fs.existsSync(dir)) return []
  const files = fs
    .readdirSync(dir)
    .filter((file) => file.endsWith('.eml'))
    .sort()
  return Promise.all(
    files.map(async (file) => {
      const parsed = await simpleParser(fs.readFileSync(path.join(dir, file)))
      const to = [parsed.to]
        .flat()
        .flatMap((address) => address?.value.map((entry) => entry.address ?? '') ?? [])
      return { to, subject: parsed.subject ?? '', text: parsed.text ?? '', from: parsed.from?.text ?? '' }
    }),
  )
}

/** Messages to one address. */
export const mailTo = async (address: string) =>
  (await readMailbox()).filter((mail) => mail.to.includes(address))

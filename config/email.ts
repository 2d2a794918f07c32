import nodemailer from 'nodemailer'
import type { EmailAdapter, SendEmailOptions } from 'payload'
import { smtp } from './env'
import { deferUntilCommit } from './sqliteClient'

const parseFrom = (from: string) => {
  const match = /^(.*)<(.+)>\s*$/.exec(from)
  return match ? { name: match[1].trim(), address: match[2].trim() } : { name: '', address: from.trim() }
}

/**
 * Payload's email goes through nodemailer to the SMTP server in the environment. Without one the
 * message is written to the log in full, so nothing is silently dropped on a demo machine.
 */
export const emailAdapter: EmailAdapter = ({ payload }) => {
  const from = parseFrom(smtp.from)
  const transport = smtp.host
    ? nodemailer.createTransport({
        host: smtp.host,
        port: smtp.port,
        secure: smtp.secure,
        auth: smtp.user ? { user: smtp.user, pass: smtp.password } : undefined,
      })
    : null
  return {
    name: transport ? 'smtp' : 'log',
    defaultFromAddress: from.address,
    defaultFromName: from.name,
    sendEmail: async (message: SendEmailOptions) => {
      const mail = { from: { name: from.name, address: from.address }, ...message }
      const send = async () => {
        if (transport) return transport.sendMail(mail)
        payload.logger.info(
          { to: mail.to, subject: mail.subject, text: mail.text, html: mail.html },
          'Email (no SMTP_HOST set, so written here instead of sent)',
        )
        return null
      }
      // Inside a save (Payload's forgot-password sends before it commits), the mail waits for the
      // commit: a slow mail server must not hold every write, and a rolled-back save sends nothing.
      const deferred = deferUntilCommit(() => {
        send().catch((err: unknown) => payload.logger.error({ err, to: mail.to }, 'Email could not be sent'))
      })
      return deferred ? null : send()
    },
  }
}

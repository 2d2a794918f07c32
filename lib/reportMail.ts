import type { Locale } from './locales'
import type { ReportStatus } from './reportWorkflow'

/** The steps the other side hears about: editors when a report arrives, the embassy when it moves. */
export const notifiedStatuses: ReportStatus[] = ['submitted', 'changes_requested', 'published']

type Facts = { title: string; embassy: string; comment?: string | null; link: string }
type Mail = { subject: string; text: string }

const mails: Record<
  Locale,
  Record<'submitted' | 'changes_requested' | 'published', (facts: Facts) => Mail>
> = {
  en: {
    submitted: ({ title, embassy, link }) => ({
      subject: `Report to review: ${title}`,
      text: `${embassy} has sent a report for review:\n\n${title}\n\nOpen it in the review queue:\n${link}\n`,
    }),
    changes_requested: ({ title, comment, link }) => ({
      subject: `Changes requested: ${title}`,
      text: `The ministry has asked for changes to your report “${title}”.\n\nWhat to change:\n${comment ?? ''}\n\nEdit and resubmit it in the portal:\n${link}\n`,
    }),
    published: ({ title, link }) => ({
      subject: `Published: ${title}`,
      text: `Your report “${title}” is now public:\n${link}\n\nThank you for your work.\n`,
    }),
  },
  ru: {
    submitted: ({ title, embassy, link }) => ({
      subject: `Отчёт на проверку: ${title}`,
      text: `${embassy} прислало отчёт на проверку:\n\n${title}\n\nОткрыть в очереди проверки:\n${link}\n`,
    }),
    changes_requested: ({ title, comment, link }) => ({
      subject: `Нужны исправления: ${title}`,
      text: `Министерство просит внести исправления в ваш отчёт «${title}».\n\nЧто исправить:\n${comment ?? ''}\n\nИсправьте и отправьте снова в портале:\n${link}\n`,
    }),
    published: ({ title, link }) => ({
      subject: `Опубликован: ${title}`,
      text: `Ваш отчёт «${title}» опубликован:\n${link}\n\nСпасибо за вашу работу.\n`,
    }),
  },
  kk: {
    submitted: ({ title, embassy, link }) => ({
      subject: `Тексеруге есеп: ${title}`,
      text: `${embassy} тексеруге есеп жіберді:\n\n${title}\n\nТексеру кезегінде ашу:\n${link}\n`,
    }),
    changes_requested: ({ title, comment, link }) => ({
      subject: `Түзету қажет: ${title}`,
      text: `Министрлік «${title}» есебіңізге түзетулер енгізуді сұрайды.\n\nНені түзету керек:\n${comment ?? ''}\n\nПорталда түзетіп, қайта жіберіңіз:\n${link}\n`,
    }),
    published: ({ title, link }) => ({
      subject: `Жарияланды: ${title}`,
      text: `«${title}» есебіңіз жарияланды:\n${link}\n\nЖұмысыңызға рақмет.\n`,
    }),
  },
}

export const reportMail = (status: ReportStatus, locale: Locale, facts: Facts): Mail | null =>
  status === 'submitted' || status === 'changes_requested' || status === 'published'
    ? mails[locale][status](facts)
    : null

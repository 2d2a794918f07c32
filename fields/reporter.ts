import { validations, type Field, type Validate } from 'payload'
import { isMinistryStaffField } from '../access/isMinistryStaff'
import { ruleMessage } from '../i18n/ruleMessage'
import { reporterKinds, reporterLabels } from '../lib/reporter'
import { nameDescription, nameInAnyLanguage } from './nameText'

type ReporterData = { reportedBy?: string | null }
const kindOf = (data: unknown) => (data as ReporterData | undefined)?.reportedBy ?? 'embassy'

/** An embassy's report names its embassy; the ministry's own reports have none. */
const embassyWhenItReports: Validate = (value, options) =>
  kindOf(options.data) === 'embassy' && !value
    ? ruleMessage(options.req, 'reportNeedsEmbassy')
    : (validations.relationship as Validate)(value, options)

/** A delegation's report names the delegation (in one language at least: nameInAnyLanguage). */
const delegationWhenItReports: Validate = (value, options) =>
  kindOf(options.data) === 'delegation' && (typeof value !== 'string' || !value.trim())
    ? ruleMessage(options.req, 'reportNeedsDelegation')
    : (validations.text as Validate)(value, options)

/**
 * Who reports: an embassy (the default, and the only choice embassy staff have: field access, and
 * hooks/settleReporter.ts), the ministry, or a named delegation of the ministry's.
 */
export const reporterFields: Field[] = [
  {
    name: 'reportedBy',
    label: { en: 'Reported by', ru: 'Кто отчитывается', kk: 'Есеп беруші' },
    type: 'select',
    // Not required: a report saved before the field existed (MongoDB) reads as an embassy's.
    defaultValue: 'embassy',
    options: reporterKinds.map((value) => ({ value, label: reporterLabels[value] })),
    access: { create: isMinistryStaffField, update: isMinistryStaffField },
    admin: {
      position: 'sidebar',
      description: {
        en: 'A festival report the ministry writes itself is reported by the ministry or its delegation, not an embassy.',
        ru: 'Отчёт о фестивале, который пишет само министерство, составляет министерство или его делегация, а не посольство.',
        kk: 'Министрліктің өзі жазатын фестиваль туралы есепті елшілік емес, министрлік немесе оның делегациясы береді.',
      },
    },
  },
  {
    name: 'embassy',
    label: { en: 'Embassy', ru: 'Посольство', kk: 'Елшілік' },
    type: 'relationship',
    relationTo: 'embassies',
    index: true,
    validate: embassyWhenItReports,
    admin: {
      position: 'sidebar',
      condition: (data) => kindOf(data) === 'embassy',
      description: {
        en: 'Embassy staff always report for their own embassy.',
        ru: 'Сотрудники посольства всегда отчитываются за своё посольство.',
        kk: 'Елшілік қызметкерлері әрқашан өз елшілігінің атынан есеп береді.',
      },
    },
  },
  {
    name: 'delegation',
    label: { en: 'Delegation', ru: 'Делегация', kk: 'Делегация' },
    type: 'text',
    localized: true,
    validate: nameInAnyLanguage(delegationWhenItReports),
    access: { create: isMinistryStaffField, update: isMinistryStaffField },
    admin: {
      position: 'sidebar',
      condition: (data) => kindOf(data) === 'delegation',
      description: nameDescription,
    },
  },
]

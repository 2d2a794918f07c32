import type { CollectionConfig } from 'payload'
import { isAdmin } from '../access/isAdmin'
import { nobody } from '../access/nobody'
import { auditActions, type AuditAction } from '../lib/audit'
import type { Locale } from '../lib/locales'

const auditActionLabels: Record<AuditAction, Record<Locale, string>> = {
  sign_in: { en: 'sign in', ru: 'вход', kk: 'кіру' },
  sign_in_failed: { en: 'sign in failed', ru: 'неудачный вход', kk: 'сәтсіз кіру' },
  sign_in_throttled: { en: 'sign in throttled', ru: 'вход задержан', kk: 'кіру кідіртілді' },
  sign_out: { en: 'sign out', ru: 'выход', kk: 'шығу' },
  create: { en: 'create', ru: 'создание', kk: 'жасау' },
  update: { en: 'update', ru: 'изменение', kk: 'өзгерту' },
  publish: { en: 'publish', ru: 'публикация', kk: 'жариялау' },
  delete: { en: 'delete', ru: 'удаление', kk: 'жою' },
  restore: { en: 'restore', ru: 'восстановление', kk: 'қалпына келтіру' },
}

/**
 * Who did what and when: sign-ins (and failed ones), and changes to the record. Written only by the
 * system through `lib/audit`, read by admins, changed by no one.
 */
export const AuditLog: CollectionConfig = {
  slug: 'audit-log',
  labels: {
    singular: { en: 'Audit entry', ru: 'Запись журнала', kk: 'Журнал жазбасы' },
    plural: { en: 'Audit log', ru: 'Журнал действий', kk: 'Әрекеттер журналы' },
  },
  access: { read: isAdmin, readVersions: isAdmin, create: nobody, update: nobody, delete: nobody },
  admin: {
    useAsTitle: 'summary',
    defaultColumns: ['createdAt', 'action', 'email', 'summary', 'address'],
    group: { en: 'Administration', ru: 'Администрирование', kk: 'Әкімшілік' },
    hidden: ({ user }) => user?.role !== 'admin',
  },
  defaultSort: '-createdAt',
  fields: [
    {
      name: 'action',
      label: { en: 'Action', ru: 'Действие', kk: 'Әрекет' },
      type: 'select',
      required: true,
      index: true,
      options: auditActions.map((value) => ({ value, label: auditActionLabels[value] })),
    },
    { name: 'summary', type: 'text', label: { en: 'Summary', ru: 'Описание', kk: 'Сипаттама' } },
    {
      name: 'user',
      type: 'relationship',
      label: { en: 'User', ru: 'Пользователь', kk: 'Пайдаланушы' },
      relationTo: 'users',
      index: true,
    },
    // Kept as typed even when no account has it: failed sign-ins for unknown emails count too.
    {
      name: 'email',
      type: 'text',
      label: { en: 'Email', ru: 'Эл. почта', kk: 'Электрондық пошта' },
      index: true,
    },
    {
      name: 'address',
      type: 'text',
      index: true,
      label: { en: 'Network address', ru: 'Сетевой адрес', kk: 'Желілік мекенжай' },
    },
    {
      name: 'device',
      type: 'text',
      index: true,
      label: { en: 'Browser', ru: 'Браузер', kk: 'Браузер' },
      admin: {
        description: {
          en: 'For sign-ins: the known browser the attempt came from, or "none" for any other.',
          ru: 'Для входов: знакомый браузер, с которого была попытка, или «none» для любого другого.',
          kk: 'Кірулер үшін: әрекет жасалған таныс браузер, әйтпесе «none».',
        },
      },
    },
    {
      type: 'row',
      fields: [
        { name: 'collectionName', type: 'text', label: { en: 'Collection', ru: 'Коллекция', kk: 'Жинақ' } },
        { name: 'documentID', type: 'text', label: { en: 'Document', ru: 'Документ', kk: 'Құжат' } },
      ],
    },
  ],
}

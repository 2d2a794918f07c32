import type { CollectionConfig } from 'payload'
import { isAdmin } from '../access/isAdmin'
import { nobody } from '../access/nobody'
import { auditActions } from '../lib/audit'

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
      type: 'select',
      required: true,
      index: true,
      options: auditActions.map((value) => ({ value, label: value.replaceAll('_', ' ') })),
    },
    { name: 'summary', type: 'text' },
    { name: 'user', type: 'relationship', relationTo: 'users', index: true },
    // Kept as typed even when no account has it: failed sign-ins for unknown emails count too.
    { name: 'email', type: 'text', index: true },
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
        description: 'For sign-ins: the known browser the attempt came from, or "none" for any other.',
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

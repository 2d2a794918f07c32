import type { CollectionConfig } from 'payload'
import { anyone } from '../access/anyone'
import { isMinistryStaff } from '../access/isMinistryStaff'
import { countryCodeField } from '../fields/countryCode'
import { localizedRequiredText } from '../fields/localizedRequiredText'
import { slugField } from '../fields/slug'
import { timezoneField } from '../fields/timezone'
import { urlField } from '../fields/url'
import { geoFields } from '../fields/venue'
import { revalidateSiteAfterChange, revalidateSiteAfterDelete } from '../hooks/revalidateSite'
import { refuseDeleteWhileUsed } from '../hooks/refuseDeleteWhileUsed'
import { auditChange, auditDelete } from '../hooks/auditChange'

export const Embassies: CollectionConfig = {
  slug: 'embassies',
  labels: {
    singular: { en: 'Embassy', ru: 'Посольство', kk: 'Елшілік' },
    plural: { en: 'Embassies', ru: 'Посольства', kk: 'Елшіліктер' },
  },
  access: { read: anyone, create: isMinistryStaff, update: isMinistryStaff, delete: isMinistryStaff },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'country', 'city', 'timezone'],
    listSearchableFields: ['name', 'city', 'country'],
    group: { en: 'Catalogue', ru: 'Справочники', kk: 'Анықтамалықтар' },
  },
  fields: [
    localizedRequiredText('embassies', 'name', { en: 'Name', ru: 'Название', kk: 'Атауы' }),
    slugField('embassies', 'name'),
    {
      type: 'row',
      fields: [
        {
          ...countryCodeField({
            name: 'country',
            label: { en: 'Host country', ru: 'Страна пребывания', kk: 'Орналасқан елі' },
            required: true,
          }),
          index: true,
        },
        localizedRequiredText('embassies', 'city', { en: 'City', ru: 'Город', kk: 'Қала' }),
      ],
    },
    { name: 'address', type: 'textarea', label: { en: 'Address', ru: 'Адрес', kk: 'Мекенжайы' } },
    ...geoFields,
    timezoneField(),
    {
      name: 'headOfMission',
      type: 'text',
      localized: true,
      label: { en: 'Head of mission', ru: 'Глава миссии', kk: 'Миссия басшысы' },
    },
    {
      type: 'row',
      fields: [
        { name: 'email', type: 'email', label: { en: 'Email', ru: 'Эл. почта', kk: 'Электрондық пошта' } },
        { name: 'phone', type: 'text', label: { en: 'Phone', ru: 'Телефон', kk: 'Телефон' } },
      ],
    },
    urlField('website', { en: 'Website', ru: 'Сайт', kk: 'Сайт' }),
  ],
  hooks: {
    afterChange: [auditChange, revalidateSiteAfterChange],
    // Not while its events, reports, staff or uploads are on record.
    beforeDelete: [
      refuseDeleteWhileUsed([
        { collection: 'events', field: 'organisingEmbassy' },
        { collection: 'reports', field: 'embassy' },
        { collection: 'users', field: 'embassy' },
        { collection: 'media', field: 'embassy' },
      ]),
    ],
    afterDelete: [auditDelete, revalidateSiteAfterDelete],
  },
}

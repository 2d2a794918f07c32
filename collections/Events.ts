import { publicPageLink } from '../fields/publicPageLink'
import { filmLicenceNote } from '../fields/pickers'
import { previewURL } from '../lib/previewURL'
import type { CollectionConfig } from 'payload'
import { isMinistryStaff } from '../access/isMinistryStaff'
import { publishedOrOwnEmbassyEvents } from '../access/publishedOrOwnEmbassyEvents'
import { countryCodeField } from '../fields/countryCode'
import { localizedRequiredText } from '../fields/localizedRequiredText'
import { nameInAnyLanguage } from '../fields/nameText'
import { slugField } from '../fields/slug'
import { timezoneField } from '../fields/timezone'
import { urlField } from '../fields/url'
import { venueFields } from '../fields/venue'
import { checkEventDates } from '../hooks/checkEventDates'
import { refreshMediaUseAfterChange, refreshMediaUseAfterDelete } from '../hooks/refreshMediaUse'
import { revalidateSiteAfterChange, revalidateSiteAfterDelete } from '../hooks/revalidateSite'
import { passEventVisibility } from '../hooks/keepScreeningVisibility'
import { refuseDeleteWhileUsed } from '../hooks/refuseDeleteWhileUsed'
import { deleteScreeningsOfEvent } from '../hooks/deleteScreeningsOfEvent'
import { eventTypes, partnerRoles } from '../lib/vocabulary'
import { auditChange, auditDelete } from '../hooks/auditChange'
import { trashOrDelete } from '../access/trashOrDelete'
import { plausibleDate } from '../fields/plausibleDate'
import { readableOnly } from '../fields/readableOnly'
import { searchTextField } from '../fields/searchText'
import { noteTitleLanguages, titleLanguagesField } from '../fields/titleLanguages'

const dayOnly = { date: { pickerAppearance: 'dayOnly' as const, displayFormat: 'd MMM yyyy' } }

export const Events: CollectionConfig = {
  slug: 'events',
  // The programme reads as a calendar: the latest first.
  defaultSort: '-startsOn',
  labels: {
    singular: { en: 'Event', ru: 'Мероприятие', kk: 'Іс-шара' },
    plural: { en: 'Events', ru: 'Мероприятия', kk: 'Іс-шаралар' },
  },
  access: {
    read: publishedOrOwnEmbassyEvents,
    readVersions: isMinistryStaff,
    create: isMinistryStaff,
    update: isMinistryStaff,
    delete: trashOrDelete,
  },
  admin: {
    useAsTitle: 'title',
    // The Preview button: the draft's page as readers will see it once published.
    preview: previewURL('events'),
    defaultColumns: ['title', 'type', 'startsOn', 'country', 'organisingEmbassy', '_status'],
    listSearchableFields: ['title', 'city', 'slug'],
    group: { en: 'Programme', ru: 'Программа', kk: 'Бағдарлама' },
    // The list reads only its columns, not each event's texts, venues and partners (issue 10).
    enableListViewSelectAPI: true,
  },
  fields: [
    localizedRequiredText('events', 'title', { en: 'Title', ru: 'Название', kk: 'Атауы' }, { index: true }),
    slugField('events'),
    publicPageLink('events'),
    {
      name: 'type',
      type: 'select',
      label: { en: 'Type', ru: 'Тип', kk: 'Түрі' },
      required: true,
      index: true,
      options: eventTypes,
      admin: { position: 'sidebar' },
    },
    {
      name: 'organisingEmbassy',
      type: 'relationship',
      relationTo: 'embassies',
      label: { en: 'Organising embassy', ru: 'Организующее посольство', kk: 'Ұйымдастырушы елшілік' },
      admin: {
        position: 'sidebar',
        description: {
          en: 'Its staff see this event in the portal and report on it.',
          ru: 'Его сотрудники видят это мероприятие на портале и отчитываются о нём.',
          kk: 'Оның қызметкерлері бұл іс-шараны порталда көріп, ол туралы есеп береді.',
        },
      },
    },
    {
      type: 'tabs',
      tabs: [
        {
          label: { en: 'When and where', ru: 'Когда и где', kk: 'Қашан және қайда' },
          fields: [
            {
              type: 'row',
              fields: [
                {
                  name: 'startsOn',
                  type: 'date',
                  required: true,
                  index: true,
                  validate: plausibleDate(),
                  label: { en: 'First day', ru: 'Первый день', kk: 'Бірінші күні' },
                  admin: dayOnly,
                },
                {
                  name: 'endsOn',
                  type: 'date',
                  index: true,
                  validate: plausibleDate(),
                  label: { en: 'Last day', ru: 'Последний день', kk: 'Соңғы күні' },
                  admin: {
                    ...dayOnly,
                    description: {
                      en: 'Same as the first day if empty.',
                      ru: 'Если пусто — совпадает с первым днём.',
                      kk: 'Бос болса — бірінші күнмен бірдей.',
                    },
                  },
                },
              ],
            },
            timezoneField(),
            {
              type: 'row',
              fields: [
                {
                  ...countryCodeField({
                    name: 'country',
                    label: { en: 'Country', ru: 'Страна', kk: 'Ел' },
                    required: true,
                  }),
                  index: true,
                },
                localizedRequiredText('events', 'city', { en: 'City', ru: 'Город', kk: 'Қала' }),
              ],
            },
            {
              name: 'venues',
              type: 'array',
              fields: venueFields,
              label: { en: 'Venues', ru: 'Площадки', kk: 'Өтетін орындар' },
              labels: {
                singular: { en: 'Venue', ru: 'Площадка', kk: 'Өтетін орын' },
                plural: { en: 'Venues', ru: 'Площадки', kk: 'Өтетін орындар' },
              },
            },
          ],
        },
        {
          label: { en: 'Screenings', ru: 'Показы', kk: 'Көрсетілімдер' },
          fields: [
            {
              // The event's programme where the event is edited; "add new" opens a screening with
              // this event already set (a join stores nothing: the screening's `event` is the link).
              name: 'screenings',
              type: 'join',
              collection: 'screenings',
              on: 'event',
              label: { en: 'Screenings', ru: 'Показы', kk: 'Көрсетілімдер' },
              defaultSort: 'startsAt',
              defaultLimit: 25,
              admin: { defaultColumns: ['label', 'startsAt', 'status', 'attendance'] },
            },
          ],
        },
        {
          label: { en: 'Content', ru: 'Содержание', kk: 'Мазмұны' },
          fields: [
            {
              name: 'summary',
              type: 'textarea',
              localized: true,
              label: { en: 'Summary', ru: 'Краткое описание', kk: 'Қысқаша сипаттама' },
              maxLength: 400,
            },
            {
              name: 'body',
              type: 'richText',
              localized: true,
              label: { en: 'Body', ru: 'Текст', kk: 'Мәтін' },
            },
            {
              name: 'films',
              type: 'relationship',
              relationTo: 'films',
              hasMany: true,
              label: { en: 'Films shown', ru: 'Фильмы', kk: 'Көрсетілетін фильмдер' },
              // The picker pages through thousands of films by title (indexed) and searches it.
              admin: { sortOptions: 'title', components: filmLicenceNote('event') },
              validate: readableOnly('chooseCatalogueFilms'),
            },
            {
              name: 'partners',
              type: 'array',
              label: { en: 'Partners', ru: 'Партнёры', kk: 'Серіктестер' },
              labels: {
                singular: { en: 'Partner', ru: 'Партнёр', kk: 'Серіктес' },
                plural: { en: 'Partners', ru: 'Партнёры', kk: 'Серіктестер' },
              },
              fields: [
                {
                  name: 'name',
                  type: 'text',
                  localized: true,
                  validate: nameInAnyLanguage(),
                  label: { en: 'Name', ru: 'Название', kk: 'Атауы' },
                },
                {
                  name: 'role',
                  type: 'select',
                  options: partnerRoles,
                  defaultValue: 'partner',
                  label: { en: 'Role', ru: 'Роль', kk: 'Рөлі' },
                },
                urlField('link', { en: 'Link', ru: 'Ссылка', kk: 'Сілтеме' }),
              ],
            },
          ],
        },
        {
          label: { en: 'Images', ru: 'Изображения', kk: 'Суреттер' },
          fields: [
            {
              name: 'heroImage',
              type: 'upload',
              label: { en: 'Main image', ru: 'Главное изображение', kk: 'Басты сурет' },
              relationTo: 'media',
              validate: readableOnly('chooseUsableImages'),
            },
            {
              name: 'gallery',
              type: 'upload',
              label: { en: 'Gallery', ru: 'Галерея', kk: 'Галерея' },
              relationTo: 'media',
              hasMany: true,
              validate: readableOnly('chooseUsableImages'),
            },
          ],
        },
      ],
    },
    searchTextField('events'),
    titleLanguagesField,
  ],
  // The site's lists: one country's events by date.
  indexes: [{ fields: ['country', 'startsOn'] }],
  hooks: {
    beforeRead: [noteTitleLanguages],
    beforeChange: [checkEventDates],
    afterChange: [auditChange, refreshMediaUseAfterChange, passEventVisibility, revalidateSiteAfterChange],
    // Deleted for good only once no report points at it; its screenings go with it.
    beforeDelete: [
      refuseDeleteWhileUsed([{ collection: 'reports', field: 'event', versionsToo: true }]),
      deleteScreeningsOfEvent,
    ],
    afterDelete: [auditDelete, refreshMediaUseAfterDelete, revalidateSiteAfterDelete],
  },
  // Deleting moves to the trash; an admin or editor can restore from there.
  trash: true,
  versions: { drafts: { schedulePublish: true }, maxPerDoc: 50 },
}

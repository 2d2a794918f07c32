import type { CollectionConfig } from 'payload'
import { isMinistryStaff } from '../access/isMinistryStaff'
import { screeningsOfVisibleEvents } from '../access/screeningsOfVisibleEvents'
import { urlField } from '../fields/url'
import { nameInAnyLanguage } from '../fields/nameText'
import { venueFields } from '../fields/venue'
import { wholeNumber } from '../fields/wholeNumber'
import { attendanceOnceHeld } from '../fields/attendanceOnceHeld'
import { checkScreeningFits } from '../hooks/checkScreeningFits'
import { labelScreening } from '../hooks/labelScreening'
import { eventPickerAdmin, filmLicenceNote } from '../fields/pickers'
import { readVenueTime } from '../hooks/readVenueTime'
import { revalidateSiteAfterChange, revalidateSiteAfterDelete } from '../hooks/revalidateSite'
import { languageOptions } from '../lib/languages'
import { timezones } from '../lib/timezones'
import { screeningFormats } from '../lib/vocabulary'
import { refuseDeleteWhileUsed } from '../hooks/refuseDeleteWhileUsed'
import { auditChange, auditDelete } from '../hooks/auditChange'
import { plausibleDate } from '../fields/plausibleDate'
import { readableOnly } from '../fields/readableOnly'
import { noteEventVisibility } from '../hooks/keepScreeningVisibility'
import { nobody } from '../access/nobody'

export const Screenings: CollectionConfig = {
  slug: 'screenings',
  labels: {
    singular: { en: 'Screening', ru: 'Показ', kk: 'Көрсетілім' },
    plural: { en: 'Screenings', ru: 'Показы', kk: 'Көрсетілімдер' },
  },
  access: {
    read: screeningsOfVisibleEvents,
    create: isMinistryStaff,
    update: isMinistryStaff,
    delete: isMinistryStaff,
  },
  admin: {
    useAsTitle: 'label',
    defaultColumns: ['label', 'event', 'startsAt', 'status', 'attendance'],
    listSearchableFields: ['label'],
    group: { en: 'Programme', ru: 'Программа', kk: 'Бағдарлама' },
    // The list reads only its columns, not each screening's guests, venue and tickets (issue 10).
    enableListViewSelectAPI: true,
  },
  // Read with the start wherever it is selected, so the list shows it in the venue's zone.
  forceSelect: { startsAt_tz: true },
  fields: [
    // The title the admin lists, searches and sorts 30,000 screenings by.
    { name: 'label', type: 'text', index: true, admin: { hidden: true } },
    {
      name: 'event',
      type: 'relationship',
      label: { en: 'Event', ru: 'Мероприятие', kk: 'Іс-шара' },
      relationTo: 'events',
      required: true,
      index: true,
      // Chosen in a drawer of the events list: searched and paged, days and status shown.
      admin: eventPickerAdmin,
      validate: readableOnly('chooseVisibleEvent'),
    },
    {
      // Whether its event is public: what the public rule reads (lib/screeningVisibility.ts). Kept
      // by hooks on both sides; no one writes it through the API.
      name: 'eventPublic',
      type: 'checkbox',
      label: { en: 'Its event is public', ru: 'Мероприятие опубликовано', kk: 'Іс-шара жарияланған' },
      index: true,
      defaultValue: false,
      access: { create: nobody, update: nobody },
      admin: { hidden: true },
    },
    {
      name: 'film',
      type: 'relationship',
      label: { en: 'Film', ru: 'Фильм', kk: 'Фильм' },
      relationTo: 'films',
      required: true,
      index: true,
      admin: { sortOptions: 'title', components: filmLicenceNote('screening') },
      validate: readableOnly('chooseCatalogueFilm'),
    },
    {
      name: 'startsAt',
      type: 'date',
      required: true,
      index: true,
      validate: plausibleDate(),
      label: {
        en: 'Starts at (venue time)',
        ru: 'Начало (время площадки)',
        kk: 'Басталуы (өтетін жердің уақыты)',
      },
      // Stored in UTC; the zone is kept beside it and the time is always shown in the venue's zone.
      timezone: {
        supportedTimezones: timezones.map((zone) => ({ label: zone, value: zone })),
        // Optional on input: readVenueTime fills in the event's zone.
        override: ({ baseField }) => ({ ...baseField, required: false }),
      },
      admin: {
        date: {
          pickerAppearance: 'dayAndTime',
          timeIntervals: 15,
          timeFormat: 'HH:mm',
          displayFormat: 'd MMM yyyy, HH:mm',
        },
        description: {
          en: 'As the venue’s clock shows it, in the zone beside it: the event’s unless you change it. Through the API, a time without an offset (2026-01-15T19:00) is read in that zone too.',
          ru: 'По часам площадки, в поясе рядом: поясе мероприятия, если вы его не измените. Через API время без смещения (2026-01-15T19:00) тоже читается в этом поясе.',
          kk: 'Өтетін жердің сағатымен, қасындағы белдеуде: өзгертпесеңіз, іс-шараның белдеуі. API арқылы ығысуы жоқ уақыт (2026-01-15T19:00) да осы белдеуде оқылады.',
        },
        components: { Field: '/components/admin/VenueTimeField#VenueTimeField' },
      },
    },
    {
      // The event's venues, to fill the one below with a choice (components/admin/VenueFromEvent).
      name: 'venueFromEvent',
      type: 'ui',
      label: {
        en: 'Fill the venue from the event’s venues',
        ru: 'Заполнить площадку из площадок мероприятия',
        kk: 'Өтетін орынды іс-шараның орындарынан толтыру',
      },
      admin: { components: { Field: '/components/admin/VenueFromEvent#VenueFromEvent' } },
    },
    {
      name: 'venue',
      type: 'group',
      label: { en: 'Venue', ru: 'Площадка', kk: 'Өтетін орын' },
      fields: venueFields,
    },
    {
      type: 'row',
      fields: [
        {
          name: 'language',
          type: 'select',
          options: languageOptions,
          label: { en: 'Spoken language', ru: 'Язык', kk: 'Фильм тілі' },
        },
        {
          name: 'subtitles',
          type: 'select',
          hasMany: true,
          options: languageOptions,
          label: { en: 'Subtitles', ru: 'Субтитры', kk: 'Субтитрлер' },
        },
        {
          name: 'format',
          type: 'select',
          options: screeningFormats,
          label: { en: 'Format', ru: 'Формат', kk: 'Формат' },
        },
      ],
    },
    {
      name: 'guests',
      type: 'array',
      label: { en: 'Guests', ru: 'Гости', kk: 'Қонақтар' },
      labels: {
        singular: { en: 'Guest', ru: 'Гость', kk: 'Қонақ' },
        plural: { en: 'Guests', ru: 'Гости', kk: 'Қонақтар' },
      },
      fields: [
        {
          name: 'name',
          type: 'text',
          localized: true,
          validate: nameInAnyLanguage(),
          label: { en: 'Name', ru: 'Имя', kk: 'Аты-жөні' },
        },
        {
          name: 'role',
          type: 'text',
          label: { en: 'Role', ru: 'Роль', kk: 'Рөлі' },
          localized: true,
          admin: {
            description: {
              en: 'e.g. lead actress, Q&A after the film',
              ru: 'например, исполнительница главной роли, вопросы и ответы после фильма',
              kk: 'мысалы, басты рөлдегі актриса, фильмнен кейін сұрақ-жауап',
            },
          },
        },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'admission',
          type: 'select',
          label: { en: 'Admission', ru: 'Вход', kk: 'Кіру шарты' },
          defaultValue: 'free',
          options: [
            { value: 'free', label: { en: 'Free', ru: 'Свободный вход', kk: 'Кіру тегін' } },
            {
              value: 'invitation',
              label: { en: 'By invitation', ru: 'По приглашениям', kk: 'Шақыру бойынша' },
            },
            { value: 'ticketed', label: { en: 'Ticketed', ru: 'Платные билеты', kk: 'Ақылы билеттер' } },
          ],
        },
        {
          name: 'capacity',
          type: 'number',
          label: { en: 'Capacity', ru: 'Вместимость', kk: 'Сыйымдылығы' },
          validate: wholeNumber('Capacity'),
        },
        urlField('ticketUrl', {
          en: 'Ticket or registration link',
          ru: 'Ссылка на билеты или регистрацию',
          kk: 'Билет немесе тіркелу сілтемесі',
        }),
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'status',
          type: 'select',
          label: { en: 'Status', ru: 'Статус', kk: 'Күйі' },
          required: true,
          index: true,
          defaultValue: 'scheduled',
          options: [
            { value: 'scheduled', label: { en: 'Scheduled', ru: 'Запланирован', kk: 'Жоспарланған' } },
            { value: 'postponed', label: { en: 'Postponed', ru: 'Перенесён', kk: 'Ауыстырылды' } },
            { value: 'cancelled', label: { en: 'Cancelled', ru: 'Отменён', kk: 'Өткізілмейді' } },
            { value: 'held', label: { en: 'Held', ru: 'Состоялся', kk: 'Өтті' } },
          ],
        },
        {
          name: 'attendance',
          type: 'number',
          label: { en: 'Attendance', ru: 'Число зрителей', kk: 'Көрермендер саны' },
          admin: {
            description: {
              en: 'Once held: how many people came.',
              ru: 'Когда показ состоялся: сколько человек пришло.',
              kk: 'Көрсетілім өткен соң: қанша адам келді.',
            },
          },
          validate: attendanceOnceHeld,
        },
      ],
    },
  ],
  // An event's schedule: its screenings by start.
  indexes: [{ fields: ['event', 'startsAt'] }],
  hooks: {
    beforeValidate: [readVenueTime],
    beforeChange: [checkScreeningFits, labelScreening, noteEventVisibility],
    afterChange: [auditChange, revalidateSiteAfterChange],
    // Not while a report (or an earlier version of one) counts its audience.
    beforeDelete: [
      refuseDeleteWhileUsed([{ collection: 'reports', field: 'screenings.screening', versionsToo: true }]),
    ],
    afterDelete: [auditDelete, revalidateSiteAfterDelete],
  },
}

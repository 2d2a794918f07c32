import type { CollectionConfig } from 'payload'
import { eventPickerAdmin } from '../fields/pickers'
import { previewURL } from '../lib/previewURL'
import { isMinistryStaff, isMinistryStaffField } from '../access/isMinistryStaff'
import { ministryOrOwnEmbassyField } from '../access/ministryOrOwnEmbassyField'
import { nobody } from '../access/nobody'
import { canCreateReport, canReadReport, canUpdateReport } from '../access/reports'
import { countryCodeField } from '../fields/countryCode'
import { localizedRequiredText } from '../fields/localizedRequiredText'
import { nameInAnyLanguage } from '../fields/nameText'
import { requiredOnceSubmitted } from '../fields/requiredOnceSubmitted'
import { slugField } from '../fields/slug'
import { urlField } from '../fields/url'
import { wholeNumber } from '../fields/wholeNumber'
import { checkReportConsistency } from '../hooks/checkReportConsistency'
import { forceOwnEmbassy } from '../hooks/forceOwnEmbassy'
import { settleReporter } from '../hooks/settleReporter'
import { keepServerTimestamps } from '../hooks/keepServerTimestamps'
import { notifyReportStatus } from '../hooks/notifyReportStatus'
import { recordReportStatus } from '../hooks/recordReportStatus'
import { recordScreeningAttendance } from '../hooks/recordScreeningAttendance'
import { refuseSecondReport } from '../hooks/refuseSecondReport'
import { refreshMediaUseAfterChange, refreshMediaUseAfterDelete } from '../hooks/refreshMediaUse'
import { revalidateSiteAfterChange, revalidateSiteAfterDelete } from '../hooks/revalidateSite'
import { languageOptions } from '../lib/languages'
import { localeLabels, locales } from '../lib/locales'
import { reportStatuses, reportStatusLabels } from '../lib/reportWorkflow'
import { audienceSegments, outcomeKinds, partnerRoles } from '../lib/vocabulary'
import { auditChange, auditDelete } from '../hooks/auditChange'
import { trashOrDelete } from '../access/trashOrDelete'
import { plausibleDate } from '../fields/plausibleDate'
import { readableOnly } from '../fields/readableOnly'
import { reporterFields } from '../fields/reporter'
import { searchTextField } from '../fields/searchText'
import { noteTitleLanguages, titleLanguagesField } from '../fields/titleLanguages'

const statusOptions = reportStatuses.map((value) => ({ value, label: reportStatusLabels[value] }))

export const Reports: CollectionConfig = {
  slug: 'reports',
  labels: {
    singular: { en: 'Report', ru: 'Отчёт', kk: 'Есеп' },
    plural: { en: 'Reports', ru: 'Отчёты', kk: 'Есептер' },
  },
  access: {
    read: canReadReport,
    readVersions: isMinistryStaff,
    create: canCreateReport,
    update: canUpdateReport,
    delete: trashOrDelete,
  },
  admin: {
    useAsTitle: 'title',
    // The Preview button: the report's page as readers will see it once published.
    preview: previewURL('reports'),
    defaultColumns: ['title', 'reportedBy', 'embassy', 'event', 'status', 'updatedAt'],
    listSearchableFields: ['title', 'slug'],
    group: { en: 'Programme', ru: 'Программа', kk: 'Бағдарлама' },
  },
  fields: [
    localizedRequiredText(
      'reports',
      'title',
      { en: 'Title', ru: 'Заголовок', kk: 'Тақырыбы' },
      { index: true },
    ),
    slugField('reports'),
    {
      name: 'status',
      label: { en: 'Status', ru: 'Статус', kk: 'Күйі' },
      type: 'select',
      // Always set by recordReportStatus; draft when a report is new.
      defaultValue: 'draft',
      // The public reads published reports only: every public read filters on it.
      index: true,
      options: statusOptions,
      admin: {
        position: 'sidebar',
        description: {
          en: 'draft → submitted → changes requested → approved → published',
          ru: 'черновик → отправлен в министерство → возвращён на доработку → одобрен → опубликован',
          kk: 'жоба → министрлікке жіберілді → пысықтауға қайтарылды → мақұлданды → жарияланды',
        },
        // Buttons for the next steps in place of a select offering every status.
        components: { Field: '/components/admin/ReportActions#ReportActions' },
      },
    },
    {
      name: 'statusComment',
      type: 'textarea',
      label: { en: 'Comment on this step', ru: 'Комментарий к шагу', kk: 'Осы қадамға түсініктеме' },
      access: { read: ministryOrOwnEmbassyField },
      admin: {
        position: 'sidebar',
        description: {
          en: 'Required when requesting changes. Saved into the history below.',
          ru: 'Обязателен при возврате на доработку. Сохраняется в истории ниже.',
          kk: 'Пысықтауға қайтарғанда міндетті. Төмендегі тарихқа сақталады.',
        },
      },
    },
    ...reporterFields,
    {
      name: 'writtenIn',
      type: 'select',
      options: locales.map((code) => ({ value: code, label: localeLabels[code] })),
      label: { en: 'Written in', ru: 'Язык отчёта', kk: 'Есеп тілі' },
      admin: {
        position: 'sidebar',
        description: {
          en: 'The language the report was written in (by the embassy or the ministry): review that language first.',
          ru: 'Язык, на котором написан отчёт (посольством или министерством): проверяйте сначала его.',
          kk: 'Есеп жазылған тіл (елшілік не министрлік жазған): алдымен соны тексеріңіз.',
        },
      },
    },
    {
      name: 'event',
      label: { en: 'Event', ru: 'Мероприятие', kk: 'Іс-шара' },
      type: 'relationship',
      relationTo: 'events',
      required: true,
      index: true,
      admin: eventPickerAdmin,
      validate: readableOnly('chooseOwnEvent'),
    },
    {
      name: 'screenings',
      type: 'array',
      label: { en: 'Screenings covered', ru: 'Показы в отчёте', kk: 'Есептегі көрсетілімдер' },
      labels: {
        singular: { en: 'Screening', ru: 'Показ', kk: 'Көрсетілім' },
        plural: { en: 'Screenings', ru: 'Показы', kk: 'Көрсетілімдер' },
      },
      admin: {
        description: {
          en: 'Attendance is written to each screening when the ministry approves the report.',
          ru: 'Число зрителей записывается в каждый показ, когда министерство одобряет отчёт.',
          kk: 'Министрлік есепті мақұлдағанда көрермендер саны әр көрсетілімге жазылады.',
        },
      },
      validate: requiredOnceSubmitted('At least one screening the report covers'),
      fields: [
        {
          type: 'row',
          fields: [
            {
              name: 'screening',
              label: { en: 'Screening', ru: 'Показ', kk: 'Көрсетілім' },
              type: 'relationship',
              relationTo: 'screenings',
              required: true,
              // Only the report's event's screenings; none until the event is chosen, never all 30,000.
              filterOptions: ({ data }) => (data?.event ? { event: { equals: data.event } } : false),
              validate: readableOnly('chooseEventScreening'),
            },
            {
              name: 'attendance',
              type: 'number',
              label: { en: 'Attendance', ru: 'Зрителей', kk: 'Көрермендер саны' },
              validate: requiredOnceSubmitted('Attendance', wholeNumber('Attendance')),
            },
          ],
        },
      ],
    },
    {
      type: 'tabs',
      tabs: [
        {
          label: { en: 'Story', ru: 'Текст', kk: 'Мәтін' },
          fields: [
            {
              name: 'body',
              type: 'richText',
              localized: true,
              label: { en: 'Report', ru: 'Отчёт', kk: 'Есеп' },
            },
            {
              name: 'photos',
              label: { en: 'Photos', ru: 'Фотографии', kk: 'Фотосуреттер' },
              type: 'upload',
              relationTo: 'media',
              hasMany: true,
              validate: readableOnly('chooseOwnPhotos'),
            },
          ],
        },
        {
          label: { en: 'Audience', ru: 'Аудитория', kk: 'Аудитория' },
          fields: [
            {
              name: 'totalAttendance',
              type: 'number',
              validate: wholeNumber('Total attendance'),
              label: { en: 'Total attendance', ru: 'Всего зрителей', kk: 'Көрермендердің жалпы саны' },
            },
            {
              name: 'audience',
              type: 'array',
              label: { en: 'Audience breakdown', ru: 'Состав аудитории', kk: 'Аудитория құрамы' },
              labels: {
                singular: { en: 'Audience group', ru: 'Группа зрителей', kk: 'Көрермендер тобы' },
                plural: { en: 'Audience groups', ru: 'Группы зрителей', kk: 'Көрермендер топтары' },
              },
              fields: [
                {
                  type: 'row',
                  fields: [
                    {
                      name: 'segment',
                      label: { en: 'Segment', ru: 'Группа зрителей', kk: 'Көрермендер тобы' },
                      type: 'select',
                      options: audienceSegments,
                      validate: requiredOnceSubmitted('Audience group'),
                    },
                    {
                      name: 'count',
                      label: { en: 'Count', ru: 'Количество', kk: 'Саны' },
                      type: 'number',
                      validate: requiredOnceSubmitted('Count', wholeNumber('Count')),
                    },
                  ],
                },
              ],
            },
          ],
        },
        {
          label: { en: 'People', ru: 'Участники', kk: 'Қатысушылар' },
          fields: [
            {
              name: 'partners',
              label: { en: 'Partners', ru: 'Партнёры', kk: 'Серіктестер' },
              type: 'array',
              labels: {
                singular: { en: 'Partner', ru: 'Партнёр', kk: 'Серіктес' },
                plural: { en: 'Partners', ru: 'Партнёры', kk: 'Серіктестер' },
              },
              fields: [
                {
                  name: 'name',
                  type: 'text',
                  label: { en: 'Name', ru: 'Название', kk: 'Атауы' },
                  localized: true,
                  validate: nameInAnyLanguage(requiredOnceSubmitted('Partner name')),
                },
                {
                  name: 'role',
                  type: 'select',
                  label: { en: 'Role', ru: 'Роль', kk: 'Рөлі' },
                  options: partnerRoles,
                  defaultValue: 'partner',
                },
              ],
            },
            {
              name: 'guests',
              label: { en: 'Guests', ru: 'Гости', kk: 'Қонақтар' },
              type: 'array',
              labels: {
                singular: { en: 'Guest', ru: 'Гость', kk: 'Қонақ' },
                plural: { en: 'Guests', ru: 'Гости', kk: 'Қонақтар' },
              },
              fields: [
                {
                  name: 'name',
                  type: 'text',
                  label: { en: 'Name', ru: 'Имя', kk: 'Аты-жөні' },
                  localized: true,
                  validate: nameInAnyLanguage(requiredOnceSubmitted('Guest name')),
                },
                {
                  name: 'role',
                  type: 'text',
                  label: { en: 'Role', ru: 'Роль', kk: 'Рөлі' },
                  localized: true,
                },
              ],
            },
            {
              name: 'quotes',
              label: { en: 'Quotes', ru: 'Цитаты', kk: 'Дәйексөздер' },
              type: 'array',
              labels: {
                singular: { en: 'Quote', ru: 'Цитата', kk: 'Дәйексөз' },
                plural: { en: 'Quotes', ru: 'Цитаты', kk: 'Дәйексөздер' },
              },
              fields: [
                {
                  name: 'person',
                  type: 'text',
                  label: { en: 'Person', ru: 'Кто сказал', kk: 'Кім айтты' },
                  localized: true,
                  validate: nameInAnyLanguage(requiredOnceSubmitted('Who said it')),
                },
                {
                  name: 'role',
                  type: 'text',
                  localized: true,
                  label: { en: 'Position', ru: 'Должность', kk: 'Лауазымы' },
                },
                {
                  name: 'text',
                  type: 'textarea',
                  validate: requiredOnceSubmitted('Quote'),
                  label: { en: 'Quote', ru: 'Цитата', kk: 'Дәйексөз' },
                },
                {
                  name: 'language',
                  type: 'select',
                  options: languageOptions,
                  label: { en: 'Language of the quote', ru: 'Язык цитаты', kk: 'Дәйексөз тілі' },
                },
              ],
            },
          ],
        },
        {
          label: { en: 'Press and outcomes', ru: 'Пресса и итоги', kk: 'Баспасөз және нәтижелер' },
          fields: [
            {
              name: 'pressCoverage',
              type: 'array',
              label: { en: 'Press coverage', ru: 'Публикации в СМИ', kk: 'БАҚ-тағы жарияланымдар' },
              labels: {
                singular: { en: 'Press item', ru: 'Публикация', kk: 'Жарияланым' },
                plural: { en: 'Press coverage', ru: 'Публикации в СМИ', kk: 'БАҚ-тағы жарияланымдар' },
              },
              fields: [
                {
                  type: 'row',
                  fields: [
                    {
                      name: 'outlet',
                      type: 'text',
                      label: { en: 'Outlet', ru: 'Издание', kk: 'Басылым' },
                      validate: requiredOnceSubmitted('Outlet'),
                    },
                    countryCodeField({ name: 'country', label: { en: 'Country', ru: 'Страна', kk: 'Ел' } }),
                    {
                      name: 'language',
                      type: 'select',
                      label: { en: 'Language', ru: 'Язык', kk: 'Тілі' },
                      options: languageOptions,
                    },
                    {
                      name: 'date',
                      label: { en: 'Date', ru: 'Дата', kk: 'Күні' },
                      type: 'date',
                      validate: plausibleDate(),
                      admin: { date: { pickerAppearance: 'dayOnly' } },
                    },
                  ],
                },
                {
                  name: 'headline',
                  type: 'text',
                  label: { en: 'Headline', ru: 'Заголовок', kk: 'Тақырыбы' },
                },
                urlField('link', { en: 'Link', ru: 'Ссылка', kk: 'Сілтеме' }),
              ],
            },
            {
              name: 'outcomes',
              label: { en: 'Outcomes', ru: 'Итоги', kk: 'Нәтижелер' },
              type: 'array',
              labels: {
                singular: { en: 'Outcome', ru: 'Результат', kk: 'Нәтиже' },
                plural: { en: 'Outcomes', ru: 'Результаты', kk: 'Нәтижелер' },
              },
              fields: [
                {
                  name: 'kind',
                  label: { en: 'Kind', ru: 'Вид', kk: 'Түрі' },
                  type: 'select',
                  options: outcomeKinds,
                  validate: requiredOnceSubmitted('Kind of outcome'),
                },
                {
                  name: 'description',
                  type: 'textarea',
                  label: { en: 'Description', ru: 'Описание', kk: 'Сипаттамасы' },
                  localized: true,
                },
                {
                  name: 'counterpart',
                  label: { en: 'Counterpart', ru: 'Другая сторона', kk: 'Келісім тарапы' },
                  type: 'text',
                  admin: {
                    description: {
                      en: 'Who the agreement or project is with.',
                      ru: 'С кем заключено соглашение или ведётся проект.',
                      kk: 'Келісім немесе жоба кіммен жасалды.',
                    },
                  },
                },
                {
                  name: 'reach',
                  label: { en: 'Reach', ru: 'Охват', kk: 'Қамту' },
                  type: 'number',
                  validate: wholeNumber('Reach'),
                  admin: {
                    description: {
                      en: 'For media reach: estimated audience.',
                      ru: 'Для охвата в СМИ: оценочная аудитория.',
                      kk: 'БАҚ-тағы қамту үшін: болжамды аудитория.',
                    },
                  },
                },
              ],
            },
          ],
        },
        {
          label: { en: 'History', ru: 'История', kk: 'Тарихы' },
          fields: [
            {
              name: 'publishedAt',
              label: { en: 'Published At', ru: 'Дата публикации', kk: 'Жарияланған күні' },
              type: 'date',
              index: true,
              access: { create: isMinistryStaffField, update: isMinistryStaffField },
              admin: { readOnly: true },
            },
            {
              name: 'statusHistory',
              type: 'array',
              label: { en: 'Status history', ru: 'История статусов', kk: 'Күй тарихы' },
              labels: {
                singular: { en: 'Status change', ru: 'Смена статуса', kk: 'Күйдің өзгеруі' },
                plural: { en: 'Status history', ru: 'История статусов', kk: 'Күй тарихы' },
              },
              access: { read: ministryOrOwnEmbassyField, create: nobody, update: nobody },
              admin: {
                readOnly: true,
                description: {
                  en: 'Who moved the report, when, and why. Written by the system.',
                  ru: 'Кто, когда и почему изменил статус отчёта. Записывается системой.',
                  kk: 'Есептің күйін кім, қашан және неге өзгертті. Жүйе жазады.',
                },
              },
              fields: [
                {
                  name: 'status',
                  type: 'select',
                  label: { en: 'Status', ru: 'Статус', kk: 'Күйі' },
                  options: statusOptions,
                },
                {
                  name: 'changedBy',
                  type: 'relationship',
                  label: { en: 'Changed By', ru: 'Кто изменил', kk: 'Кім өзгертті' },
                  relationTo: 'users',
                },
                {
                  name: 'changedAt',
                  type: 'date',
                  label: { en: 'Changed At', ru: 'Когда изменено', kk: 'Өзгертілген уақыты' },
                  admin: { date: { pickerAppearance: 'dayAndTime' } },
                },
                {
                  name: 'comment',
                  type: 'textarea',
                  label: { en: 'Comment', ru: 'Комментарий', kk: 'Түсініктеме' },
                },
              ],
            },
          ],
        },
      ],
    },
    searchTextField('reports'),
    titleLanguagesField,
  ],
  // One report per embassy and event, and one of the ministry's (refuseSecondReport); the portal
  // lists an embassy's reports.
  indexes: [{ fields: ['embassy', 'event'] }],
  hooks: {
    beforeRead: [noteTitleLanguages],
    beforeValidate: [forceOwnEmbassy, settleReporter],
    beforeChange: [keepServerTimestamps, refuseSecondReport, recordReportStatus, checkReportConsistency],
    afterChange: [
      auditChange,
      recordScreeningAttendance,
      notifyReportStatus,
      refreshMediaUseAfterChange,
      revalidateSiteAfterChange,
    ],
    afterDelete: [auditDelete, refreshMediaUseAfterDelete, revalidateSiteAfterDelete],
  },
  // Deleting moves to the trash; an admin or editor can restore from there.
  trash: true,
  versions: { maxPerDoc: 100 },
}

import { publicPageLink } from '../fields/publicPageLink'
import { previewURL } from '../lib/previewURL'
import type { CollectionConfig, Field } from 'payload'
import { anyone } from '../access/anyone'
import { isMinistryStaff } from '../access/isMinistryStaff'
import { isSignedInField } from '../access/isSignedIn'
import { countryCodeField } from '../fields/countryCode'
import { localizedRequiredText } from '../fields/localizedRequiredText'
import { nameDescription, nameInAnyLanguage } from '../fields/nameText'
import { slugField } from '../fields/slug'
import { urlField } from '../fields/url'
import { wholeNumber } from '../fields/wholeNumber'
import { refreshMediaUseAfterChange, refreshMediaUseAfterDelete } from '../hooks/refreshMediaUse'
import { revalidateSiteAfterChange, revalidateSiteAfterDelete } from '../hooks/revalidateSite'
import { isValidDate, toCalendarDate } from '../lib/calendarDate'
import { languageOptions } from '../lib/languages'
import { genres, screeningFormats } from '../lib/vocabulary'
import { refuseDeleteWhileUsed } from '../hooks/refuseDeleteWhileUsed'
import { auditChange, auditDelete } from '../hooks/auditChange'
import { plausibleDate } from '../fields/plausibleDate'
import { readableOnly } from '../fields/readableOnly'
import { searchTextField } from '../fields/searchText'
import { noteTitleLanguages, titleLanguagesField } from '../fields/titleLanguages'

const thisYear = new Date().getFullYear()

/** A licence the rights holder granted: where, when, in which formats, and whether tickets may be sold. */
const screeningRights: Field = {
  name: 'screeningRights',
  type: 'array',
  label: { en: 'Screening rights', ru: 'Права на показ', kk: 'Көрсету құқығы' },
  labels: {
    singular: { en: 'Licence', ru: 'Лицензия', kk: 'Лицензия' },
    plural: { en: 'Licences', ru: 'Лицензии', kk: 'Лицензиялар' },
  },
  // Contract terms are the ministry's business; embassies see them to plan, the public does not.
  access: { read: isSignedInField },
  admin: {
    description: {
      en: 'A screening is only accepted where and when one of these licences covers it.',
      ru: 'Показ принимается только там и тогда, где и когда его покрывает одна из этих лицензий.',
      kk: 'Көрсетілім осы лицензиялардың бірі қамтитын жерде және уақытта ғана қабылданады.',
    },
    components: { Cell: '/components/admin/LicenceCoverageCell#LicenceCoverageCell' },
  },
  fields: [
    countryCodeField({
      name: 'territories',
      label: { en: 'Territories', ru: 'Территории', kk: 'Аумақтар' },
      required: true,
      hasMany: true,
      worldwide: true,
    }),
    {
      type: 'row',
      fields: [
        {
          name: 'validFrom',
          label: { en: 'Valid From', ru: 'Действует с', kk: 'Басталу күні' },
          type: 'date',
          required: true,
          validate: plausibleDate(),
          admin: { date: { pickerAppearance: 'dayOnly', displayFormat: 'd MMM yyyy' } },
        },
        {
          name: 'validTo',
          label: { en: 'Valid To', ru: 'Действует до', kk: 'Аяқталу күні' },
          type: 'date',
          admin: {
            date: { pickerAppearance: 'dayOnly', displayFormat: 'd MMM yyyy' },
            description: {
              en: 'Leave empty for no end date.',
              ru: 'Оставьте пустым, если срок не ограничен.',
              kk: 'Мерзімі шектелмесе, бос қалдырыңыз.',
            },
          },
          validate: plausibleDate((value, { siblingData }) =>
            !value ||
            !isValidDate((siblingData as { validFrom?: string })?.validFrom) ||
            !isValidDate(value) ||
            toCalendarDate(value as unknown as string) >=
              toCalendarDate((siblingData as { validFrom: string }).validFrom)
              ? true
              : 'The licence ends before it starts: “valid to” must be on or after “valid from”.',
          ),
        },
      ],
    },
    {
      name: 'formats',
      label: { en: 'Formats', ru: 'Форматы', kk: 'Форматтар' },
      type: 'select',
      hasMany: true,
      options: screeningFormats,
      admin: {
        description: {
          en: 'Empty means any format.',
          ru: 'Пусто — любой формат.',
          kk: 'Бос болса — кез келген формат.',
        },
      },
    },
    {
      name: 'nonCommercialOnly',
      type: 'checkbox',
      defaultValue: true,
      label: {
        en: 'Non-commercial screenings only',
        ru: 'Только некоммерческие показы',
        kk: 'Тек коммерциялық емес көрсетілімдер',
      },
    },
    {
      name: 'note',
      label: { en: 'Note', ru: 'Примечание', kk: 'Ескертпе' },
      type: 'text',
      admin: {
        description: {
          en: 'Contract number or conditions, for the ministry.',
          ru: 'Номер договора или условия — для министерства.',
          kk: 'Шарт нөмірі немесе талаптары — министрлік үшін.',
        },
      },
    },
  ],
}

export const Films: CollectionConfig = {
  slug: 'films',
  labels: {
    singular: { en: 'Film', ru: 'Фильм', kk: 'Фильм' },
    plural: { en: 'Films', ru: 'Фильмы', kk: 'Фильмдер' },
  },
  access: { read: anyone, create: isMinistryStaff, update: isMinistryStaff, delete: isMinistryStaff },
  admin: {
    useAsTitle: 'title',
    // The Preview button: the film's page as readers will see it (app/(payload)/admin/preview).
    preview: previewURL('films'),
    defaultColumns: ['title', 'year', 'directors', 'screeningRights', 'slug'],
    listSearchableFields: ['title', 'originalTitle', 'slug'],
    group: { en: 'Catalogue', ru: 'Справочники', kk: 'Анықтамалықтар' },
  },
  fields: [
    localizedRequiredText('films', 'title', { en: 'Title', ru: 'Название', kk: 'Атауы' }, { index: true }),
    {
      name: 'originalTitle',
      type: 'text',
      index: true,
      label: { en: 'Original title', ru: 'Оригинальное название', kk: 'Түпнұсқа атауы' },
    },
    slugField('films'),
    publicPageLink('films'),
    {
      type: 'tabs',
      tabs: [
        {
          label: { en: 'About the film', ru: 'О фильме', kk: 'Фильм туралы' },
          fields: [
            {
              type: 'row',
              fields: [
                {
                  name: 'year',
                  label: { en: 'Year', ru: 'Год', kk: 'Жылы' },
                  type: 'number',
                  index: true,
                  validate: wholeNumber('Year', 1895, thisYear + 5),
                },
                {
                  name: 'runtime',
                  type: 'number',
                  label: { en: 'Runtime (minutes)', ru: 'Хронометраж (мин)', kk: 'Ұзақтығы (минут)' },
                  validate: wholeNumber('Runtime', 1, 1000),
                },
              ],
            },
            {
              name: 'directors',
              type: 'text',
              hasMany: true,
              localized: true,
              admin: {
                description: nameDescription,
                components: { Cell: '/components/admin/NamesCell#NamesCell' },
              },
              label: { en: 'Directors', ru: 'Режиссёры', kk: 'Режиссерлер' },
            },
            {
              name: 'cast',
              type: 'array',
              label: { en: 'Principal cast', ru: 'В главных ролях', kk: 'Басты рөлдерде' },
              labels: {
                singular: { en: 'Cast member', ru: 'Актёр', kk: 'Актер' },
                plural: { en: 'Cast', ru: 'Актёрский состав', kk: 'Актерлік құрам' },
              },
              fields: [
                {
                  name: 'name',
                  type: 'text',
                  label: { en: 'Name', ru: 'Имя', kk: 'Аты-жөні' },
                  localized: true,
                  validate: nameInAnyLanguage(),
                },
                {
                  name: 'character',
                  type: 'text',
                  label: { en: 'Character', ru: 'Роль', kk: 'Кейіпкер' },
                  localized: true,
                },
              ],
            },
            {
              name: 'synopsis',
              type: 'richText',
              localized: true,
              label: { en: 'Synopsis', ru: 'Синопсис', kk: 'Синопсис' },
            },
            {
              name: 'genres',
              type: 'select',
              label: { en: 'Genres', ru: 'Жанры', kk: 'Жанрлар' },
              hasMany: true,
              index: true,
              options: genres,
            },
            {
              name: 'spokenLanguages',
              label: { en: 'Spoken Languages', ru: 'Языки фильма', kk: 'Фильм тілдері' },
              type: 'select',
              hasMany: true,
              index: true,
              options: languageOptions,
            },
            {
              name: 'subtitleLanguages',
              type: 'select',
              hasMany: true,
              index: true,
              options: languageOptions,
              label: { en: 'Subtitles available', ru: 'Доступные субтитры', kk: 'Қолжетімді субтитрлер' },
            },
          ],
        },
        {
          label: { en: 'Production', ru: 'Производство', kk: 'Өндіріс' },
          fields: [
            countryCodeField({
              name: 'productionCountries',
              label: { en: 'Production countries', ru: 'Страны производства', kk: 'Өндіруші елдер' },
              hasMany: true,
            }),
            {
              name: 'coProductionPartners',
              type: 'array',
              label: {
                en: 'Co-production partners',
                ru: 'Сопродюсеры',
                kk: 'Бірлескен өндіріс серіктестері',
              },
              labels: {
                singular: { en: 'Co-producer', ru: 'Сопродюсер', kk: 'Бірлескен продюсер' },
                plural: { en: 'Co-producers', ru: 'Сопродюсеры', kk: 'Бірлескен продюсерлер' },
              },
              fields: [
                {
                  name: 'name',
                  type: 'text',
                  label: { en: 'Name', ru: 'Название', kk: 'Атауы' },
                  localized: true,
                  validate: nameInAnyLanguage(),
                },
                countryCodeField({ name: 'country', label: { en: 'Country', ru: 'Страна', kk: 'Ел' } }),
              ],
            },
            {
              name: 'rightsHolder',
              type: 'text',
              localized: true,
              label: {
                en: 'Studio or rights holder',
                ru: 'Студия или правообладатель',
                kk: 'Студия немесе құқық иесі',
              },
            },
            screeningRights,
          ],
        },
        {
          label: { en: 'Images and awards', ru: 'Изображения и награды', kk: 'Суреттер мен марапаттар' },
          fields: [
            {
              name: 'poster',
              label: { en: 'Poster', ru: 'Постер', kk: 'Постер' },
              type: 'upload',
              relationTo: 'media',
              validate: readableOnly('chooseUsableImages'),
            },
            {
              name: 'stills',
              label: { en: 'Stills', ru: 'Кадры', kk: 'Кадрлар' },
              type: 'upload',
              relationTo: 'media',
              hasMany: true,
              validate: readableOnly('chooseUsableImages'),
            },
            urlField('trailerUrl', { en: 'Trailer URL', ru: 'Ссылка на трейлер', kk: 'Трейлер сілтемесі' }),
            {
              name: 'awards',
              type: 'array',
              label: {
                en: 'Awards and selections',
                ru: 'Награды и участие',
                kk: 'Марапаттар мен іріктеулер',
              },
              labels: {
                singular: { en: 'Award', ru: 'Награда', kk: 'Марапат' },
                plural: { en: 'Awards', ru: 'Награды', kk: 'Марапаттар' },
              },
              fields: [
                {
                  name: 'festival',
                  type: 'text',
                  label: { en: 'Festival', ru: 'Фестиваль', kk: 'Фестиваль' },
                  localized: true,
                  validate: nameInAnyLanguage(),
                },
                {
                  name: 'award',
                  type: 'text',
                  label: { en: 'Award', ru: 'Награда', kk: 'Марапат' },
                  localized: true,
                  required: true,
                },
                {
                  name: 'result',
                  label: { en: 'Result', ru: 'Итог', kk: 'Нәтиже' },
                  type: 'select',
                  defaultValue: 'won',
                  options: [
                    { value: 'won', label: { en: 'Won', ru: 'Победа', kk: 'Жеңіс' } },
                    { value: 'nominated', label: { en: 'Nominated', ru: 'Номинация', kk: 'Номинация' } },
                    {
                      value: 'selected',
                      label: {
                        en: 'Official selection',
                        ru: 'Официальная программа',
                        kk: 'Ресми бағдарлама',
                      },
                    },
                  ],
                },
                {
                  name: 'year',
                  type: 'number',
                  label: { en: 'Year', ru: 'Год', kk: 'Жылы' },
                  validate: wholeNumber('Year', 1895, thisYear + 1),
                },
              ],
            },
          ],
        },
      ],
    },
    searchTextField('films'),
    titleLanguagesField,
  ],
  hooks: {
    beforeRead: [noteTitleLanguages],
    afterChange: [auditChange, refreshMediaUseAfterChange, revalidateSiteAfterChange],
    // Not while screenings or events show it: their records would lose the film.
    beforeDelete: [
      refuseDeleteWhileUsed([
        { collection: 'screenings', field: 'film' },
        { collection: 'events', field: 'films', draftsToo: true },
      ]),
    ],
    afterDelete: [auditDelete, refreshMediaUseAfterDelete, revalidateSiteAfterDelete],
  },
}

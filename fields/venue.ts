import type { Field, Validate } from 'payload'
import { labelIn, ruleMessage } from '../i18n/ruleMessage'

const between =
  (min: number, max: number): Validate =>
  (value, { req, ...field }) =>
    value === null || value === undefined || (typeof value === 'number' && value >= min && value <= max)
      ? true
      : ruleMessage(req, 'numberBetween', {
          field: labelIn(req, (field as { label?: unknown }).label, (field as { name?: string }).name ?? ''),
          min,
          max,
        })
const latitude = between(-90, 90)
const longitude = between(-180, 180)

/** Latitude and longitude as two numbers: the SQLite adapter has no point field. */
export const geoFields: Field[] = [
  {
    type: 'row',
    fields: [
      {
        name: 'latitude',
        type: 'number',
        label: { en: 'Latitude', ru: 'Широта', kk: 'Ендік' },
        validate: latitude,
        admin: { step: 0.000001 },
      },
      {
        name: 'longitude',
        type: 'number',
        label: { en: 'Longitude', ru: 'Долгота', kk: 'Бойлық' },
        validate: longitude,
        admin: { step: 0.000001 },
      },
    ],
  },
]

/** Where a screening happens. */
export const venueFields: Field[] = [
  { name: 'name', type: 'text', required: true, label: { en: 'Name', ru: 'Название', kk: 'Атауы' } },
  { name: 'address', type: 'text', label: { en: 'Address', ru: 'Адрес', kk: 'Мекенжайы' } },
  { name: 'city', type: 'text', label: { en: 'City', ru: 'Город', kk: 'Қала' } },
  ...geoFields,
]

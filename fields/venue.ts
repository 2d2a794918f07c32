import type { Field, Validate } from 'payload'
import { labelIn, ruleMessage } from '../i18n/ruleMessage'
import { nameDescription, nameInAnyLanguage } from './nameText'

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

/** Where a screening happens. Name, address and city are written per language (issue 11). */
export const venueFields: Field[] = [
  {
    name: 'name',
    type: 'text',
    localized: true,
    validate: nameInAnyLanguage(),
    label: { en: 'Name', ru: 'Название', kk: 'Атауы' },
    admin: { description: nameDescription },
  },
  { name: 'address', type: 'text', localized: true, label: { en: 'Address', ru: 'Адрес', kk: 'Мекенжайы' } },
  { name: 'city', type: 'text', localized: true, label: { en: 'City', ru: 'Город', kk: 'Қала' } },
  ...geoFields,
]

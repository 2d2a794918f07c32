import type { Field } from 'payload'

const latitude = (value: unknown) =>
  value === null || value === undefined || (typeof value === 'number' && value >= -90 && value <= 90)
    ? true
    : 'Latitude must be a number between -90 and 90.'
const longitude = (value: unknown) =>
  value === null || value === undefined || (typeof value === 'number' && value >= -180 && value <= 180)
    ? true
    : 'Longitude must be a number between -180 and 180.'

/** Latitude and longitude as two numbers: the SQLite adapter has no point field. */
export const geoFields: Field[] = [
  {
    type: 'row',
    fields: [
      { name: 'latitude', type: 'number', validate: latitude, admin: { step: 0.000001 } },
      { name: 'longitude', type: 'number', validate: longitude, admin: { step: 0.000001 } },
    ],
  },
]

/** Where a screening happens. */
export const venueFields: Field[] = [
  { name: 'name', type: 'text', required: true },
  { name: 'address', type: 'text' },
  { name: 'city', type: 'text' },
  ...geoFields,
]

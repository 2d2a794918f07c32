import type { DefaultServerCellComponentProps } from 'payload'

/** A list of names (a film's directors) as the text a person writes, not `["Akan Satayev"]`. */
export function NamesCell({ cellData }: DefaultServerCellComponentProps) {
  const names = (Array.isArray(cellData) ? cellData : [cellData])
    // Plain strings today; objects with a name if the field becomes an array of localized names.
    .map((item) => (item && typeof item === 'object' ? (item as { name?: unknown }).name : item))
    .filter((name): name is string => typeof name === 'string' && name.trim() !== '')
  return <span>{names.join(', ')}</span>
}

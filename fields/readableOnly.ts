import { validations, type Validate } from 'payload'
import { readAside } from '../hooks/readAside'
import { extractID, type IDLike } from '../lib/extractID'
import { ruleMessage } from '../i18n/ruleMessage'
import type { RuleKey } from '../i18n/admin/ruleWords'

const idsOf = (value: unknown): (number | string)[] =>
  (Array.isArray(value) ? value : [value])
    .map((item) => extractID(item as IDLike))
    .filter((id): id is number | string => id !== undefined)

/**
 * A relationship or upload may only point at what the person saving may read: otherwise an ID
 * guessed from the sequence would attach (and, through the hooks that follow, expose) someone
 * else's document. Only IDs new to the field are checked, so a link the ministry made stays
 * savable. The message names no document: the person may not know what it is.
 */
export const readableOnly =
  (message: RuleKey): Validate =>
  async (value, options) => {
    const { overrideAccess, previousValue, relationTo, req } = options as Parameters<Validate>[1] & {
      previousValue?: unknown
      relationTo?: unknown
      type?: string
    }
    const standard =
      (options as { type?: string }).type === 'upload' ? validations.upload : validations.relationship
    const result = await (standard as Validate)(value, options)
    // Checked on save, not on every keystroke of the admin's form.
    if (result !== true || overrideAccess || options.event === 'onChange' || typeof relationTo !== 'string')
      return result
    const before = new Set(idsOf(previousValue).map(String))
    const added = [...new Set(idsOf(value).filter((id) => !before.has(String(id))))]
    if (!added.length) return true
    const { totalDocs } = await req.payload.count({
      collection: relationTo as 'media',
      req: readAside(req),
      overrideAccess: false,
      where: { id: { in: added } },
    })
    return totalDocs === added.length ? true : ruleMessage(req, message)
  }

// How much work one API request may ask of the server: one request must never stall everyone
// else. Each limit is named in the refusal, so a client knows what to change.

/**
 * The most documents one page of a list may hold (REST `limit`, GraphQL `limit`). 250 because
 * Payload's admin asks for that many when a list loads the titles of its relationship cells
 * (@payloadcms/ui, elements/Table/RelationshipProvider: `limit: 250`); below it, every such cell
 * reads "Untitled - ID: 7".
 */
export const largestPage = 250
/** The highest page number: deeper pages make the database skip past everything before them. */
export const lastPage = 10_000
/** The most values one `in`, `not_in` or `all` filter may list. */
export const largestFilterList = 200
/** The most conditions one `where` may hold, counted over all its `and`/`or` branches. */
export const mostFilterConditions = 50
/** How deeply `and`/`or` may nest inside one another. */
export const deepestFilterNesting = 5

const listOperators = new Set(['in', 'not_in', 'all'])

const valueCount = (value: unknown): number =>
  Array.isArray(value)
    ? value.length
    : typeof value === 'string'
      ? value.split(',').length
      : value && typeof value === 'object'
        ? Object.keys(value).length
        : 1

/**
 * Why a `where` (as Payload reads it from a query string or a GraphQL argument) asks too much of
 * the server, or null when it does not. Counts without recursing past the nesting limit.
 */
export const whereProblem = (where: unknown): string | null => {
  let conditions = 0
  const walk = (node: unknown, nesting: number): string | null => {
    if (!node || typeof node !== 'object') return null
    if (nesting > deepestFilterNesting)
      return `This filter nests and/or more than ${deepestFilterNesting} levels deep; at most ${deepestFilterNesting} are allowed.`
    const entries = Array.isArray(node) ? node.map((item) => ['', item] as const) : Object.entries(node)
    if (entries.length > mostFilterConditions)
      return `This filter has more than ${mostFilterConditions} conditions; at most ${mostFilterConditions} are allowed.`
    for (const [key, value] of entries) {
      if (key === 'and' || key === 'or' || Array.isArray(node)) {
        const problem = walk(value, key === 'and' || key === 'or' ? nesting + 1 : nesting)
        if (problem) return problem
        continue
      }
      if (listOperators.has(key)) {
        if (valueCount(value) > largestFilterList)
          return `A “${key}” filter may list at most ${largestFilterList} values.`
        conditions += 1
      } else if (value && typeof value === 'object') {
        const problem = walk(value, nesting)
        if (problem) return problem
      } else conditions += 1
      if (conditions > mostFilterConditions)
        return `This filter has more than ${mostFilterConditions} conditions; at most ${mostFilterConditions} are allowed.`
    }
    return null
  }
  return walk(where, 0)
}

/** Why a page request (`limit`, `page`) asks too much, or null. `limit` 0 means "all" to Payload. */
export const pageProblem = ({ limit, page }: { limit?: unknown; page?: unknown }): string | null => {
  if (limit !== undefined && limit !== null && limit !== '') {
    const value = Number(limit)
    if (!Number.isInteger(value) || value < 0 || value > largestPage)
      return `“limit” must be a whole number from 1 to ${largestPage}; ask for the next page for more.`
  }
  if (page !== undefined && page !== null && page !== '') {
    const value = Number(page)
    if (!Number.isInteger(value) || value < 1 || value > lastPage)
      return `“page” must be a whole number from 1 to ${lastPage}.`
  }
  return null
}

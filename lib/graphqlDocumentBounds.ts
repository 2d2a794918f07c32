// Checks on a GraphQL document that need no schema, made before Payload sees it: Payload's own
// complexity rule recurses through fragment spreads before graphql-js's NoFragmentCyclesRule can
// refuse a cycle, so a cyclic query overflowed the stack and answered 500.
import {
  buildSchema,
  GraphQLError,
  NoFragmentCyclesRule,
  parse,
  validate,
  visit,
  type DocumentNode,
} from 'graphql'

/** The longest query text accepted, in characters. */
export const longestGraphQLQuery = 10_000
/** The most tokens (names, punctuation, values) one query may hold. */
export const mostGraphQLTokens = 2_000
/** The most aliased fields one query may hold: aliases let one request ask for the same work many times. */
export const mostGraphQLAliases = 20

// NoFragmentCyclesRule reads only the document; validate() still wants some schema to hold.
const noSchema = buildSchema('type Query { nothing: Boolean }')

const aliasCount = (document: DocumentNode): number => {
  let count = 0
  visit(document, {
    Field(node) {
      if (node.alias) count += 1
    },
  })
  return count
}

/** Why this query text is refused before any work is done on it, or null. */
export const graphQLDocumentProblem = (query: unknown): string | null => {
  if (typeof query !== 'string') return null
  if (query.length > longestGraphQLQuery)
    return `This query is longer than ${longestGraphQLQuery} characters; at most ${longestGraphQLQuery} are allowed.`
  let document: DocumentNode
  try {
    document = parse(query, { maxTokens: mostGraphQLTokens, noLocation: true })
  } catch (error) {
    const message = (error as GraphQLError).message
    return /Document contains more/.test(message)
      ? `This query has more than ${mostGraphQLTokens} tokens; at most ${mostGraphQLTokens} are allowed.`
      : message
  }
  const [cycle] = validate(noSchema, document, [NoFragmentCyclesRule])
  if (cycle) return cycle.message
  const aliases = aliasCount(document)
  if (aliases > mostGraphQLAliases)
    return `This query uses ${aliases} aliases; at most ${mostGraphQLAliases} are allowed.`
  return null
}

/** Why GraphQL variables list too many values (a filter's `in`, say), or null. */
export const graphQLVariablesProblem = (variables: unknown, largestList: number): string | null => {
  const walk = (value: unknown, depth: number): string | null => {
    if (depth > 20) return 'The query’s variables nest too deeply.'
    if (Array.isArray(value)) {
      if (value.length > largestList)
        return `A list in the query’s variables has ${value.length} values; at most ${largestList} are allowed.`
      for (const item of value) {
        const problem = walk(item, depth + 1)
        if (problem) return problem
      }
    } else if (value && typeof value === 'object')
      for (const item of Object.values(value)) {
        const problem = walk(item, depth + 1)
        if (problem) return problem
      }
    return null
  }
  return walk(variables, 0)
}

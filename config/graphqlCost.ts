import {
  GraphQLError,
  Kind,
  valueFromASTUntyped,
  type ASTVisitor,
  type FieldNode,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLType,
  type SelectionSetNode,
  type ValidationContext,
} from 'graphql'
import { largestPage, pageProblem, whereProblem } from '../lib/requestBounds'

/** Payload's page size when a query names no `limit`; also the guess for any other list. */
const assumedListSize = 10
/** A root field is at least one database query. */
const rootFieldCost = 10

type Variables = Record<string, unknown> | null | undefined

// By shape rather than graphql's instanceof helpers, which fail when a bundler or test runner loads
// graphql twice (https://github.com/graphql/graphql-js/issues/2801).
type Composite = { name: string; getFields?: () => Record<string, GraphQLField<unknown, unknown>> }
const namedTypeOf = (type: GraphQLType): GraphQLNamedType => {
  let inner = type as GraphQLType & { ofType?: GraphQLType }
  while (inner.ofType) inner = inner.ofType as GraphQLType & { ofType?: GraphQLType }
  return inner as GraphQLNamedType
}
const isComposite = (type: GraphQLNamedType | null | undefined): type is GraphQLNamedType & Composite =>
  !!type && ('getFields' in type || 'getTypes' in type)
const isList = (type: GraphQLType) => String(type).startsWith('[')

const argumentValue = (node: FieldNode, name: string, variables: Variables): unknown => {
  const argument = node.arguments?.find((candidate) => candidate.name.value === name)
  return argument ? valueFromASTUntyped(argument.value, variables ?? undefined) : undefined
}

/**
 * Refuses GraphQL queries that would cost more than `max` field resolutions before they run. Every
 * field counts where it is selected, aliases included (500 aliases of one field cost 500 times),
 * and a list multiplies what is selected inside it by its `limit` (Payload's default 10; 10 for
 * any other list). Also refuses a `limit` or `where` larger than REST allows.
 */
export const maxQueryCost =
  (max: number, variables: Variables) =>
  (context: ValidationContext): ASTVisitor => {
    const schema = context.getSchema()
    const roots = new Set([schema.getQueryType(), schema.getMutationType()].filter(Boolean))
    let problem: string | null = null

    const costOf = (
      selections: SelectionSetNode | undefined,
      type: Composite | undefined,
      pageSize: number | undefined,
      seen: Set<string>,
    ): number => {
      if (!selections || !type) return 0
      let total = 0
      for (const selection of selections.selections) {
        if (selection.kind === Kind.INLINE_FRAGMENT) {
          const condition = selection.typeCondition
            ? schema.getType(selection.typeCondition.name.value)
            : null
          total += costOf(selection.selectionSet, isComposite(condition) ? condition : type, pageSize, seen)
        } else if (selection.kind === Kind.FRAGMENT_SPREAD) {
          const name = selection.name.value
          const fragment = context.getFragment(name)
          // A cycle is refused by NoFragmentCyclesRule and the request guard; here it just stops.
          if (!fragment || seen.has(name)) continue
          const condition = schema.getType(fragment.typeCondition.name.value)
          total += costOf(
            fragment.selectionSet,
            isComposite(condition) ? condition : undefined,
            pageSize,
            new Set([...seen, name]),
          )
        } else {
          const field = type.getFields?.()[selection.name.value]
          const own = roots.has(type as never) ? rootFieldCost : 1
          if (!field) {
            total += own
            continue
          }
          let limit: number | undefined
          if (field.args.some((argument) => argument.name === 'limit')) {
            const asked = argumentValue(selection, 'limit', variables)
            problem ??= pageProblem({ limit: asked === 0 ? -1 : asked })
            limit = typeof asked === 'number' && asked > 0 ? Math.min(asked, largestPage) : assumedListSize
          }
          if (field.args.some((argument) => argument.name === 'page'))
            problem ??= pageProblem({ page: argumentValue(selection, 'page', variables) })
          if (field.args.some((argument) => argument.name === 'where'))
            problem ??= whereProblem(argumentValue(selection, 'where', variables))
          const inner = namedTypeOf(field.type)
          const children = isComposite(inner) ? costOf(selection.selectionSet, inner, limit, seen) : 0
          const times = isList(field.type)
            ? selection.name.value === 'docs' && pageSize !== undefined
              ? pageSize
              : assumedListSize
            : 1
          total += own + times * children
        }
      }
      return total
    }

    return {
      OperationDefinition(operation) {
        problem = null
        const root = operation.operation === 'mutation' ? schema.getMutationType() : schema.getQueryType()
        const cost = costOf(
          operation.selectionSet,
          (root as Composite | null) ?? undefined,
          undefined,
          new Set(),
        )
        if (problem) context.reportError(new GraphQLError(problem, { nodes: [operation] }))
        else if (cost > max)
          context.reportError(
            new GraphQLError(
              `This query would cost ${cost} field lookups; at most ${max} are allowed. Ask for fewer fields, aliases or a smaller limit.`,
              { nodes: [operation] },
            ),
          )
      },
    }
  }

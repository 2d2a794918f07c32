import { GraphQLError, Kind, type ASTVisitor, type SelectionSetNode, type ValidationContext } from 'graphql'

/**
 * Refuses GraphQL queries nested deeper than `max` fields: relationships make the schema a graph,
 * and a query can follow them in circles to make one request cost the server without limit.
 * Fragments count where they are spread.
 */
export const maxQueryDepth =
  (max: number) =>
  (context: ValidationContext): ASTVisitor => {
    const depthOf = (selections: SelectionSetNode | undefined, seen: Set<string>): number => {
      if (!selections) return 0
      let deepest = 0
      for (const selection of selections.selections) {
        if (selection.kind === Kind.FIELD)
          deepest = Math.max(deepest, selection.selectionSet ? 1 + depthOf(selection.selectionSet, seen) : 1)
        else if (selection.kind === Kind.INLINE_FRAGMENT)
          deepest = Math.max(deepest, depthOf(selection.selectionSet, seen))
        else if (selection.kind === Kind.FRAGMENT_SPREAD && !seen.has(selection.name.value)) {
          const fragment = context.getFragment(selection.name.value)
          deepest = Math.max(
            deepest,
            depthOf(fragment?.selectionSet, new Set([...seen, selection.name.value])),
          )
        }
      }
      return deepest
    }
    return {
      OperationDefinition(operation) {
        const depth = depthOf(operation.selectionSet, new Set())
        if (depth > max)
          context.reportError(
            new GraphQLError(`This query is nested ${depth} levels deep; at most ${max} are allowed.`, {
              nodes: [operation],
            }),
          )
      },
    }
  }

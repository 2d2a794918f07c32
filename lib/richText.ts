// Plain text to Lexical's JSON: paragraphs separated by blank lines. Used by the seed and forms.
type TextNode = { type: 'text'; text: string; version: 1; format: 0; style: ''; mode: 'normal'; detail: 0 }

const paragraph = (text: string) => ({
  type: 'paragraph',
  version: 1,
  direction: 'ltr' as const,
  format: '' as const,
  indent: 0,
  textFormat: 0,
  textStyle: '',
  children: [
    { type: 'text', text, version: 1, format: 0, style: '', mode: 'normal', detail: 0 } satisfies TextNode,
  ],
})

export const richTextFromPlain = (text: string) => ({
  root: {
    type: 'root',
    version: 1,
    direction: 'ltr' as const,
    format: '' as const,
    indent: 0,
    children: text
      .split(/\n\s*\n/)
      .map((block) => block.trim())
      .filter(Boolean)
      .map(paragraph),
  },
})

type LexicalNode = { text?: string; children?: LexicalNode[] }

/** The words of a rich text, for search, previews and tests. */
export const plainFromRichText = (value: unknown): string => {
  const walk = (node: LexicalNode): string =>
    node.text ?? (node.children ?? []).map(walk).join(node.children?.some((c) => c.children) ? '\n\n' : '')
  const root = (value as { root?: LexicalNode } | null)?.root
  return root ? walk(root) : ''
}

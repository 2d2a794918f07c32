import { RichText as LexicalRichText, type JSXConvertersFunction } from '@payloadcms/richtext-lexical/react'
import type { SerializedEditorState, SerializedLexicalNode } from '@payloadcms/richtext-lexical/lexical'
import { safeHref } from '@/lib/safeHref'

type LinkNode = SerializedLexicalNode & {
  children?: SerializedLexicalNode[]
  fields?: { url?: string; newTab?: boolean }
}

/**
 * Links from the CMS, with only targets a reader may safely follow: a `javascript:` address typed or
 * pasted into a text becomes plain words, not a link.
 */
const converters: JSXConvertersFunction = ({ defaultConverters }) => {
  const link = ({
    node,
    nodesToJSX,
  }: {
    node: LinkNode
    nodesToJSX: (args: { nodes: SerializedLexicalNode[] }) => React.ReactNode[]
  }) => {
    const children = nodesToJSX({ nodes: node.children ?? [] })
    const href = safeHref(node.fields?.url)
    if (!href) return <span>{children}</span>
    return node.fields?.newTab ? (
      <a href={href} rel="noopener noreferrer" target="_blank">
        {children}
      </a>
    ) : (
      <a href={href}>{children}</a>
    )
  }
  return { ...defaultConverters, link, autolink: link } as ReturnType<JSXConvertersFunction>
}

/** Body text from the CMS, rendered as plain semantic HTML: no raw HTML passes through. */
export function RichText({ data }: { data: unknown }) {
  if (!data || typeof data !== 'object') return null
  return (
    <LexicalRichText
      data={data as SerializedEditorState}
      converters={converters}
      className="prose-text space-y-4 text-lg leading-relaxed text-slate-800"
    />
  )
}

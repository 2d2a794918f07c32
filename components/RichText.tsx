import { RichText as LexicalRichText } from '@payloadcms/richtext-lexical/react'
import type { SerializedEditorState } from '@payloadcms/richtext-lexical/lexical'

/** Body text from the CMS, rendered as plain semantic HTML (no raw HTML passes through). */
export function RichText({ data }: { data: unknown }) {
  if (!data || typeof data !== 'object') return null
  return <LexicalRichText data={data as SerializedEditorState} className="prose-text space-y-4 text-lg leading-relaxed text-slate-800" />
}

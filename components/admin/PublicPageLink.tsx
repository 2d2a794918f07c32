'use client'
import { useDocumentInfo, useFormFields, useTranslation } from '@payloadcms/ui'
import type { UIFieldClientComponent } from 'payload'
import type { OwnKey } from '@/i18n/admin'
import { localeLabels, locales } from '@/lib/locales'

/**
 * Where an event or a film is on the public site, in each language, once the public can read it;
 * before that, a pointer to Payload's Preview button (admin.preview, app/(payload)/admin/preview).
 * `collection` comes from the field's clientProps.
 */
export const PublicPageLink: UIFieldClientComponent = (props) => {
  const { collection } = props as unknown as { collection: 'events' | 'films' }
  const { id, hasPublishedDoc, collectionSlug } = useDocumentInfo()
  const { t } = useTranslation()
  const slug = useFormFields(([fields]) => fields.slug?.initialValue as string | undefined)
  if (!id || !slug) return null
  // Films have no drafts: saved is public. Events are public once a version is published.
  const isPublic = collectionSlug === 'films' || hasPublishedDoc
  return (
    <div className="field-type public-page-link" style={{ marginBottom: 'var(--base)' }}>
      <p className="field-label">{t('fdc:publicPage' satisfies OwnKey as never)}</p>
      {isPublic ? (
        <p style={{ display: 'flex', gap: 'calc(var(--base) / 2)', margin: 0 }}>
          {locales.map((locale) => (
            <a
              key={locale}
              href={`/${locale}/${collection}/${encodeURIComponent(slug)}`}
              target="_blank"
              rel="noreferrer"
              lang={locale}
            >
              {localeLabels[locale]}
            </a>
          ))}
        </p>
      ) : (
        <p style={{ margin: 0 }}>{t('fdc:publicPageNotYet' satisfies OwnKey as never)}</p>
      )}
    </div>
  )
}

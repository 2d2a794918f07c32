import { portalAccess } from '@/auth/portalAccess'
import { annualReportRequest, pdfResponse } from '@/lib/annualReportRequest'
import { isLocale } from '@/lib/locales'
import { buildAnnualReport } from '@/queries/annualReport'
import { cms } from '@/queries/payload'

export const dynamic = 'force-dynamic'

/**
 * "Our year": the annual report of the signed-in embassy user's own embassy. The embassy comes from
 * the session, never from the address, so no embassy reads another's figures or the ministry's.
 */
export async function GET(request: Request) {
  const access = await portalAccess()
  if (access.state === 'signed-out' || access.state === 'ended')
    return Response.redirect(new URL('/portal/sign-in?callbackUrl=%2Fportal%2Four-year', request.url), 303)
  if (access.state !== 'embassy') return new Response('“Our year” is for embassy staff.', { status: 403 })
  const asked = annualReportRequest(
    new URL(request.url).searchParams,
    isLocale(access.user.language) ? access.user.language : 'en',
  )
  if ('problem' in asked) return new Response(asked.problem, { status: 400 })
  const pdf = await buildAnnualReport(await cms(), { ...asked, embassy: access.embassy.id })
  return pdfResponse(pdf, `our-year-${asked.year}-${asked.locale}`)
}

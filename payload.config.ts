import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { buildConfig, type Migration } from 'payload'
import { Embassies } from './collections/Embassies'
import { Events } from './collections/Events'
import { Films } from './collections/Films'
import { Media } from './collections/Media'
import { Reports } from './collections/Reports'
import { Screenings } from './collections/Screenings'
import { Users } from './collections/Users'
import { AuditLog } from './collections/AuditLog'
import { databaseAdapter } from './config/database'
import { emailAdapter } from './config/email'
import { boundedSharp } from './config/boundedSharp'
import { maxQueryCost } from './config/graphqlCost'
import { maxQueryDepth } from './config/graphqlDepth'
import { isMongo, jobsSchedule, payloadSecret, runsJobs, serverURL } from './config/env'
import { imageStorage } from './config/storage'
import { revalidateSiteEndpoint } from './endpoints/revalidateSite'
import { explainFieldErrors } from './hooks/explainFieldErrors'
import { explainPublicErrors } from './hooks/explainPublicErrors'
import { notFoundForMalformedID } from './hooks/notFoundForMalformedID'
import { inUserLanguage } from './hooks/speakUserLanguage'
import { notifyReportStatus } from './jobs/notifyReportStatus'
import { maxUploadBytes } from './hooks/limitUploadSize'
import { defaultLocale, fallbackChain, localeLabels, locales } from './lib/locales'
import { timezones } from './lib/timezones'
import { migrations } from './migrations'
import { refreshScreeningsWithoutVisibility } from './lib/screeningVisibility'
import { adminI18n } from './i18n/admin'

const dirname = path.dirname(fileURLToPath(import.meta.url))

export default buildConfig({
  serverURL,
  secret: payloadSecret(),
  admin: {
    user: Users.slug,
    avatar: 'default',
    importMap: { baseDir: dirname },
    // The ministry's name and mark in the browser tab, not Payload's (app/icon.svg is the site's too).
    meta: {
      titleSuffix: ' · Kazakh Cinema Abroad',
      icons: [{ rel: 'icon', type: 'image/svg+xml', url: '/icon.svg' }],
      openGraph: { siteName: 'Kazakh Cinema Abroad' },
    },
    dateFormat: 'd MMM yyyy, HH:mm',
    timezones: { supportedTimezones: timezones.map((zone) => ({ label: zone, value: zone })) },
    components: {
      providers: ['/components/admin/AdminLanguageSync#AdminLanguageSync'],
      beforeNavLinks: [
        '/components/admin/ReviewQueueLink#ReviewQueueLink',
        '/components/admin/InsightsLink#InsightsLink',
      ],
      beforeDashboard: ['/components/admin/Desk#Desk'],
      graphics: {
        Logo: '/components/admin/MinistryLogo#MinistryLogo',
        Icon: '/components/admin/MinistryIcon#MinistryIcon',
      },
      views: {
        reviewQueue: { Component: '/components/admin/ReviewQueue#ReviewQueue', path: '/review' },
        insights: { Component: '/components/admin/Insights#Insights', path: '/insights' },
      },
    },
  },
  // Validation messages speak the request's language, else the signed-in user's (hooks/speakUserLanguage.ts).
  collections: [Events, Screenings, Reports, Films, Embassies, Media, Users, AuditLog].map(inUserLanguage),
  localization: {
    locales: locales.map((code) => ({
      code,
      label: localeLabels[code],
      fallbackLocale: fallbackChain[code],
    })),
    defaultLocale,
    fallback: true,
  },
  // Payload ships no Kazakh; ours is in i18n/admin.
  i18n: adminI18n,
  editor: lexicalEditor({
    // Images belong in galleries and photo fields, where their public visibility is tracked.
    features: ({ defaultFeatures }) =>
      defaultFeatures.filter((feature) => !['upload', 'relationship'].includes(feature.key)),
  }),
  db: databaseAdapter(),
  sharp: boundedSharp,
  upload: { limits: { fileSize: maxUploadBytes + 1 } },
  // REST and Local API reads populate relationships at most this deep, whatever `depth` asks.
  maxDepth: 4,
  // Relationships make the schema a graph: bound how deep and how costly one query may be.
  // Checks that need no schema (size, tokens, aliases, fragment cycles) run in lib/apiRequestGuard.ts.
  graphQL: {
    maxComplexity: 1000,
    disablePlaygroundInProduction: true,
    validationRules: (args) => [maxQueryDepth(8), maxQueryCost(5000, args.variableValues)],
  },
  cors: [serverURL],
  csrf: [serverURL],
  email: emailAdapter,
  jobs: {
    // Scheduled publishing of events and notification emails run from this queue.
    tasks: [notifyReportStatus],
    autoRun: [{ cron: jobsSchedule, queue: 'default' }],
    // Behind a load balancer one instance runs the queue; the others set JOBS_AUTORUN=false.
    shouldAutoRun: () => runsJobs && process.env.NODE_ENV !== 'test',
  },
  async onInit(payload) {
    // Production migrates through prodMigrations; development and tests use the same migrations.
    if (!isMongo && process.env.NODE_ENV !== 'production' && process.env.PAYLOAD_MIGRATING !== 'true')
      await payload.db.migrate({ migrations: migrations as unknown as Migration[] })
    // MongoDB has no migrations: screenings stored before `eventPublic` existed would be hidden from
    // the public until `npm run screenings:refresh`; the first start does it (the same on each).
    if (isMongo) await refreshScreeningsWithoutVisibility(payload)
  },
  endpoints: [revalidateSiteEndpoint],
  plugins: [imageStorage],
  hooks: { afterError: [explainFieldErrors, explainPublicErrors, notFoundForMalformedID] },
  typescript: { outputFile: path.resolve(dirname, 'payload-types.ts') },
})

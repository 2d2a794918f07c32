import type { Payload } from 'payload'
import { ArchiveRefused, contentBeyondDemo } from './guard'
import { checkOptions, type ArchiveOptions } from './options'
import { planArchive } from './plan'
import { writeArchive, type ArchiveProgress, type ArchiveSummary } from './write'

export { ArchiveRefused } from './guard'
export { defaultOptions, parseOptions, usage, type ArchiveOptions } from './options'
export { planArchive, type ArchivePlan } from './plan'
export type { ArchiveSummary } from './write'

/**
 * `npm run seed:large`: plan the archive from the options, then write it. Refuses a database that
 * holds more than the demo unless `force` says otherwise.
 */
export const seedLarge = async (
  payload: Payload,
  options: ArchiveOptions,
  progress?: ArchiveProgress,
): Promise<ArchiveSummary> => {
  const problems = checkOptions(options)
  if (problems.length) throw new Error(problems.join(' '))
  if (!options.force) {
    const found = await contentBeyondDemo(payload)
    if (found.length) throw new ArchiveRefused(found)
  }
  return writeArchive(payload, planArchive(options), progress)
}

import fs from 'node:fs/promises'
import path from 'node:path'
import { APIError, type CollectionBeforeOperationHook } from 'payload'
import { ruleMessage } from '../i18n/ruleMessage'

/** HTTP 507 Insufficient Storage: the request was fine, the server could not keep what it sent. */
const insufficientStorage = 507

const fullCodes = new Set(['ENOSPC', 'EDQUOT', 'EFBIG'])
const unwritableCodes = new Set(['EROFS', 'EACCES', 'EPERM', 'ENOTDIR', 'EEXIST', 'ENOENT'])

/** The original and each size Payload makes from it are at most this many times its bytes, plus slack. */
const bytesNeeded = (size: number, sizes: number) => size * (1 + sizes) + 64 * 1024

/**
 * Before an upload is stored, the media folder must take it. Payload writes the files before the
 * row, and a write that fails half-way leaves empty or partial files and a vague "problem while
 * uploading" error; checked first, the upload is refused whole with a message that says why.
 */
export const checkMediaStore: CollectionBeforeOperationHook = async ({
  args,
  collection,
  operation,
  req,
}) => {
  if ((operation !== 'create' && operation !== 'update') || !req.file?.data) return args
  const staticDir = collection.upload?.staticDir
  if (!staticDir || collection.upload.disableLocalStorage) return args
  const refuse = (error: unknown): never => {
    const code = (error as NodeJS.ErrnoException).code ?? ''
    if (fullCodes.has(code))
      throw new APIError(ruleMessage(req, 'mediaStoreFull'), insufficientStorage, undefined, true)
    if (unwritableCodes.has(code))
      throw new APIError(ruleMessage(req, 'mediaStoreReadOnly'), insufficientStorage, undefined, true)
    throw error
  }
  const probe = path.join(staticDir, `.write-check-${process.pid}-${Date.now()}`)
  try {
    await fs.mkdir(staticDir, { recursive: true })
    // A file is created and removed for real: read-only mounts, immutable folders and a file in the
    // folder's place all fail here as they would for the upload.
    await fs.writeFile(probe, '', { flag: 'wx' })
    await fs.rm(probe, { force: true })
  } catch (error) {
    refuse(error)
  }
  const { bavail, bsize } = await fs.statfs(staticDir)
  if (bavail * bsize < bytesNeeded(req.file.size, collection.upload.imageSizes?.length ?? 0))
    refuse(Object.assign(new Error('No space left'), { code: 'ENOSPC' }))
  return args
}

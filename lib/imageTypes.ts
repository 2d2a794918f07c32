// The images the CMS accepts: as sharp names their format, their type, and the extension they are stored under.
export const acceptedImages: Record<string, { mimetype: string; extension: string }> = {
  jpeg: { mimetype: 'image/jpeg', extension: 'jpg' },
  png: { mimetype: 'image/png', extension: 'png' },
  webp: { mimetype: 'image/webp', extension: 'webp' },
  heif: { mimetype: 'image/avif', extension: 'avif' },
}

export const acceptedImageTypes = Object.values(acceptedImages).map(({ mimetype }) => mimetype)

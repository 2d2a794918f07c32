import type { CollectionConfig } from 'payload'
import { refuseDeleteWhileUsed } from '../hooks/refuseDeleteWhileUsed'
import { canReadMedia, canUpdateMedia, canUploadMedia } from '../access/media'
import { isMinistryStaff } from '../access/isMinistryStaff'
import { nobody } from '../access/nobody'
import { localizedRequiredText } from '../fields/localizedRequiredText'
import { checkMediaStore } from '../hooks/checkMediaStore'
import { cleanUpload } from '../hooks/cleanUpload'
import { forceOwnEmbassy } from '../hooks/forceOwnEmbassy'
import { keepServerTimestamps } from '../hooks/keepServerTimestamps'
import { limitImagePixels } from '../hooks/limitImagePixels'
import { limitUploadSize } from '../hooks/limitUploadSize'
import { auditChange, auditDelete } from '../hooks/auditChange'
import { mediaDir } from '../config/env'
import { acceptedImageTypes } from '../lib/imageTypes'

export const Media: CollectionConfig = {
  slug: 'media',
  labels: {
    singular: { en: 'Image', ru: 'Изображение', kk: 'Сурет' },
    plural: { en: 'Images', ru: 'Изображения', kk: 'Суреттер' },
  },
  access: { read: canReadMedia, create: canUploadMedia, update: canUpdateMedia, delete: isMinistryStaff },
  admin: {
    useAsTitle: 'alt',
    defaultColumns: ['filename', 'alt', 'credit', 'inPublicUse'],
    group: { en: 'Content', ru: 'Контент', kk: 'Мазмұн' },
  },
  upload: {
    staticDir: mediaDir,
    mimeTypes: acceptedImageTypes,
    adminThumbnail: 'card',
    // No fetching of images by URL on the server's behalf: uploads come from the uploader's device.
    pasteURL: false,
    focalPoint: true,
    // Sizes the public pages ask for: a card in a list, a full-width hero, a social preview.
    imageSizes: [
      { name: 'card', width: 640, height: 400, position: 'centre' },
      { name: 'hero', width: 1600, height: 900, position: 'centre' },
      { name: 'social', width: 1200, height: 630, position: 'centre' },
    ],
  },
  fields: [
    localizedRequiredText(
      'media',
      'alt',
      { en: 'Alternative text', ru: 'Альтернативный текст', kk: 'Балама мәтін' },
      {
        admin: {
          description: {
            en: 'What the image shows, for readers who cannot see it. Write it in each language.',
            ru: 'Что изображено — для читателей, которые не видят изображение. Напишите на каждом языке.',
            kk: 'Суретте не бейнеленгені — оны көре алмайтын оқырмандар үшін. Әр тілде жазыңыз.',
          },
        },
      },
    ),
    {
      name: 'credit',
      type: 'text',
      label: { en: 'Credit', ru: 'Автор / источник', kk: 'Авторы / дереккөзі' },
    },
    {
      name: 'embassy',
      label: { en: 'Embassy', ru: 'Посольство', kk: 'Елшілік' },
      type: 'relationship',
      relationTo: 'embassies',
      admin: {
        readOnly: true,
        position: 'sidebar',
        description: {
          en: 'The embassy that uploaded this image.',
          ru: 'Посольство, загрузившее это изображение.',
          kk: 'Бұл суретті жүктеген елшілік.',
        },
      },
    },
    {
      name: 'inPublicUse',
      type: 'checkbox',
      defaultValue: false,
      access: { create: nobody, update: nobody },
      label: { en: 'Used on a public page', ru: 'Используется на сайте', kk: 'Сайтта қолданылады' },
      admin: {
        readOnly: true,
        position: 'sidebar',
        description: {
          en: 'Set by the system: images are public only while a published page uses them.',
          ru: 'Задаётся системой: изображения открыты, только пока их использует опубликованная страница.',
          kk: 'Жүйе белгілейді: суреттер оларды жарияланған бет пайдаланып тұрғанда ғана ашық.',
        },
      },
    },
  ],
  hooks: {
    beforeOperation: [limitUploadSize, limitImagePixels, cleanUpload, checkMediaStore],
    beforeValidate: [forceOwnEmbassy],
    beforeChange: [keepServerTimestamps],
    afterChange: [auditChange],
    // Not while a film, an event (its newest draft too) or a report shows it.
    beforeDelete: [
      refuseDeleteWhileUsed([
        { collection: 'films', field: 'poster' },
        { collection: 'films', field: 'stills' },
        { collection: 'events', field: 'heroImage', draftsToo: true },
        { collection: 'events', field: 'gallery', draftsToo: true },
        { collection: 'reports', field: 'photos' },
      ]),
    ],
    afterDelete: [auditDelete],
  },
}

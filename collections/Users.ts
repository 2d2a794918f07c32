import type { CollectionConfig } from 'payload'
import { isAdmin, isAdminField } from '../access/isAdmin'
import { canReadUsers, canUpdateUser } from '../access/users'
import { embassyOfStaff } from '../fields/embassyOfStaff'
import { isMinistry, roles } from '../access/roles'
import {
  adminLanguageOnOwnChange,
  adminLanguageOnSignIn,
  forgetAdminLanguageOnSignOut,
} from '../hooks/adminLanguageFromUser'
import { closeSessionsOfDisabledAccount } from '../hooks/closeSessionsOfDisabledAccount'
import { firstUserIsAdmin } from '../hooks/firstUserIsAdmin'
import { recordSignIn } from '../hooks/recordSignIn'
import { recordSignOut } from '../hooks/recordSignOut'
import { refuseDisabledAccount } from '../hooks/refuseDisabledAccount'
import { throttleSignIn } from '../hooks/throttleSignIn'
import { trustDevice } from '../hooks/trustDevice'
import { secureCookies, serverURL } from '../config/env'
import { localeLabels, locales } from '../lib/locales'
import { passwordResetLink, passwordResetMail } from '../lib/passwordReset'
import { auditChange, auditDelete } from '../hooks/auditChange'

export const Users: CollectionConfig = {
  slug: 'users',
  labels: {
    singular: { en: 'User', ru: 'Пользователь', kk: 'Пайдаланушы' },
    plural: { en: 'Users', ru: 'Пользователи', kk: 'Пайдаланушылар' },
  },
  access: {
    // The admin is for ministry staff; embassy staff work in the portal.
    admin: ({ req: { user } }) => isMinistry(user),
    read: canReadUsers,
    create: isAdmin,
    update: canUpdateUser,
    delete: isAdmin,
    unlock: isAdmin,
  },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'email', 'role', 'embassy'],
    group: { en: 'Administration', ru: 'Администрирование', kk: 'Әкімшілік' },
    hidden: ({ user }) => !user || user.role === 'embassy',
  },
  auth: {
    // No lock for everyone after N failures: a stranger could keep the owner out with it.
    // hooks/throttleSignIn slows guessing instead, sparing browsers the account signed in from.
    maxLoginAttempts: 0,
    tokenExpiration: 8 * 60 * 60,
    forgotPassword: {
      expiration: 60 * 60 * 1000,
      // One reset mail a minute per account: a stranger who knows the address cannot flood it.
      minRequestInterval: 60_000,
      generateEmailSubject: (args) => passwordResetMail(args?.user?.language, '').subject,
      generateEmailHTML: (args) =>
        passwordResetMail(
          args?.user?.language,
          passwordResetLink(serverURL, args?.user?.role, args?.token ?? ''),
        ).html,
    },
    cookies: { sameSite: 'Lax', secure: secureCookies },
  },
  fields: [
    { name: 'name', type: 'text', required: true, label: { en: 'Name', ru: 'Имя', kk: 'Аты-жөні' } },
    {
      name: 'role',
      type: 'select',
      required: true,
      label: { en: 'Role', ru: 'Роль', kk: 'Рөлі' },
      options: roles.map((role) => ({
        value: role,
        label: {
          admin: { en: 'Admin', ru: 'Администратор', kk: 'Әкімші' },
          editor: { en: 'Editor', ru: 'Редактор', kk: 'Редактор' },
          embassy: { en: 'Embassy staff', ru: 'Сотрудник посольства', kk: 'Елшілік қызметкері' },
        }[role],
      })),
      access: { create: isAdminField, update: isAdminField },
      admin: { position: 'sidebar' },
      saveToJWT: true,
    },
    {
      name: 'embassy',
      type: 'relationship',
      relationTo: 'embassies',
      label: { en: 'Embassy', ru: 'Посольство', kk: 'Елшілік' },
      access: { create: isAdminField, update: isAdminField },
      admin: { position: 'sidebar', condition: (_, sibling) => sibling?.role === 'embassy' },
      saveToJWT: true,
      validate: embassyOfStaff,
    },
    {
      name: 'language',
      type: 'select',
      defaultValue: 'ru',
      label: { en: 'Working language', ru: 'Рабочий язык', kk: 'Жұмыс тілі' },
      options: locales.map((code) => ({ value: code, label: localeLabels[code] })),
      admin: {
        position: 'sidebar',
        description: {
          en: 'The portal, its report form and notification emails use this language.',
          ru: 'На этом языке работают портал, форма отчёта и письма-уведомления.',
          kk: 'Портал, есеп формасы және хабарлама хаттары осы тілде болады.',
        },
      },
    },
    {
      name: 'disabled',
      type: 'checkbox',
      defaultValue: false,
      label: { en: 'Account disabled', ru: 'Учётная запись отключена', kk: 'Тіркелгі өшірілген' },
      access: { create: isAdminField, update: isAdminField },
      admin: {
        position: 'sidebar',
        description: {
          en: 'A disabled account is signed out everywhere and cannot sign in.',
          ru: 'Отключённая учётная запись выходит из системы везде и не может войти.',
          kk: 'Өшірілген тіркелгі барлық жерден шығарылады және кіре алмайды.',
        },
      },
    },
  ],
  hooks: {
    beforeOperation: [throttleSignIn],
    beforeChange: [firstUserIsAdmin, closeSessionsOfDisabledAccount],
    beforeLogin: [refuseDisabledAccount],
    afterLogin: [recordSignIn, trustDevice, adminLanguageOnSignIn],
    afterLogout: [recordSignOut, forgetAdminLanguageOnSignOut],
    afterChange: [auditChange, adminLanguageOnOwnChange],
    afterDelete: [auditDelete],
  },
}

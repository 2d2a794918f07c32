import { PublicPageLink as PublicPageLink_f55e7eb80d0f9600277fbfdd398d56f0 } from '../../../components/admin/PublicPageLink'
import { RscEntryLexicalCell as RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { RscEntryLexicalField as RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { LexicalDiffComponent as LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { InlineToolbarFeatureClient as InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HorizontalRuleFeatureClient as HorizontalRuleFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BlockquoteFeatureClient as BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { LinkFeatureClient as LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ChecklistFeatureClient as ChecklistFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { OrderedListFeatureClient as OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnorderedListFeatureClient as UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { IndentFeatureClient as IndentFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { AlignFeatureClient as AlignFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HeadingFeatureClient as HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ParagraphFeatureClient as ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { InlineCodeFeatureClient as InlineCodeFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { SuperscriptFeatureClient as SuperscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { SubscriptFeatureClient as SubscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { StrikethroughFeatureClient as StrikethroughFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnderlineFeatureClient as UnderlineFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BoldFeatureClient as BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ItalicFeatureClient as ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { FilmLicenceNote as FilmLicenceNote_9474447202823703ce29412294fb58c5 } from '../../../components/admin/FilmLicenceNote'
import { ChosenEvent as ChosenEvent_4eb779d150abcf01b3afcc4a129af149 } from '../../../components/admin/ChosenEvent'
import { VenueTimeField as VenueTimeField_c178cf7c7ab478e33f1366308554d759 } from '../../../components/admin/VenueTimeField'
import { VenueFromEvent as VenueFromEvent_ae608530f5b311c6beba063690b80e53 } from '../../../components/admin/VenueFromEvent'
import { ReportActions as ReportActions_e90c29d9cf14fff8393641065aede6d2 } from '../../../components/admin/ReportActions'
import { NamesCell as NamesCell_c735c402c12a3f2c0e9acf71b2ddf44e } from '../../../components/admin/NamesCell'
import { LicenceCoverageCell as LicenceCoverageCell_5171505d17a31e0f54460930ef6b0216 } from '../../../components/admin/LicenceCoverageCell'
import { MinistryIcon as MinistryIcon_6d20748f71297e4636b2d5364932db35 } from '../../../components/admin/MinistryIcon'
import { MinistryLogo as MinistryLogo_7b426bf9045ec7f6cc37fa1a52c41e99 } from '../../../components/admin/MinistryLogo'
import { Desk as Desk_4bb3b32775f32dcbc2b46f2490828f75 } from '../../../components/admin/Desk'
import { ReviewQueueLink as ReviewQueueLink_51923c153b6f4d8c2b78355e9c685bad } from '../../../components/admin/ReviewQueueLink'
import { InsightsLink as InsightsLink_c85ff28e21f6dfeb22102f705d3b0bad } from '../../../components/admin/InsightsLink'
import { AdminLanguageSync as AdminLanguageSync_cb6e46d2809a77bbe53e8d66e41af9ee } from '../../../components/admin/AdminLanguageSync'
import { S3ClientUploadHandler as S3ClientUploadHandler_f97aa6c64367fa259c5bc0567239ef24 } from '@payloadcms/storage-s3/client'
import { ReviewQueue as ReviewQueue_db54637123a947115f2a8ff6a7a45275 } from '../../../components/admin/ReviewQueue'
import { Insights as Insights_d328d6d62be5a3b94fe354d7c87e1932 } from '../../../components/admin/Insights'
import { CollectionCards as CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1 } from '@payloadcms/next/rsc'

/** @type import('payload').ImportMap */
export const importMap = {
  "/components/admin/PublicPageLink#PublicPageLink": PublicPageLink_f55e7eb80d0f9600277fbfdd398d56f0,
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalCell": RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalField": RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#LexicalDiffComponent": LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/client#InlineToolbarFeatureClient": InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#HorizontalRuleFeatureClient": HorizontalRuleFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BlockquoteFeatureClient": BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#LinkFeatureClient": LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ChecklistFeatureClient": ChecklistFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#OrderedListFeatureClient": OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnorderedListFeatureClient": UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#IndentFeatureClient": IndentFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#AlignFeatureClient": AlignFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#HeadingFeatureClient": HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ParagraphFeatureClient": ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#InlineCodeFeatureClient": InlineCodeFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#SuperscriptFeatureClient": SuperscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#SubscriptFeatureClient": SubscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#StrikethroughFeatureClient": StrikethroughFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnderlineFeatureClient": UnderlineFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BoldFeatureClient": BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ItalicFeatureClient": ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "/components/admin/FilmLicenceNote#FilmLicenceNote": FilmLicenceNote_9474447202823703ce29412294fb58c5,
  "/components/admin/ChosenEvent#ChosenEvent": ChosenEvent_4eb779d150abcf01b3afcc4a129af149,
  "/components/admin/VenueTimeField#VenueTimeField": VenueTimeField_c178cf7c7ab478e33f1366308554d759,
  "/components/admin/VenueFromEvent#VenueFromEvent": VenueFromEvent_ae608530f5b311c6beba063690b80e53,
  "/components/admin/ReportActions#ReportActions": ReportActions_e90c29d9cf14fff8393641065aede6d2,
  "/components/admin/NamesCell#NamesCell": NamesCell_c735c402c12a3f2c0e9acf71b2ddf44e,
  "/components/admin/LicenceCoverageCell#LicenceCoverageCell": LicenceCoverageCell_5171505d17a31e0f54460930ef6b0216,
  "/components/admin/MinistryIcon#MinistryIcon": MinistryIcon_6d20748f71297e4636b2d5364932db35,
  "/components/admin/MinistryLogo#MinistryLogo": MinistryLogo_7b426bf9045ec7f6cc37fa1a52c41e99,
  "/components/admin/Desk#Desk": Desk_4bb3b32775f32dcbc2b46f2490828f75,
  "/components/admin/ReviewQueueLink#ReviewQueueLink": ReviewQueueLink_51923c153b6f4d8c2b78355e9c685bad,
  "/components/admin/InsightsLink#InsightsLink": InsightsLink_c85ff28e21f6dfeb22102f705d3b0bad,
  "/components/admin/AdminLanguageSync#AdminLanguageSync": AdminLanguageSync_cb6e46d2809a77bbe53e8d66e41af9ee,
  "@payloadcms/storage-s3/client#S3ClientUploadHandler": S3ClientUploadHandler_f97aa6c64367fa259c5bc0567239ef24,
  "/components/admin/ReviewQueue#ReviewQueue": ReviewQueue_db54637123a947115f2a8ff6a7a45275,
  "/components/admin/Insights#Insights": Insights_d328d6d62be5a3b94fe354d7c87e1932,
  "@payloadcms/next/rsc#CollectionCards": CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1
}

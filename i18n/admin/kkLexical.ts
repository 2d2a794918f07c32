/**
 * The rich-text editor's own strings in Kazakh. Each lexical feature ships its words per language
 * and lexicalEditor() merges them into `i18n.translations` under `lexical.<feature key>`; Kazakh is
 * not among them, and a missing key shows as its raw name ("lexical:paragraph:label"), so every
 * feature is covered here, those switched off in payload.config.ts too.
 */
export const kkLexical = {
  general: {
    placeholder: 'Теріңіз немесе командалар үшін «/» пернесін басыңыз...',
    slashMenuBasicGroupLabel: 'Негізгі',
    slashMenuListGroupLabel: 'Тізімдер',
    toolbarItemsActive: '{{count}} белсенді',
  },
  align: {
    alignCenterLabel: 'Ортаға туралау',
    alignJustifyLabel: 'Ені бойынша туралау',
    alignLeftLabel: 'Сол жаққа туралау',
    alignRightLabel: 'Оң жаққа туралау',
  },
  blockquote: { label: 'Дәйексөз' },
  blocks: {
    inlineBlocks: {
      create: '{{label}} жасау',
      edit: '{{label}} өңдеу',
      label: 'Жол ішіндегі блоктар',
      remove: '{{label}} алып тастау',
    },
    label: 'Блоктар',
  },
  checklist: { label: 'Тексеру тізімі' },
  heading: { label: '{{headingLevel}}-деңгейлі тақырып' },
  horizontalRule: { label: 'Көлденең сызық' },
  indent: {
    decreaseLabel: 'Шегіністі азайту',
    increaseLabel: 'Шегіністі арттыру',
  },
  link: {
    label: 'Сілтеме',
    loadingWithEllipsis: 'Жүктелуде...',
  },
  orderedList: { label: 'Нөмірленген тізім' },
  paragraph: {
    label: 'Абзац',
    label2: 'Қарапайым мәтін',
  },
  relationship: { label: 'Байланыс' },
  textState: { defaultStyle: 'Әдепкі стиль' },
  unorderedList: { label: 'Таңбаланған тізім' },
  upload: { label: 'Файл' },
}

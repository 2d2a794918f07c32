/**
 * Our own admin components' words (the review queue), in every admin language. They sit under
 * `fdc:` in Payload's `i18n.translations`, so they never meet Payload's keys; `t('fdc:reviewQueue')`.
 */
const en = {
  reviewQueue: 'Review queue',
  reviewQueueOnlyMinistry: 'Only ministry staff review reports.',
  reviewQueueHowTo:
    'Open a report, read it in the language it was written in, then set its status in the sidebar: request changes (with a comment saying what to change), approve, and publish. Each step is recorded in the report’s history and the embassy or the editors are emailed.',
  reviewQueueSubmitted: '{{status}}: waiting for review, oldest first',
  reviewQueueApproved: '{{status}}: ready to publish',
  reviewQueueChangesRequested: '{{status}}: with the embassy',
  reviewQueueNoneSubmitted: 'No report is waiting for review.',
  reviewQueueNoneApproved: 'No approved report is waiting to be published.',
  reviewQueueNoneChangesRequested: 'No report is back with an embassy.',
  columnReport: 'Report',
  columnEmbassy: 'Embassy',
  columnEvent: 'Event',
  columnSince: 'Since',
  columnWrittenIn: 'Written in',
  columnLastComment: 'Last comment',
  daysWaiting: '{{count}} d',
}
export type OwnWords = typeof en
export type OwnKey = `fdc:${keyof OwnWords}`

const ru: OwnWords = {
  reviewQueue: 'Очередь на проверку',
  reviewQueueOnlyMinistry: 'Отчёты проверяют только сотрудники министерства.',
  reviewQueueHowTo:
    'Откройте отчёт, прочитайте его на языке, на котором он написан, и задайте статус на боковой панели: верните на доработку (с комментарием, что исправить), одобрите и опубликуйте. Каждый шаг записывается в историю отчёта, а посольству или редакторам уходит письмо.',
  reviewQueueSubmitted: '{{status}}: ждут проверки, сначала самые давние',
  reviewQueueApproved: '{{status}}: готовы к публикации',
  reviewQueueChangesRequested: '{{status}}: у посольства',
  reviewQueueNoneSubmitted: 'Нет отчётов, ожидающих проверки.',
  reviewQueueNoneApproved: 'Нет одобренных отчётов, ожидающих публикации.',
  reviewQueueNoneChangesRequested: 'Нет отчётов, возвращённых посольствам.',
  columnReport: 'Отчёт',
  columnEmbassy: 'Посольство',
  columnEvent: 'Мероприятие',
  columnSince: 'С',
  columnWrittenIn: 'Язык отчёта',
  columnLastComment: 'Последний комментарий',
  daysWaiting: '{{count}} дн.',
}

const kk: OwnWords = {
  reviewQueue: 'Тексеру кезегі',
  reviewQueueOnlyMinistry: 'Есептерді тек министрлік қызметкерлері тексереді.',
  reviewQueueHowTo:
    'Есепті ашып, ол жазылған тілде оқыңыз да, бүйірлік панельде оның күйін белгілеңіз: пысықтауға қайтарыңыз (не түзету керегін түсініктемеде жазыңыз), мақұлдаңыз және жариялаңыз. Әр қадам есеп тарихына жазылады, елшілікке немесе редакторларға хат жіберіледі.',
  reviewQueueSubmitted: '{{status}}: тексеруді күтуде, ең ескілері басында',
  reviewQueueApproved: '{{status}}: жариялауға дайын',
  reviewQueueChangesRequested: '{{status}}: елшілікте',
  reviewQueueNoneSubmitted: 'Тексеруді күтіп тұрған есеп жоқ.',
  reviewQueueNoneApproved: 'Жариялауды күтіп тұрған мақұлданған есеп жоқ.',
  reviewQueueNoneChangesRequested: 'Елшілікке қайтарылған есеп жоқ.',
  columnReport: 'Есеп',
  columnEmbassy: 'Елшілік',
  columnEvent: 'Іс-шара',
  columnSince: 'Қашаннан бері',
  columnWrittenIn: 'Есеп тілі',
  columnLastComment: 'Соңғы түсініктеме',
  daysWaiting: '{{count}} күн',
}

export const ownWords = { en, ru, kk }

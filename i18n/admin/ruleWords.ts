/**
 * The messages of our own validation rules, in every admin language. They sit under `ministry:` in
 * Payload's `i18n.translations` and are produced through `req.t` (i18n/ruleMessage.ts), so the
 * admin shows them in the admin language, REST and GraphQL in the request's, the portal in the
 * form's. `{{field}}` is the field's label in that language; `{{...}}` are Payload's placeholders.
 */
const en = {
  stillInUse:
    'This cannot be deleted for good while other records point to it ({{uses}}). Remove it from them or delete them first.',
  inTheTrash: '{{count}} in the trash',
  earlierVersionsOf: 'earlier versions of {{what}}',
  dateOutOfRange: 'Give a date between 1895 and 2099.',
  wholeNumberFrom: '{{field}} must be a whole number, {{min}} or more.',
  wholeNumberBetween: '{{field}} must be a whole number from {{min}} to {{max}}.',
  numberBetween: '{{field}} must be a number between {{min}} and {{max}}.',
  requiredBeforeSending: '{{field}} is required before the report is sent to the ministry.',
  requiredInOneLanguage: '{{field}} is required in at least one language.',
  slugMissing:
    'A slug is needed for the page address. Fill in the title (English or Russian) or type a slug.',
  slugInvalid: '“{{slug}}” is not a valid slug: use lowercase Latin letters, digits and single hyphens.',
  slugTaken: 'The slug “{{slug}}” is already used by another document. Choose a different one.',
  notTimezone: '“{{value}}” is not an IANA time zone (for example Europe/Brussels or America/New_York).',
  notWebAddress: '“{{value}}” is not a web address: it must start with https:// or http://.',
  countryRequired: '{{field}} is required: choose a country.',
  notCountryCode:
    '“{{value}}” is not an ISO 3166-1 alpha-2 country code (two capital letters, e.g. BE, US, FR).',
  notCountryCodeOrWorldwide:
    '“{{value}}” is not an ISO 3166-1 alpha-2 country code (two capital letters, e.g. BE, US, FR) or “worldwide”.',
  chooseVisibleEvent: 'Choose an event you can see.',
  chooseCatalogueFilm: 'Choose a film from the catalogue.',
  chooseCatalogueFilms: 'Choose films from the catalogue.',
  chooseOwnEvent: 'Choose one of your embassy’s events.',
  chooseEventScreening: 'Choose a screening of the report’s event.',
  chooseUsableImages: 'Choose images from the library that you may use: your own uploads or public images.',
  chooseOwnPhotos:
    'Attach your embassy’s own photos or images already public; this image is not one of them.',
  attendanceBeforeHeld: '{{field}} can only be recorded once the screening has been held.',
  embassyAccountNeedsEmbassy: 'An embassy staff account must be linked to its embassy.',
  eventEndsBeforeStart:
    'The event ends on {{end}}, before it starts on {{start}}. The end date must be on or after the start date.',
  screeningsOutsideDates:
    '{{count}} screening(s) of this event would fall outside {{start}} – {{end}}. Move or cancel them first.',
  screeningOutsideEvent:
    'This screening is on {{day}} ({{zone}}), outside its event “{{event}}”, which runs from {{start}} to {{end}}.',
  noLicence:
    '“{{film}}” has no screening licence for {{country}} on {{date}}. Add a licence to the film or choose another film.',
  noLicenceForFormat:
    '“{{film}}” has no screening licence for {{country}} on {{date}} in the {{format}} format. The licences there cover: {{formats}}.',
  noLicenceForTickets:
    '“{{film}}” has no screening licence for {{country}} on {{date}} for a ticketed screening: the licence there is for non-commercial screenings only. Make admission free or by invitation.',
  otherEmbassysEvent:
    'This event is organised by another embassy, or by none: a report can only cover an event its own embassy organises.',
  screeningNotOfEvent:
    'This screening is not part of the report’s event. Choose screenings of that event only.',
  screeningNotYetHeld: '“{{screening}}” has not taken place yet, so it has no attendance to report.',
  screeningCancelled: '“{{screening}}” was cancelled; it cannot have had an audience.',
  screeningListedTwice: 'A screening is listed twice. List each screening once.',
  audienceOverScreenings:
    'The audience breakdown adds up to {{sum}}, more than the {{counted}} people the screenings counted.',
  audienceOverTotal:
    'The audience breakdown adds up to {{sum}}, more than the total attendance of {{total}}.',
  alreadyReported:
    'This embassy already has a report on this event: “{{title}}” ({{link}}). Open it and continue there instead of starting a second one.',
  attendanceDisagrees:
    'Report “{{title}}” ({{link}}) already recorded {{given}} for this screening; correct one of the two reports so they agree.',
  reportStartsAsDraft:
    'A new report starts as a draft or is submitted straight away; only the ministry approves or publishes.',
  reportMoveNotAllowed: 'A report that is {{from}} cannot become {{to}}.',
  reportMoveOnlyMinistry: 'Only the ministry can request changes, approve or publish a report.',
  reportMoveNeedsComment: 'Say what needs to change: a comment is required when requesting changes.',
  reportMoveNeedsSecondEditor:
    'A report the ministry writes is approved by a second editor: you sent this one for review, so another editor must approve it.',
  reportNeedsEmbassy: 'Choose the embassy that reports, or say that the ministry or a delegation reports.',
  reportNeedsDelegation: 'Name the delegation that reports, in at least one language.',
  alreadyReportedByMinistry:
    'The ministry already has a report on this event: “{{title}}” ({{link}}). Open it and continue there instead of starting a second one.',
  imageTooManyPixels:
    'This image is {{width}}×{{height}} pixels; the limit is {{side}} pixels a side and {{megapixels}} megapixels. Export it smaller (2000 px wide is plenty) and upload again.',
  fileTooLarge:
    'This image is {{size}} MB; the limit is {{limit}} MB. Export it smaller (2000 px wide is plenty) and upload again.',
  notAnImage:
    'This file is not a JPEG, PNG, WebP or AVIF image. Export the photo in one of those formats and upload it again.',
  mediaStoreFull:
    'The media store is full: nothing was saved. Ask the site administrator to free space, then upload again.',
  mediaStoreReadOnly:
    'The media store cannot be written to (it is read-only or missing): nothing was saved. Ask the site administrator, then upload again.',
  accountDisabled: 'This account has been disabled. Ask the ministry’s administrator to enable it again.',
  photoTooLarge:
    'This photo is larger than {{limit}}. Export it smaller (2000 px wide is plenty) and upload again.',
  photoAsForm: 'Send the photo as a form upload.',
  choosePhoto: 'Choose a photo to upload.',
  // Beside a screening's start in the admin (components/admin/VenueTimeField.tsx).
  venueTimeNeedsEvent: 'Choose the event first: the time is read on its venue’s clock.',
  venueTimeAt: 'At the venue: {{time}} {{zone}}.',
  venueTimeHowTo: 'Type the time as the venue’s clock shows it ({{zone}}).',
}
export type RuleWords = typeof en
export type RuleKey = keyof RuleWords

const ru: RuleWords = {
  stillInUse:
    'Нельзя удалить окончательно, пока на это ссылаются другие записи ({{uses}}). Сначала уберите ссылки или удалите эти записи.',
  inTheTrash: 'в корзине: {{count}}',
  earlierVersionsOf: 'прежние версии: {{what}}',
  dateOutOfRange: 'Укажите дату между 1895 и 2099 годом.',
  wholeNumberFrom: '«{{field}}»: укажите целое число, не меньше {{min}}.',
  wholeNumberBetween: '«{{field}}»: укажите целое число от {{min}} до {{max}}.',
  numberBetween: '«{{field}}»: укажите число от {{min}} до {{max}}.',
  requiredBeforeSending: '«{{field}}»: поле нужно заполнить до отправки отчёта в министерство.',
  requiredInOneLanguage: '«{{field}}»: заполните поле хотя бы на одном языке.',
  slugMissing:
    'Для адреса страницы нужен слаг. Заполните название (на английском или русском) или введите слаг.',
  slugInvalid:
    '«{{slug}}» не подходит как слаг: используйте строчные латинские буквы, цифры и одиночные дефисы.',
  slugTaken: 'Слаг «{{slug}}» уже занят другим документом. Выберите другой.',
  notTimezone: '«{{value}}» не часовой пояс IANA (например, Europe/Brussels или America/New_York).',
  notWebAddress: '«{{value}}» не веб-адрес: он должен начинаться с https:// или http://.',
  countryRequired: '«{{field}}»: выберите страну.',
  notCountryCode: '«{{value}}» не код страны ISO 3166-1 alpha-2 (две заглавные буквы, например BE, US, FR).',
  notCountryCodeOrWorldwide:
    '«{{value}}» не код страны ISO 3166-1 alpha-2 (две заглавные буквы, например BE, US, FR) и не «worldwide».',
  chooseVisibleEvent: 'Выберите мероприятие, которое вам доступно.',
  chooseCatalogueFilm: 'Выберите фильм из каталога.',
  chooseCatalogueFilms: 'Выберите фильмы из каталога.',
  chooseOwnEvent: 'Выберите одно из мероприятий вашего посольства.',
  chooseEventScreening: 'Выберите показ мероприятия, о котором этот отчёт.',
  chooseUsableImages:
    'Выберите изображения из библиотеки, которые вам можно использовать: ваши загрузки или общедоступные изображения.',
  chooseOwnPhotos:
    'Прикрепите фотографии вашего посольства или уже опубликованные изображения; это изображение к ним не относится.',
  attendanceBeforeHeld: '«{{field}}» можно указать только после того, как показ состоялся.',
  embassyAccountNeedsEmbassy: 'Учётная запись сотрудника посольства должна быть привязана к его посольству.',
  eventEndsBeforeStart:
    'Мероприятие заканчивается {{end}}, раньше, чем начинается ({{start}}). Дата окончания должна быть не раньше даты начала.',
  screeningsOutsideDates:
    'Показы этого мероприятия ({{count}}) окажутся вне дат {{start}} – {{end}}. Сначала перенесите или отмените их.',
  screeningOutsideEvent:
    'Этот показ проходит {{day}} ({{zone}}), вне своего мероприятия «{{event}}», которое идёт с {{start}} по {{end}}.',
  noLicence:
    'У фильма «{{film}}» нет лицензии на показ {{date}} на территории: {{country}}. Добавьте фильму лицензию или выберите другой фильм.',
  noLicenceForFormat:
    'У фильма «{{film}}» нет лицензии на показ {{date}} в формате {{format}} на территории: {{country}}. Лицензии там покрывают форматы: {{formats}}.',
  noLicenceForTickets:
    'У фильма «{{film}}» нет лицензии на платный показ {{date}} на территории: {{country}}; лицензия там только на некоммерческие показы. Сделайте вход свободным или по приглашениям.',
  otherEmbassysEvent:
    'Это мероприятие организует другое посольство или никакое: отчёт может быть только о мероприятии своего посольства.',
  screeningNotOfEvent:
    'Этот показ не относится к мероприятию отчёта. Выберите только показы этого мероприятия.',
  screeningNotYetHeld: 'Показ «{{screening}}» ещё не состоялся, у него нет числа зрителей.',
  screeningCancelled: 'Показ «{{screening}}» отменён; у него не могло быть зрителей.',
  screeningListedTwice: 'Показ указан дважды. Укажите каждый показ один раз.',
  audienceOverScreenings:
    'Группы аудитории в сумме дают {{sum}}, больше, чем насчитали показы ({{counted}}).',
  audienceOverTotal: 'Группы аудитории в сумме дают {{sum}}, больше общего числа зрителей ({{total}}).',
  alreadyReported:
    'У этого посольства уже есть отчёт об этом мероприятии: «{{title}}» ({{link}}). Откройте его и продолжайте там, не начиная второй.',
  attendanceDisagrees:
    'Отчёт «{{title}}» ({{link}}) уже указал для этого показа {{given}} зрителей; исправьте один из двух отчётов, чтобы они совпадали.',
  reportStartsAsDraft:
    'Новый отчёт начинается как черновик или сразу отправляется в министерство; одобряет и публикует только министерство.',
  reportMoveNotAllowed: 'Отчёт со статусом «{{from}}» нельзя перевести в статус «{{to}}».',
  reportMoveOnlyMinistry: 'Вернуть на доработку, одобрить или опубликовать отчёт может только министерство.',
  reportMoveNeedsComment: 'Напишите, что нужно исправить: при возврате на доработку комментарий обязателен.',
  reportMoveNeedsSecondEditor:
    'Отчёт, который пишет министерство, одобряет второй редактор: вы отправили этот отчёт на проверку, поэтому одобрить его должен другой редактор.',
  reportNeedsEmbassy:
    'Выберите посольство, которое отчитывается, или укажите, что отчитывается министерство или делегация.',
  reportNeedsDelegation: 'Укажите делегацию, которая отчитывается, хотя бы на одном языке.',
  alreadyReportedByMinistry:
    'У министерства уже есть отчёт об этом мероприятии: «{{title}}» ({{link}}). Откройте его и продолжайте там, не начиная второй.',
  imageTooManyPixels:
    'Это изображение {{width}}×{{height}} пикселей; предел — {{side}} пикселей по стороне и {{megapixels}} мегапикселей. Сохраните его меньшего размера (2000 px в ширину достаточно) и загрузите снова.',
  fileTooLarge:
    'Это изображение весит {{size}} МБ; предел — {{limit}} МБ. Сохраните его меньшего размера (2000 px в ширину достаточно) и загрузите снова.',
  notAnImage:
    'Этот файл не изображение JPEG, PNG, WebP или AVIF. Сохраните фотографию в одном из этих форматов и загрузите снова.',
  mediaStoreFull:
    'Хранилище файлов заполнено: ничего не сохранено. Попросите администратора сайта освободить место и загрузите снова.',
  mediaStoreReadOnly:
    'В хранилище файлов нельзя записать (оно только для чтения или отсутствует): ничего не сохранено. Обратитесь к администратору сайта и загрузите снова.',
  accountDisabled: 'Эта учётная запись отключена. Попросите администратора министерства включить её снова.',
  photoTooLarge:
    'Эта фотография больше {{limit}}. Сохраните её меньшего размера (2000 px в ширину достаточно) и загрузите снова.',
  photoAsForm: 'Отправьте фотографию как загрузку формы.',
  choosePhoto: 'Выберите фотографию для загрузки.',
  venueTimeNeedsEvent: 'Сначала выберите мероприятие: время читается по часам его площадки.',
  venueTimeAt: 'На площадке: {{time}} {{zone}}.',
  venueTimeHowTo: 'Введите время по часам площадки ({{zone}}).',
}

const kk: RuleWords = {
  stillInUse:
    'Басқа жазбалар сілтеп тұрғанда мүлде жоюға болмайды ({{uses}}). Алдымен сілтемелерді алып тастаңыз немесе ол жазбаларды жойыңыз.',
  inTheTrash: 'себетте: {{count}}',
  earlierVersionsOf: 'бұрынғы нұсқалар: {{what}}',
  dateOutOfRange: '1895 және 2099 жылдар аралығындағы күнді көрсетіңіз.',
  wholeNumberFrom: '«{{field}}»: {{min}} немесе одан үлкен бүтін сан көрсетіңіз.',
  wholeNumberBetween: '«{{field}}»: {{min}} мен {{max}} аралығындағы бүтін сан көрсетіңіз.',
  numberBetween: '«{{field}}»: {{min}} мен {{max}} аралығындағы сан көрсетіңіз.',
  requiredBeforeSending: '«{{field}}»: есеп министрлікке жіберілгенге дейін бұл өрісті толтыру керек.',
  requiredInOneLanguage: '«{{field}}»: өрісті кемінде бір тілде толтырыңыз.',
  slugMissing:
    'Бет мекенжайы үшін слаг керек. Атауын (ағылшынша немесе орысша) толтырыңыз не слагты өзіңіз жазыңыз.',
  slugInvalid:
    '«{{slug}}» слаг бола алмайды: кіші латын әріптерін, цифрларды және жалғыз дефистерді пайдаланыңыз.',
  slugTaken: '«{{slug}}» слагы басқа құжатта қолданылған. Басқасын таңдаңыз.',
  notTimezone: '«{{value}}» IANA уақыт белдеуі емес (мысалы, Europe/Brussels немесе America/New_York).',
  notWebAddress: '«{{value}}» веб-мекенжай емес: ол https:// немесе http:// деп басталуы керек.',
  countryRequired: '«{{field}}»: елді таңдаңыз.',
  notCountryCode: '«{{value}}» ISO 3166-1 alpha-2 ел коды емес (екі бас әріп, мысалы BE, US, FR).',
  notCountryCodeOrWorldwide:
    '«{{value}}» ISO 3166-1 alpha-2 ел коды да (екі бас әріп, мысалы BE, US, FR), «worldwide» да емес.',
  chooseVisibleEvent: 'Өзіңізге қолжетімді іс-шараны таңдаңыз.',
  chooseCatalogueFilm: 'Фильмді каталогтан таңдаңыз.',
  chooseCatalogueFilms: 'Фильмдерді каталогтан таңдаңыз.',
  chooseOwnEvent: 'Елшілігіңіздің іс-шараларының бірін таңдаңыз.',
  chooseEventScreening: 'Есеп жазылып отырған іс-шараның көрсетілімін таңдаңыз.',
  chooseUsableImages:
    'Кітапханадан өзіңіз пайдалана алатын суреттерді таңдаңыз: өзіңіз жүктегендерді немесе жалпыға ашық суреттерді.',
  chooseOwnPhotos:
    'Елшілігіңіздің өз фотосуреттерін немесе жарияланып қойған суреттерді тіркеңіз; бұл сурет олардың қатарында емес.',
  attendanceBeforeHeld: '«{{field}}» көрсетілім өткеннен кейін ғана жазылады.',
  embassyAccountNeedsEmbassy: 'Елшілік қызметкерінің тіркелгісі өз елшілігіне байланыстырылуы керек.',
  eventEndsBeforeStart:
    'Іс-шара {{end}} күні аяқталады, ал басталуы {{start}}. Аяқталу күні басталу күнінен ерте болмауы керек.',
  screeningsOutsideDates:
    'Бұл іс-шараның көрсетілімдері ({{count}}) {{start}} – {{end}} күндерінен тыс қалады. Алдымен оларды ауыстырыңыз немесе тоқтатыңыз.',
  screeningOutsideEvent:
    'Бұл көрсетілім {{day}} ({{zone}}) өтеді, бұл оның «{{event}}» іс-шарасынан тыс: іс-шара {{start}} мен {{end}} аралығында өтеді.',
  noLicence:
    '«{{film}}» фильмін {{date}} күні көрсетуге лицензия жоқ (аумақ: {{country}}). Фильмге лицензия қосыңыз немесе басқа фильм таңдаңыз.',
  noLicenceForFormat:
    '«{{film}}» фильмін {{date}} күні {{format}} форматында көрсетуге лицензия жоқ (аумақ: {{country}}). Ондағы лицензиялар мына форматтарды қамтиды: {{formats}}.',
  noLicenceForTickets:
    '«{{film}}» фильмін {{date}} күні ақылы көрсетуге лицензия жоқ (аумақ: {{country}}): ондағы лицензия тек коммерциялық емес көрсетілімдерге арналған. Кіруді тегін немесе шақыру бойынша етіңіз.',
  otherEmbassysEvent:
    'Бұл іс-шараны басқа елшілік ұйымдастырады немесе оны ешбір елшілік ұйымдастырмайды: есеп тек өз елшілігі ұйымдастыратын іс-шара туралы бола алады.',
  screeningNotOfEvent:
    'Бұл көрсетілім есептегі іс-шараға жатпайды. Тек сол іс-шараның көрсетілімдерін таңдаңыз.',
  screeningNotYetHeld: '«{{screening}}» көрсетілімі әлі өткен жоқ, сондықтан оның көрермендер саны жоқ.',
  screeningCancelled: '«{{screening}}» көрсетілімі өткізілмейді; оның көрермені болуы мүмкін емес.',
  screeningListedTwice: 'Бір көрсетілім екі рет көрсетілген. Әр көрсетілімді бір рет қана көрсетіңіз.',
  audienceOverScreenings:
    'Аудитория топтарының жиыны {{sum}}, бұл көрсетілімдерде саналған көрермендерден ({{counted}}) көп.',
  audienceOverTotal: 'Аудитория топтарының жиыны {{sum}}, бұл көрермендердің жалпы санынан ({{total}}) көп.',
  alreadyReported:
    'Бұл елшіліктің осы іс-шара туралы есебі бар: «{{title}}» ({{link}}). Екіншісін бастамай, соны ашып жалғастырыңыз.',
  attendanceDisagrees:
    '«{{title}}» есебі ({{link}}) бұл көрсетілімге {{given}} көрермен деп жазған; екі есептің бірін түзетіп, сәйкестендіріңіз.',
  reportStartsAsDraft:
    'Жаңа есеп жоба ретінде басталады немесе бірден министрлікке жіберіледі; мақұлдау мен жариялау тек министрліктің құзыретінде.',
  reportMoveNotAllowed: '«{{from}}» күйіндегі есепті «{{to}}» күйіне ауыстыруға болмайды.',
  reportMoveOnlyMinistry:
    'Есепті пысықтауға қайтаруды, мақұлдауды немесе жариялауды тек министрлік жасай алады.',
  reportMoveNeedsComment: 'Нені түзету керегін жазыңыз: пысықтауға қайтарғанда түсініктеме міндетті.',
  reportMoveNeedsSecondEditor:
    'Министрлік жазған есепті екінші редактор мақұлдайды: бұл есепті тексеруге сіз жібердіңіз, сондықтан оны басқа редактор мақұлдауы керек.',
  reportNeedsEmbassy:
    'Есеп беретін елшілікті таңдаңыз немесе есепті министрлік не делегация беретінін көрсетіңіз.',
  reportNeedsDelegation: 'Есеп беретін делегацияның атауын кемінде бір тілде жазыңыз.',
  alreadyReportedByMinistry:
    'Министрліктің осы іс-шара туралы есебі бар: «{{title}}» ({{link}}). Екіншісін бастамай, соны ашып жалғастырыңыз.',
  imageTooManyPixels:
    'Бұл сурет {{width}}×{{height}} пиксель; шек бір жағына {{side}} пиксель және {{megapixels}} мегапиксель. Кішірек етіп сақтаңыз (ені 2000 px жеткілікті) да, қайта жүктеңіз.',
  fileTooLarge:
    'Бұл суреттің көлемі {{size}} МБ; шек {{limit}} МБ. Кішірек етіп сақтаңыз (ені 2000 px жеткілікті) да, қайта жүктеңіз.',
  notAnImage:
    'Бұл файл JPEG, PNG, WebP немесе AVIF суреті емес. Фотосуретті осы форматтардың бірінде сақтап, қайта жүктеңіз.',
  mediaStoreFull:
    'Файл қоймасы толы: ештеңе сақталмады. Сайт әкімшісінен орын босатуды сұраңыз да, қайта жүктеңіз.',
  mediaStoreReadOnly:
    'Файл қоймасына жазу мүмкін емес (ол тек оқуға арналған немесе жоқ): ештеңе сақталмады. Сайт әкімшісіне хабарласып, қайта жүктеңіз.',
  accountDisabled: 'Бұл тіркелгі өшірілген. Министрлік әкімшісінен оны қайта қосуды сұраңыз.',
  photoTooLarge:
    'Бұл фотосурет {{limit}} көлемінен үлкен. Кішірек етіп сақтаңыз (ені 2000 px жеткілікті) да, қайта жүктеңіз.',
  photoAsForm: 'Фотосуретті форма арқылы жүктеңіз.',
  choosePhoto: 'Жүктейтін фотосуретті таңдаңыз.',
  venueTimeNeedsEvent: 'Алдымен іс-шараны таңдаңыз: уақыт оның өтетін орнының сағатымен оқылады.',
  venueTimeAt: 'Өтетін жерде: {{time}} {{zone}}.',
  venueTimeHowTo: 'Уақытты өтетін жердің сағаты бойынша енгізіңіз ({{zone}}).',
}

export const ruleWords = { en, ru, kk }

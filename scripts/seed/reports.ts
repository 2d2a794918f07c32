// Demo reports at different points of the workflow. `path` is the status moves after creation:
// the author submits, `reviewer` (the editor unless named) approves and publishes. A report with
// `delegation` instead of `embassy` is the ministry's own, approved by a second ministry user.

export const reports = [
  {
    slug: 'days-of-kazakh-cinema-brussels-2025-report',
    embassy: 'belgium',
    author: 'brussels@example.org',
    event: 'days-of-kazakh-cinema-brussels-2025',
    screenings: 'all',
    path: ['submitted', 'approved', 'published'],
    photoAlt: {
      en: 'The audience in the hall before the screening in Brussels',
      ru: 'Зрители в зале перед показом в Брюсселе',
      kk: 'Брюссельдегі көрсетілім алдында залдағы көрермендер',
    },
    title: {
      en: 'Days of Kazakh Cinema in Brussels: full halls and a meeting with Aliya Anuarbek',
      ru: 'Дни казахского кино в Брюсселе: полные залы и встреча с Алией Ануарбек',
      kk: 'Брюссельдегі қазақ киносы күндері: толы залдар және Әлия Әнуарбекпен кездесу',
    },
    body: {
      en: 'Over two evenings, 330 people saw In the Embrace of Happiness and Myn Bala. Belgian viewers, students from the Kazakh diaspora and members of the film community filled the hall.\n\nThe music of Shamshi Kaldayakov carried the first evening; after the film, Aliya Anuarbek talked with the audience about her roles. The days were part of the Week of Kazakh Culture in Belgium.',
      ru: 'За два вечера 330 зрителей посмотрели «Бақыт құшағында» и «Жаужүрек мың бала». В зале были бельгийские зрители, студенты из казахстанской диаспоры и представители киносообщества.\n\nПервый вечер прошёл под музыку Шамши Калдаякова; после фильма Алия Ануарбек рассказала зрителям о своих ролях. Дни кино прошли в рамках Недели культуры Казахстана в Бельгии.',
      kk: 'Екі кеште 330 көрермен «Бақыт құшағында» және «Жаужүрек мың бала» фильмдерін тамашалады. Залда бельгиялық көрермендер, қазақ диаспорасының студенттері және кино қауымдастығының өкілдері болды.\n\nБірінші кеш Шәмші Қалдаяқовтың әндерімен өтті; фильмнен кейін Әлия Әнуарбек көрермендерге рөлдері туралы айтып берді. Кино күндері Бельгиядағы Қазақстан мәдениеті апталығы аясында өтті.',
    },
    totalAttendance: 330,
    audience: [
      { segment: 'general_public', count: 170 },
      { segment: 'diaspora', count: 60 },
      { segment: 'students', count: 70 },
      { segment: 'industry', count: 20 },
      { segment: 'press', count: 10 },
    ],
    partners: [
      { name: { en: 'Kazakhfilm', ru: 'Казахфильм', kk: 'Қазақфильм' }, role: 'studio' },
      {
        name: {
          en: 'French Association of Kazakh Cinema',
          ru: 'Французская ассоциация казахского кино',
          kk: 'Қазақ киносының Француз қауымдастығы',
        },
        role: 'association',
      },
      {
        name: {
          en: 'Belgian association of independent authors, directors and producers',
          ru: 'Бельгийская ассоциация независимых авторов, режиссёров и продюсеров',
          kk: 'Тәуелсіз авторлар, режиссерлер мен продюсерлердің Бельгия қауымдастығы',
        },
        role: 'partner',
      },
    ],
    guests: [
      {
        name: { en: 'Aliya Anuarbek', ru: 'Алия Ануарбек', kk: 'Әлия Әнуарбек' },
        role: {
          en: 'Lead actress of both films',
          ru: 'Исполнительница главных ролей в обоих фильмах',
          kk: 'Екі фильмнің басты рөл иесі',
        },
      },
    ],
    quotes: [
      {
        person: { en: 'Frank Depaifve', ru: 'Франк Депайфв', kk: 'Франк Депайфв' },
        role: {
          en: 'Secretary General, Belgian association of independent authors, directors and producers',
          ru: 'Генеральный секретарь Бельгийской ассоциации независимых авторов, режиссёров и продюсеров',
          kk: 'Бельгияның тәуелсіз авторлар, режиссерлер және продюсерлер қауымдастығының бас хатшысы',
        },
        text: 'These films reach you through feeling before any subtitle does. We would be glad to show Belgian audiences much more of today’s Kazakh cinema.',
        language: 'en',
      },
    ],
    pressCoverage: [
      {
        outlet: 'Ministry of Foreign Affairs of Kazakhstan',
        country: 'KZ',
        language: 'ru',
        date: '2025-12-18',
        headline: 'Days of Kazakh Cinema held in Brussels',
        link: 'https://example.org/press/brussels-film-days',
      },
    ],
    outcomes: [
      {
        kind: 'invitation',
        description: {
          en: 'The Belgian association of independent filmmakers asked to present more contemporary Kazakh films.',
          ru: 'Бельгийская ассоциация независимых кинематографистов предложила показать больше современных казахстанских фильмов.',
          kk: 'Бельгияның тәуелсіз кинематографистер қауымдастығы заманауи қазақ фильмдерін көбірек көрсетуді ұсынды.',
        },
        counterpart: 'Belgian association of independent authors, directors and producers',
      },
    ],
  },
  {
    slug: 'cannes-2026-kazakhstan-pavilion-report',
    delegation: {
      en: 'Delegation of Kazakhstan at the Cannes Film Festival',
      ru: 'Делегация Казахстана на Каннском кинофестивале',
      kk: 'Канн кинофестиваліндегі Қазақстан делегациясы',
    },
    author: 'editor@example.org',
    reviewer: 'admin@example.org',
    event: 'cannes-2026-kazakhstan-pavilion',
    screenings: 'all',
    path: ['submitted', 'approved', 'published'],
    title: {
      en: 'Cannes 2026: a memorandum with Tokyo New Cinema and a co-production with China',
      ru: 'Канны-2026: меморандум с Tokyo New Cinema и совместный фильм с Китаем',
      kk: 'Канн-2026: Tokyo New Cinema-мен меморандум және Қытаймен бірлескен фильм',
    },
    body: {
      en: 'Four films were presented at the national pavilion. Foreign producers and directors asked for screeners of Amre, Aruakh, The Projectionist and Talan.\n\nKazakhfilm and Japan’s Tokyo New Cinema signed a memorandum to shoot The Horse Thieves, an idea of director Yerlan Nurmukhambetov developed with producer Shozo Ichiyama and director Lisa Takeba. Kazakhfilm will also make The Composer with Chinese filmmakers.',
      ru: 'В национальном павильоне представили четыре фильма. Зарубежные продюсеры и режиссёры запросили скринеры «Амре», «Аруаха», «Киномеханика» и «Талана».\n\n«Казахфильм» и японская Tokyo New Cinema подписали меморандум о съёмках фильма «Конокрады» по замыслу режиссёра Ерлана Нурмухамбетова, развитому с продюсером Сёдзо Итиямой и режиссёром Лизой Такебой. Кроме того, «Казахфильм» снимет «Композитора» с китайскими кинематографистами.',
      kk: 'Ұлттық павильонда төрт фильм таныстырылды. Шетелдік продюсерлер мен режиссерлер «Әміре», «Аруақ», «Киномеханик» және «Талан» фильмдерінің скринерлерін сұрады.\n\n«Қазақфильм» мен жапондық Tokyo New Cinema режиссер Ерлан Нұрмұхамбетовтың идеясы бойынша, продюсер Сёдзо Итияма және режиссер Лиза Такэбамен бірге дамытылған «Жылқы ұрылары» фильмін түсіру туралы меморандумға қол қойды. Сондай-ақ «Қазақфильм» қытайлық кинематографистермен «Композитор» фильмін түсіреді.',
    },
    totalAttendance: 395,
    audience: [
      { segment: 'industry', count: 260 },
      { segment: 'press', count: 60 },
      { segment: 'officials', count: 25 },
      { segment: 'general_public', count: 50 },
    ],
    partners: [
      { name: { en: 'Kazakhfilm', ru: 'Казахфильм', kk: 'Қазақфильм' }, role: 'studio' },
      { name: { en: 'Tokyo New Cinema', ru: 'Tokyo New Cinema', kk: 'Tokyo New Cinema' }, role: 'partner' },
    ],
    guests: [
      {
        name: { en: 'Aiman Mussakhajayeva', ru: 'Айман Мусахаджаева', kk: 'Айман Мұсахаджаева' },
        role: {
          en: 'People’s Artist of Kazakhstan, concert',
          ru: 'Народная артистка Казахстана, концерт',
          kk: 'Қазақстанның Халық әртісі, концерт',
        },
      },
      {
        name: {
          en: 'Academy of Soloists State Orchestra',
          ru: 'Государственный оркестр «Академия солистов»',
          kk: '«Солистер академиясы» мемлекеттік оркестрі',
        },
        role: { en: 'Concert', ru: 'Концерт', kk: 'Концерт' },
      },
      {
        name: { en: 'Shozo Ichiyama', ru: 'Сёдзо Итияма', kk: 'Сёдзо Итияма' },
        role: { en: 'Producer, Japan', ru: 'Продюсер, Япония', kk: 'Продюсер, Жапония' },
      },
      {
        name: { en: 'Lisa Takeba', ru: 'Лиза Такеба', kk: 'Лиза Такеба' },
        role: { en: 'Director, Japan', ru: 'Режиссёр, Япония', kk: 'Режиссер, Жапония' },
      },
    ],
    quotes: [
      {
        person: { en: 'Kazakhfilm producer', ru: 'Продюсер «Казахфильма»', kk: '«Қазақфильм» продюсері' },
        role: { en: 'Pavilion presentation', ru: 'Презентация в павильоне', kk: 'Павильондағы тұсаукесер' },
        text: 'We first pitched the project at this pavilion a year ago; this year we came back to sign the memorandum, and filming should start soon.',
        language: 'en',
      },
    ],
    outcomes: [
      {
        kind: 'agreement',
        description: {
          en: 'Memorandum of cooperation with Tokyo New Cinema for The Horse Thieves.',
          ru: 'Меморандум о сотрудничестве с Tokyo New Cinema по фильму «Конокрады».',
          kk: '«Жылқы ұрылары» фильмі бойынша Tokyo New Cinema-мен ынтымақтастық меморандумы.',
        },
        counterpart: 'Tokyo New Cinema',
      },
      {
        kind: 'coproduction',
        description: {
          en: 'The Composer, about Xian Xinghai’s years in Kazakhstan, to be shot with Chinese filmmakers.',
          ru: '«Композитор» о годах Сянь Синхая в Казахстане будет снят с китайскими кинематографистами.',
          kk: 'Сянь Синхайдың Қазақстандағы жылдары туралы «Композитор» қытайлық кинематографистермен түсіріледі.',
        },
        counterpart: 'Chinese film partners',
      },
    ],
  },
  {
    slug: 'welink-film-festival-new-york-2026-report',
    embassy: 'usa',
    author: 'washington@example.org',
    event: 'welink-film-festival-new-york-2026',
    screenings: 'all',
    path: ['submitted'],
    title: {
      en: 'Road to Mother honoured at the WeLink festival in New York',
      ru: '«Дорога к матери» отмечена на фестивале WeLink в Нью-Йорке',
      kk: '«Анаға апарар жол» Нью-Йорктегі WeLink фестивалінде марапатталды',
    },
    body: {
      en: 'The festival screening drew 210 viewers. The jury named the film best in the “Accomplishment in Life” category.\n\nViewers spoke of the cinematography and of a mother’s love as something every audience understands.',
      ru: 'Фестивальный показ собрал 210 зрителей. Жюри признало фильм лучшим в номинации «Достижение в жизни».\n\nЗрители говорили об операторской работе и о материнской любви, понятной любой аудитории.',
      kk: 'Фестивальдік көрсетілімге 210 көрермен келді. Қазылар алқасы фильмді «Өмірдегі жетістік» номинациясында үздік деп таныды.\n\nКөрермендер операторлық жұмыс пен кез келген аудиторияға түсінікті ана махаббаты туралы айтты.',
    },
    totalAttendance: 210,
    audience: [
      { segment: 'general_public', count: 150 },
      { segment: 'industry', count: 40 },
      { segment: 'diaspora', count: 20 },
    ],
    quotes: [
      {
        person: { en: 'Festival guest', ru: 'Гость фестиваля', kk: 'Фестиваль қонағы' },
        role: { en: 'Viewer from New York', ru: 'Зритель из Нью-Йорка', kk: 'Нью-Йорктік көрермен' },
        text: 'The whole film was beautiful to look at. A mother’s love has no borders — I felt at home in this story.',
        language: 'en',
      },
    ],
    outcomes: [
      {
        kind: 'media_reach',
        description: {
          en: 'Festival award announced to the festival’s international audience.',
          ru: 'О награде объявлено международной аудитории фестиваля.',
          kk: 'Марапат фестивальдің халықаралық аудиториясына жарияланды.',
        },
        reach: 5000,
      },
    ],
  },
  {
    slug: 'road-to-mother-at-the-un-2026-report',
    embassy: 'usa',
    author: 'washington@example.org',
    event: 'road-to-mother-at-the-un-2026',
    screenings: 'all',
    path: [],
    photoAlt: {
      en: 'Guests at the United Nations screening',
      ru: 'Гости показа в ООН',
      kk: 'БҰҰ-дағы көрсетілім қонақтары',
    },
    title: {
      en: 'Road to Mother at the United Nations',
      ru: '«Дорога к матери» в ООН',
      kk: '«Анаға апарар жол» БҰҰ-да',
    },
    body: {
      en: 'Draft: 260 guests, mostly diplomats. Photos and press links to follow.',
      ru: 'Черновик: 260 гостей, в основном дипломаты. Фото и ссылки на прессу будут добавлены.',
      kk: 'Жоба: 260 қонақ, негізінен дипломаттар. Фото мен баспасөз сілтемелері кейін қосылады.',
    },
    totalAttendance: 260,
    audience: [{ segment: 'diplomats', count: 180 }],
  },
]

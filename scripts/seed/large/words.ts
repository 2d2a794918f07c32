// Small vocabularies the archive's texts are combined from, in the three content languages.
// Russian adjectives come in three genders so a title agrees with its noun ("Тихая степь").
import type { Locale } from '../../../lib/locales'

export type Localized = Record<Locale, string>
type Gender = 'm' | 'f' | 'n'
export type Noun = { en: string; ru: string; kk: string; gender: Gender }
export type Adjective = { en: string; ru: Record<Gender, string>; kk: string }

const noun = (en: string, ru: string, gender: Gender, kk: string): Noun => ({ en, ru, kk, gender })
const adjective = (en: string, ru: string, kk: string): Adjective => {
  const [m, f, n] = ru.split(' ')
  return { en, ru: { m, f, n }, kk }
}

export const nouns: Noun[] = [
  noun('Steppe', 'степь', 'f', 'дала'),
  noun('Wind', 'ветер', 'm', 'жел'),
  noun('Road', 'дорога', 'f', 'жол'),
  noun('Mountain', 'гора', 'f', 'тау'),
  noun('River', 'река', 'f', 'өзен'),
  noun('Lake', 'озеро', 'n', 'көл'),
  noun('Sky', 'небо', 'n', 'аспан'),
  noun('Sun', 'солнце', 'n', 'күн'),
  noun('Moon', 'луна', 'f', 'ай'),
  noun('Star', 'звезда', 'f', 'жұлдыз'),
  noun('Horse', 'конь', 'm', 'ат'),
  noun('Eagle', 'беркут', 'm', 'бүркіт'),
  noun('Wolf', 'волк', 'm', 'қасқыр'),
  noun('Song', 'песня', 'f', 'ән'),
  noun('Dombra', 'домбра', 'f', 'домбыра'),
  noun('Village', 'аул', 'm', 'ауыл'),
  noun('City', 'город', 'm', 'қала'),
  noun('House', 'дом', 'm', 'үй'),
  noun('Garden', 'сад', 'm', 'бақ'),
  noun('Apple', 'яблоко', 'n', 'алма'),
  noun('Bread', 'хлеб', 'm', 'нан'),
  noun('Stone', 'камень', 'm', 'тас'),
  noun('Snow', 'снег', 'm', 'қар'),
  noun('Rain', 'дождь', 'm', 'жаңбыр'),
  noun('Dream', 'мечта', 'f', 'арман'),
  noun('Memory', 'память', 'f', 'жад'),
  noun('Heart', 'сердце', 'n', 'жүрек'),
  noun('Soul', 'душа', 'f', 'жан'),
  noun('Mother', 'мать', 'f', 'ана'),
  noun('Father', 'отец', 'm', 'әке'),
  noun('Son', 'сын', 'm', 'ұл'),
  noun('Girl', 'девушка', 'f', 'қыз'),
  noun('Bride', 'невеста', 'f', 'келін'),
  noun('Shepherd', 'пастух', 'm', 'шопан'),
  noun('Hunter', 'охотник', 'm', 'аңшы'),
  noun('Teacher', 'учитель', 'm', 'ұстаз'),
  noun('Poet', 'поэт', 'm', 'ақын'),
  noun('Singer', 'певец', 'm', 'әнші'),
  noun('Border', 'граница', 'f', 'шекара'),
  noun('Bridge', 'мост', 'm', 'көпір'),
  noun('Well', 'колодец', 'm', 'құдық'),
  noun('Fire', 'огонь', 'm', 'от'),
  noun('Shadow', 'тень', 'f', 'көлеңке'),
  noun('Light', 'свет', 'm', 'жарық'),
  noun('Silence', 'тишина', 'f', 'тыныштық'),
  noun('Journey', 'путь', 'm', 'сапар'),
  noun('Dawn', 'рассвет', 'm', 'таң'),
  noun('Evening', 'вечер', 'm', 'кеш'),
  noun('Night', 'ночь', 'f', 'түн'),
  noun('Sea', 'море', 'n', 'теңіз'),
  noun('Island', 'остров', 'm', 'арал'),
  noun('Desert', 'пустыня', 'f', 'шөл'),
  noun('Key', 'ключ', 'm', 'кілт'),
  noun('Letter', 'письмо', 'n', 'хат'),
  noun('Train', 'поезд', 'm', 'пойыз'),
  noun('Station', 'станция', 'f', 'бекет'),
  noun('Tale', 'сказка', 'f', 'ертегі'),
  noun('Legend', 'легенда', 'f', 'аңыз'),
  noun('Gift', 'подарок', 'm', 'сыйлық'),
  noun('Promise', 'обещание', 'n', 'уәде'),
  noun('Love', 'любовь', 'f', 'махаббат'),
  noun('Freedom', 'свобода', 'f', 'бостандық'),
  noun('Homeland', 'родина', 'f', 'отан'),
  noun('Friend', 'друг', 'm', 'дос'),
  noun('Warrior', 'воин', 'm', 'батыр'),
  noun('Tulip', 'тюльпан', 'm', 'қызғалдақ'),
  noun('Saxaul', 'саксаул', 'm', 'сексеуіл'),
  noun('Camel', 'верблюд', 'm', 'түйе'),
  noun('Falcon', 'сокол', 'm', 'сұңқар'),
]

export const adjectives: Adjective[] = [
  adjective('Silent', 'тихий тихая тихое', 'үнсіз'),
  adjective('Last', 'последний последняя последнее', 'соңғы'),
  adjective('White', 'белый белая белое', 'ақ'),
  adjective('Black', 'чёрный чёрная чёрное', 'қара'),
  adjective('Golden', 'золотой золотая золотое', 'алтын'),
  adjective('Distant', 'далёкий далёкая далёкое', 'алыс'),
  adjective('Long', 'долгий долгая долгое', 'ұзақ'),
  adjective('Cold', 'холодный холодная холодное', 'суық'),
  adjective('Warm', 'тёплый тёплая тёплое', 'жылы'),
  adjective('Wild', 'дикий дикая дикое', 'жабайы'),
  adjective('Young', 'молодой молодая молодое', 'жас'),
  adjective('Old', 'старый старая старое', 'ескі'),
  adjective('Blue', 'синий синяя синее', 'көк'),
  adjective('Red', 'красный красная красное', 'қызыл'),
  adjective('Eternal', 'вечный вечная вечное', 'мәңгі'),
  adjective('First', 'первый первая первое', 'алғашқы'),
  adjective('Lonely', 'одинокий одинокая одинокое', 'жалғыз'),
  adjective('Hidden', 'тайный тайная тайное', 'жасырын'),
  adjective('Great', 'великий великая великое', 'ұлы'),
  adjective('Little', 'маленький маленькая маленькое', 'кішкентай'),
  adjective('Bright', 'светлый светлая светлое', 'жарқын'),
  adjective('Native', 'родной родная родное', 'туған'),
  adjective('Stolen', 'украденный украденная украденное', 'ұрланған'),
  adjective('Forgotten', 'забытый забытая забытое', 'ұмытылған'),
  adjective('Second', 'второй вторая второе', 'екінші'),
]

/** Kazakh "and" agrees with the sound the first word ends on: жел мен тас, ат пен түйе, көл бен тау. */
export const kazakhAnd = (word: string): string => {
  const last = word.slice(-1)
  if (/[аәеёиоөуұүыіэюяйр]/.test(last)) return 'мен'
  if (/[кқпстфхцчшщ]/.test(last)) return 'пен'
  return 'бен'
}

/** People and characters whose names alone make a title, as Kazakh films often are named. */
export const namedTitles: Localized[] = [
  { en: 'Tomiris', ru: 'Томирис', kk: 'Томирис' },
  { en: 'Kurmangazy', ru: 'Курмангазы', kk: 'Құрманғазы' },
  { en: 'Ulpan', ru: 'Ульпан', kk: 'Ұлпан' },
  { en: 'Zhambyl', ru: 'Жамбыл', kk: 'Жамбыл' },
  { en: 'Kyz Zhibek', ru: 'Кыз Жибек', kk: 'Қыз Жібек' },
  { en: 'Akku', ru: 'Акку', kk: 'Аққу' },
  { en: 'Balausa', ru: 'Балауса', kk: 'Балауса' },
  { en: 'Shokan', ru: 'Шокан', kk: 'Шоқан' },
  { en: 'Baikonur', ru: 'Байконур', kk: 'Байқоңыр' },
  { en: 'Kelin', ru: 'Келин', kk: 'Келін' },
  { en: 'Tulpar', ru: 'Тулпар', kk: 'Тұлпар' },
  { en: 'Aral', ru: 'Арал', kk: 'Арал' },
  { en: 'Zhusan', ru: 'Жусан', kk: 'Жусан' },
  { en: 'Kokpar', ru: 'Кокпар', kk: 'Көкпар' },
  { en: 'Sharyn', ru: 'Чарын', kk: 'Шарын' },
  { en: 'Otyrar', ru: 'Отрар', kk: 'Отырар' },
]

export const maleNames = [
  'Askar',
  'Yerlan',
  'Daniyar',
  'Nurlan',
  'Serik',
  'Arman',
  'Timur',
  'Aidos',
  'Bauyrzhan',
  'Yerzhan',
  'Kanat',
  'Marat',
  'Olzhas',
  'Zhandos',
  'Rustem',
  'Dauren',
  'Adilet',
  'Sanzhar',
  'Alibek',
  'Medet',
]
export const femaleNames = [
  'Aigerim',
  'Aliya',
  'Dana',
  'Dinara',
  'Gulnara',
  'Zhanar',
  'Madina',
  'Saule',
  'Aizhan',
  'Asel',
  'Kamila',
  'Ainur',
  'Zarina',
  'Togzhan',
  'Moldir',
  'Akmaral',
  'Samal',
  'Aruzhan',
  'Bibigul',
  'Laura',
]
/** Family names in their male form; the female one adds an "a" where Kazakh does (-ov, -ev, -in). */
export const familyNames = [
  'Abenov',
  'Satayev',
  'Nurmukhambetov',
  'Tokhtarov',
  'Omarov',
  'Zhaksylykov',
  'Bekmukhambetov',
  'Kassymov',
  'Seitkali',
  'Amanzhol',
  'Tulegenov',
  'Mukhamedzhanov',
  'Sarsenbayev',
  'Akhmetov',
  'Baimukhanov',
  'Kenzhebayev',
  'Yessenov',
  'Zhumabayev',
  'Anuarbek',
  'Iskakov',
  'Suleimenov',
  'Kunanbayev',
  'Tleuov',
  'Mamyrbekov',
]

/** People abroad who speak at screenings and write about them. */
export const foreignNames = [
  'Claire Dubois',
  'Marco Rossi',
  'Anna Schmidt',
  'Jan de Vries',
  'Yuki Tanaka',
  'Kim Min-jun',
  'Emily Carter',
  'Carlos Mendes',
  'Fatima Al-Sayed',
  'Piotr Nowak',
  'Elif Yılmaz',
  'Lars Andersson',
  'Sofia Papadopoulou',
  'Mateo García',
  'Li Wei',
  'Priya Sharma',
  'David Cohen',
  'Olga Novak',
  'Frank Depaifve',
  'Isabel Ferreira',
  'Tomás Horák',
  'Mei Chen',
  'Ahmed Haddad',
  'Laura Bianchi',
]

export const studios = [
  'Kazakhfilm',
  'Satai Film',
  'Kazakhfilm Studio named after Shaken Aimanov',
  'Astana Film Fund',
  'Almaty Film Company',
  'Steppe Pictures',
  'Tengri Film',
  'Baiterek Films',
  'Kino Qazaqstan',
  'Aitys Production',
]

export const coProducers: { name: string; country: string }[] = [
  { name: 'Tokyo New Cinema', country: 'JP' },
  { name: 'Les Films du Steppe', country: 'FR' },
  { name: 'Nordlicht Filmproduktion', country: 'DE' },
  { name: 'Silk Road Pictures', country: 'CN' },
  { name: 'Anatolia Film', country: 'TR' },
  { name: 'Hollywood production partners', country: 'US' },
  { name: 'Uzbekkino', country: 'UZ' },
  { name: 'Kyrgyzfilm', country: 'KG' },
  { name: 'Seoul Independent Pictures', country: 'KR' },
  { name: 'Baltic Film Lab', country: 'LT' },
]

/** A festival abroad: its name in each language, where it is, when it usually opens. */
export type Festival = { name: Localized; country: string; city: string; month: number; days: number }
export const festivals: Festival[] = [
  {
    name: { en: 'Cannes Film Festival', ru: 'Каннский кинофестиваль', kk: 'Канн кинофестивалі' },
    country: 'FR',
    city: 'Cannes',
    month: 5,
    days: 11,
  },
  {
    name: { en: 'Berlinale', ru: 'Берлинале', kk: 'Берлинале' },
    country: 'DE',
    city: 'Berlin',
    month: 2,
    days: 10,
  },
  {
    name: { en: 'Venice Film Festival', ru: 'Венецианский кинофестиваль', kk: 'Венеция кинофестивалі' },
    country: 'IT',
    city: 'Venice',
    month: 8,
    days: 10,
  },
  {
    name: {
      en: 'Karlovy Vary Film Festival',
      ru: 'Кинофестиваль в Карловых Варах',
      kk: 'Карловы Вары кинофестивалі',
    },
    country: 'CZ',
    city: 'Karlovy Vary',
    month: 7,
    days: 9,
  },
  {
    name: { en: 'Busan Film Festival', ru: 'Пусанский кинофестиваль', kk: 'Пусан кинофестивалі' },
    country: 'KR',
    city: 'Busan',
    month: 10,
    days: 9,
  },
  {
    name: { en: 'Toronto Film Festival', ru: 'Кинофестиваль в Торонто', kk: 'Торонто кинофестивалі' },
    country: 'CA',
    city: 'Toronto',
    month: 9,
    days: 10,
  },
  {
    name: { en: 'Rotterdam Film Festival', ru: 'Роттердамский кинофестиваль', kk: 'Роттердам кинофестивалі' },
    country: 'NL',
    city: 'Rotterdam',
    month: 1,
    days: 11,
  },
  {
    name: { en: 'Locarno Film Festival', ru: 'Кинофестиваль в Локарно', kk: 'Локарно кинофестивалі' },
    country: 'CH',
    city: 'Locarno',
    month: 8,
    days: 10,
  },
  {
    name: {
      en: 'San Sebastián Film Festival',
      ru: 'Кинофестиваль в Сан-Себастьяне',
      kk: 'Сан-Себастьян кинофестивалі',
    },
    country: 'ES',
    city: 'San Sebastián',
    month: 9,
    days: 9,
  },
  {
    name: {
      en: 'Black Nights Film Festival',
      ru: 'Кинофестиваль «Тёмные ночи»',
      kk: '«Қараңғы түндер» кинофестивалі',
    },
    country: 'EE',
    city: 'Tallinn',
    month: 11,
    days: 16,
  },
  {
    name: { en: 'Shanghai Film Festival', ru: 'Шанхайский кинофестиваль', kk: 'Шанхай кинофестивалі' },
    country: 'CN',
    city: 'Shanghai',
    month: 6,
    days: 9,
  },
  {
    name: { en: 'Tokyo Film Festival', ru: 'Токийский кинофестиваль', kk: 'Токио кинофестивалі' },
    country: 'JP',
    city: 'Tokyo',
    month: 10,
    days: 10,
  },
  {
    name: { en: 'Moscow Film Festival', ru: 'Московский кинофестиваль', kk: 'Мәскеу кинофестивалі' },
    country: 'RU',
    city: 'Moscow',
    month: 4,
    days: 8,
  },
  {
    name: { en: 'Cairo Film Festival', ru: 'Каирский кинофестиваль', kk: 'Каир кинофестивалі' },
    country: 'EG',
    city: 'Cairo',
    month: 11,
    days: 10,
  },
  {
    name: {
      en: 'Film Festival of India',
      ru: 'Международный кинофестиваль Индии',
      kk: 'Үндістан халықаралық кинофестивалі',
    },
    country: 'IN',
    city: 'Goa',
    month: 11,
    days: 9,
  },
  {
    name: { en: 'Golden Apricot', ru: 'Золотой абрикос', kk: 'Алтын өрік' },
    country: 'AM',
    city: 'Yerevan',
    month: 7,
    days: 7,
  },
  {
    name: { en: 'WeLink Film Festival', ru: 'Кинофестиваль WeLink', kk: 'WeLink кинофестивалі' },
    country: 'US',
    city: 'New York',
    month: 3,
    days: 5,
  },
  {
    name: {
      en: 'Red Sea Film Festival',
      ru: 'Кинофестиваль «Красное море»',
      kk: '«Қызыл теңіз» кинофестивалі',
    },
    country: 'SA',
    city: 'Jeddah',
    month: 12,
    days: 10,
  },
  {
    name: { en: 'Marrakech Film Festival', ru: 'Кинофестиваль в Марракеше', kk: 'Марракеш кинофестивалі' },
    country: 'MA',
    city: 'Marrakesh',
    month: 11,
    days: 9,
  },
  {
    name: { en: 'Sydney Film Festival', ru: 'Сиднейский кинофестиваль', kk: 'Сидней кинофестивалі' },
    country: 'AU',
    city: 'Sydney',
    month: 6,
    days: 12,
  },
]

/** Online programmes the ministry streams. */
export const onlineThemes: Localized[] = [
  { en: 'Steppe Stories', ru: 'Степные истории', kk: 'Дала хикаялары' },
  { en: 'New Voices', ru: 'Новые имена', kk: 'Жаңа есімдер' },
  { en: 'Classics of Kazakhfilm', ru: 'Классика «Казахфильма»', kk: '«Қазақфильм» классикасы' },
  { en: 'Films for Children', ru: 'Фильмы для детей', kk: 'Балаларға арналған фильмдер' },
  { en: 'Documentary Week', ru: 'Неделя документального кино', kk: 'Деректі кино апталығы' },
  { en: 'Women in Kazakh Cinema', ru: 'Женщины в казахском кино', kk: 'Қазақ киносындағы әйелдер' },
]

/** Names of places films are shown in; the city is added where it reads naturally. */
export const venueKinds = [
  'Cinémathèque',
  'Film Institute',
  'Arthouse Cinema',
  'University Hall',
  'Culture Centre',
  'Municipal Theatre',
  'Film Museum',
  'Palace of Culture',
  'Central Library Hall',
  'Festival Palace',
]

/** Kazakh partners who come with the films, and kinds of local partner named after the city. */
export const kazakhPartners: { name: Localized; role: string }[] = [
  { name: { en: 'Kazakhfilm', ru: 'Казахфильм', kk: 'Қазақфильм' }, role: 'studio' },
  {
    name: {
      en: 'State Centre for Support of National Cinema',
      ru: 'Государственный центр поддержки национального кино',
      kk: 'Ұлттық киноны қолдау мемлекеттік орталығы',
    },
    role: 'co_organiser',
  },
  {
    name: {
      en: 'French Association of Kazakh Cinema',
      ru: 'Французская ассоциация казахского кино',
      kk: 'Қазақ киносының француз қауымдастығы',
    },
    role: 'association',
  },
  {
    name: { en: 'Kazakh Diaspora Society', ru: 'Общество казахской диаспоры', kk: 'Қазақ диаспорасы қоғамы' },
    role: 'association',
  },
  { name: { en: 'Kazinform', ru: 'Казинформ', kk: 'Қазақпарат' }, role: 'media' },
  { name: { en: 'Air Astana', ru: 'Эйр Астана', kk: 'Эйр Астана' }, role: 'sponsor' },
]

export const localPartnerKinds: { en: string; ru: string; kk: string; role: string }[] = [
  { en: '{city} Film Club', ru: 'Киноклуб «{city}»', kk: '«{city}» киноклубы', role: 'venue' },
  { en: '{city} Film Society', ru: 'Кинообщество «{city}»', kk: '«{city}» кино қоғамы', role: 'association' },
  {
    en: '{city} Cultural Foundation',
    ru: 'Культурный фонд «{city}»',
    kk: '«{city}» мәдени қоры',
    role: 'partner',
  },
  { en: '{city} University', ru: 'Университет «{city}»', kk: '«{city}» университеті', role: 'venue' },
]

export const outlets = [
  'Kazinform',
  'The Astana Times',
  'Egemen Qazaqstan',
  'Kazakhstanskaya Pravda',
  'Tengrinews',
  'Screen International',
  'Cineuropa',
  'Variety',
  'Film New Europe',
  'Asian Movie Pulse',
]
/** Local papers and sites named after their city. */
export const localOutletKinds = [
  '{city} Daily',
  '{city} Times',
  'Radio {city}',
  '{city} Culture',
  '{city} Film Review',
]

export const guestRoles: Localized[] = [
  {
    en: 'Director, Q&A after the film',
    ru: 'Режиссёр, ответы на вопросы после фильма',
    kk: 'Режиссер, фильмнен кейін сұрақтарға жауап',
  },
  { en: 'Lead actress', ru: 'Исполнительница главной роли', kk: 'Басты рөл иесі' },
  { en: 'Lead actor', ru: 'Исполнитель главной роли', kk: 'Басты рөл иесі' },
  { en: 'Producer', ru: 'Продюсер', kk: 'Продюсер' },
  { en: 'Composer, live music', ru: 'Композитор, живая музыка', kk: 'Композитор, тірі музыка' },
  { en: 'Film critic, introduction', ru: 'Кинокритик, вступительное слово', kk: 'Кинотанушы, алғы сөз' },
]

export const quoteRoles: Localized[] = [
  { en: 'Viewer', ru: 'Зритель', kk: 'Көрермен' },
  { en: 'Film critic', ru: 'Кинокритик', kk: 'Кинотанушы' },
  {
    en: 'Festival programmer',
    ru: 'Программный директор фестиваля',
    kk: 'Фестивальдің бағдарлама директоры',
  },
  { en: 'Ambassador', ru: 'Посол', kk: 'Елші' },
  { en: 'Student', ru: 'Студент', kk: 'Студент' },
  { en: 'Distributor', ru: 'Прокатчик', kk: 'Прокатшы' },
]

/** What people said after a screening, in the language they said it in. */
export const quotes: { language: Locale; text: string }[] = [
  {
    language: 'en',
    text: 'I knew nothing about Kazakh cinema this morning; tonight I want to see everything “{film}” comes from.',
  },
  {
    language: 'en',
    text: 'The landscapes carry the story as much as the actors do. A film that needs no translation.',
  },
  { language: 'en', text: 'We would be glad to show “{film}” to our audiences next season.' },
  { language: 'en', text: 'The hall stayed for the whole discussion; that rarely happens.' },
  { language: 'ru', text: 'Фильм «{film}» тронул до слёз: история простая, но очень честная.' },
  { language: 'ru', text: 'Хочется, чтобы такие показы проходили чаще и не только в столице.' },
  { language: 'ru', text: 'Музыка и степь в этом фильме звучат сильнее любых слов.' },
  { language: 'kk', text: '«{film}» фильмін шетелде көру — ерекше сезім. Зал толы болды.' },
  { language: 'kk', text: 'Мұндай көрсетілімдер жастарға өз тарихын білуге көмектеседі.' },
  { language: 'kk', text: 'Көрермендердің сұрақтары көп болды, бұл фильмнің жүрекке жеткенін көрсетеді.' },
]

/** What a report's title says the event brought, after the event's own title. */
export const reportHighlights: Localized[] = [
  { en: 'full halls', ru: 'полные залы', kk: 'толы залдар' },
  {
    en: 'full halls and a Q&A with the director',
    ru: 'полные залы и встреча с режиссёром',
    kk: 'толы залдар және режиссермен кездесу',
  },
  {
    en: 'a new audience for Kazakh cinema',
    ru: 'новая аудитория казахского кино',
    kk: 'қазақ киносының жаңа аудиториясы',
  },
  {
    en: 'students and the diaspora in the hall',
    ru: 'студенты и диаспора в зале',
    kk: 'залда студенттер мен диаспора',
  },
  {
    en: 'talks on co-production',
    ru: 'переговоры о совместном производстве',
    kk: 'бірлескен өндіріс туралы келіссөздер',
  },
  {
    en: 'an invitation to the next festival',
    ru: 'приглашение на следующий фестиваль',
    kk: 'келесі фестивальге шақыру',
  },
  { en: 'wide press coverage', ru: 'широкое освещение в прессе', kk: 'баспасөзде кеңінен жарияланды' },
  {
    en: 'a memorandum of cooperation',
    ru: 'меморандум о сотрудничестве',
    kk: 'ынтымақтастық туралы меморандум',
  },
]

export const outcomeTexts: Record<string, Localized> = {
  agreement: {
    en: 'A memorandum of cooperation with {partner} on film exchanges.',
    ru: 'Меморандум о сотрудничестве с {partner} по обмену фильмами.',
    kk: '{partner} ұйымымен фильм алмасу туралы ынтымақтастық меморандумы.',
  },
  coproduction: {
    en: 'A co-production with {partner} agreed in principle.',
    ru: 'Принципиальная договорённость о совместном производстве с {partner}.',
    kk: '{partner} ұйымымен бірлескен өндіріс туралы қағидаттық келісім.',
  },
  distribution: {
    en: '{partner} asked for the rights to show the films in cinemas.',
    ru: '{partner} запросил права на прокат фильмов.',
    kk: '{partner} фильмдерді прокатқа шығару құқығын сұрады.',
  },
  invitation: {
    en: '{partner} invited Kazakh films to its next programme.',
    ru: '{partner} пригласил казахстанские фильмы в следующую программу.',
    kk: '{partner} қазақ фильмдерін келесі бағдарламасына шақырды.',
  },
  media_reach: {
    en: 'Articles and broadcasts about the screenings reached a wide audience.',
    ru: 'Публикации и эфиры о показах охватили широкую аудиторию.',
    kk: 'Көрсетілімдер туралы жарияланымдар мен эфирлер кең аудиторияға жетті.',
  },
}

export const changeRequests = [
  'Please add the attendance of each screening.',
  'Add the press links and the names of the partners.',
  'The audience breakdown does not match the halls; please check the figures.',
  'Please add photos and a quote from the guests.',
]

/** Who the embassy's report says came, by share of the hall. */
export const audienceShares: { segment: string; weight: number }[] = [
  { segment: 'general_public', weight: 45 },
  { segment: 'diaspora', weight: 15 },
  { segment: 'students', weight: 15 },
  { segment: 'diplomats', weight: 6 },
  { segment: 'officials', weight: 4 },
  { segment: 'industry', weight: 8 },
  { segment: 'press', weight: 4 },
  { segment: 'other', weight: 3 },
]

/** Russian and Kazakh "in <country>" for an embassy's name, where the rules below get it wrong. */
const russianIn: Record<string, string> = {
  US: 'в США',
  GB: 'в Великобритании',
  FR: 'во Франции',
  KR: 'в Республике Корея',
  AE: 'в ОАЭ',
  EG: 'в Египте',
  VN: 'во Вьетнаме',
  KG: 'в Кыргызстане',
  CH: 'в Швейцарии',
  NL: 'в Нидерландах',
  PH: 'на Филиппинах',
  BY: 'в Беларуси',
  UA: 'в Украине',
  CZ: 'в Чехии',
  KW: 'в Кувейте',
  IL: 'в Израиле',
  ZA: 'в ЮАР',
  QA: 'в Катаре',
  CY: 'на Кипре',
  MY: 'в Малайзии',
  SG: 'в Сингапуре',
  AZ: 'в Азербайджане',
  AF: 'в Афганистане',
  LU: 'в Люксембурге',
  SA: 'в Саудовской Аравии',
}
const kazakhIn: Record<string, string> = {
  US: 'АҚШ-тағы',
  AE: 'БАӘ-дегі',
  GB: 'Ұлыбританиядағы',
  KR: 'Корея Республикасындағы',
  IL: 'Израильдегі',
  ZA: 'ОАР-дағы',
  NL: 'Нидерланд Корольдігіндегі',
  SA: 'Сауд Арабиясындағы',
  PH: 'Филиппиндегі',
  TH: 'Таиландтағы',
  BY: 'Беларусьтегі',
  LU: 'Люксембургтегі',
}
const englishIn: Record<string, string> = {
  US: 'the USA',
  GB: 'the United Kingdom',
  NL: 'the Netherlands',
  AE: 'the United Arab Emirates',
  PH: 'the Philippines',
  CZ: 'the Czech Republic',
  KR: 'the Republic of Korea',
}

const russianLocative = (name: string): string => {
  if (name.endsWith('ия')) return `${name.slice(0, -2)}ии`
  if (/[ая]$/.test(name)) return `${name.slice(0, -1)}е`
  if (/[йь]$/.test(name)) return `${name.slice(0, -1)}е`
  if (/[оиуеэю]$/.test(name)) return name
  return `${name}е`
}

/** Kazakh locative plus -ғы/-гі: the suffix follows the last vowel (back or front) and last sound. */
const kazakhLocative = (name: string): string => {
  const vowels = name.match(/[аәеиоөуұүыіэюя]/g) ?? ['а']
  const front = /[әеөүіиэ]/.test(vowels[vowels.length - 1])
  // A voiced stop at the end of a word is said voiceless: Бағдаттағы.
  const voiceless = /[кқпстфхцчшщбвгд]$/.test(name)
  return `${name}${voiceless ? 'т' : 'д'}${front ? 'егі' : 'ағы'}`
}

const regionName = (code: string, locale: string) =>
  new Intl.DisplayNames([locale], { type: 'region' }).of(code) ?? code

/** "Embassy of Kazakhstan in Belgium" in the three languages, as the demo's embassies are named. */
export const embassyName = (country: string): Localized => ({
  en: `Embassy of Kazakhstan in ${englishIn[country] ?? regionName(country, 'en')}`,
  ru: `Посольство Казахстана ${russianIn[country] ?? `в ${russianLocative(regionName(country, 'ru'))}`}`,
  kk: `Қазақстанның ${kazakhIn[country] ?? kazakhLocative(regionName(country, 'kk'))} елшілігі`,
})

/** Where a film's story takes place, as "Действие происходит в …" / "Оқиғасы … өтеді" read it. */
export const settings: Localized[] = [
  { en: 'a village on the edge of the steppe', ru: 'ауле на краю степи', kk: 'дала шетіндегі ауылда' },
  { en: 'Almaty in the 1990s', ru: 'Алматы девяностых', kk: 'тоқсаныншы жылдардағы Алматыда' },
  { en: 'the mountains of the Zhetysu', ru: 'горах Жетысу', kk: 'Жетісу тауларында' },
  {
    en: 'a fishing town on the Aral Sea',
    ru: 'рыбацком посёлке на Арале',
    kk: 'Арал жағасындағы балықшылар кентінде',
  },
  {
    en: 'the Kazakh Khanate of the eighteenth century',
    ru: 'Казахском ханстве XVIII века',
    kk: 'XVIII ғасырдағы Қазақ хандығында',
  },
  { en: 'a new district of Astana', ru: 'новом районе Астаны', kk: 'Астананың жаңа ауданында' },
  {
    en: 'a railway station in the middle of nowhere',
    ru: 'полустанке посреди степи',
    kk: 'дала ортасындағы шағын бекетте',
  },
  { en: 'a winter pasture high in the mountains', ru: 'зимовье высоко в горах', kk: 'таудағы қыстауда' },
]

/** What a film is about, one sentence in each language. */
export const storyHooks: Localized[] = [
  {
    en: 'A young teacher comes home and no longer recognises her village.',
    ru: 'Молодая учительница возвращается домой и не узнаёт родной аул.',
    kk: 'Жас мұғалім еліне оралып, туған ауылын танымай қалады.',
  },
  {
    en: 'Two brothers set out to bring back a horse that was sold without their father’s word.',
    ru: 'Два брата отправляются вернуть коня, проданного без отцовского слова.',
    kk: 'Екі ағайынды әкесінің рұқсатынсыз сатылған атты қайтаруға аттанады.',
  },
  {
    en: 'An old projectionist keeps the last cinema of the district running.',
    ru: 'Старый киномеханик не даёт закрыться последнему кинотеатру района.',
    kk: 'Қарт киномеханик ауданның соңғы кинотеатрын жаптырмай келеді.',
  },
  {
    en: 'A singer carries the songs of her grandmother to the stages of Europe.',
    ru: 'Певица везёт песни своей бабушки на сцены Европы.',
    kk: 'Әнші әжесінің әндерін Еуропа сахналарына апарады.',
  },
  {
    en: 'A girl trains an eagle against the will of the whole village.',
    ru: 'Девочка приручает беркута вопреки воле всего аула.',
    kk: 'Қыз бала бүкіл ауылға қарсы шығып, бүркіт баулиды.',
  },
  {
    en: 'Young warriors stand up to defend the steppe.',
    ru: 'Юные воины встают на защиту степи.',
    kk: 'Жас батырлар даланы қорғауға аттанады.',
  },
  {
    en: 'A family waits through one long winter for a letter from the front.',
    ru: 'Семья всю долгую зиму ждёт письма с фронта.',
    kk: 'Отбасы ұзақ қыс бойы майданнан хат күтеді.',
  },
  {
    en: 'A city architect must choose between a career and his mother’s house.',
    ru: 'Городской архитектор выбирает между карьерой и домом матери.',
    kk: 'Қала сәулетшісі мансап пен анасының үйі арасында таңдау жасауы керек.',
  },
  {
    en: 'A documentary follows shepherds on their last migration of the year.',
    ru: 'Документальный фильм следует за чабанами в их последнем перегоне года.',
    kk: 'Деректі фильм шопандардың жылдағы соңғы көшін бақылайды.',
  },
  {
    en: 'Friends from school meet again twenty years later.',
    ru: 'Школьные друзья встречаются спустя двадцать лет.',
    kk: 'Мектеп достары жиырма жылдан кейін қайта кездеседі.',
  },
]

/** An event's summary, by type; {city}, {films} and {festival} are filled in. */
export const eventSummaries: Record<string, Localized> = {
  festival: {
    en: 'Kazakh films in the programme of {festival}, with the filmmakers meeting audiences and the press.',
    ru: 'Казахстанские фильмы в программе фестиваля «{festival}»: встречи авторов со зрителями и прессой.',
    kk: '«{festival}» бағдарламасындағы қазақ фильмдері: авторлардың көрермендермен және баспасөзбен кездесуі.',
  },
  film_days: {
    en: 'Several evenings of Kazakh cinema in {city}: {films} films, guests from Kazakhstan and discussions after the screenings.',
    ru: 'Несколько вечеров казахского кино, город {city}: {films} фильмов, гости из Казахстана и обсуждения после показов.',
    kk: '{city} қаласында қазақ киносының бірнеше кеші: {films} фильм, Қазақстаннан келген қонақтар және көрсетілімнен кейінгі талқылау.',
  },
  embassy_screening: {
    en: 'An evening screening for diplomats, partners and friends of Kazakhstan in {city}.',
    ru: 'Вечерний показ для дипломатов, партнёров и друзей Казахстана, город {city}.',
    kk: '{city} қаласында дипломаттарға, серіктестерге және Қазақстанның достарына арналған кешкі көрсетілім.',
  },
  premiere: {
    en: 'The first screening in {city}, with the director and cast in the hall.',
    ru: 'Первый показ, город {city}: в зале режиссёр и актёры.',
    kk: '{city} қаласындағы алғашқы көрсетілім: залда режиссер мен актерлер.',
  },
  market: {
    en: 'The national pavilion at {festival}: presentations of new films for producers and distributors.',
    ru: 'Национальный павильон на фестивале «{festival}»: презентации новых фильмов для продюсеров и прокатчиков.',
    kk: '«{festival}» фестиваліндегі ұлттық павильон: продюсерлер мен прокатшыларға жаңа фильмдердің тұсаукесері.',
  },
  retrospective: {
    en: 'A retrospective in {city}: {films} films from five decades of Kazakh cinema.',
    ru: 'Ретроспектива, город {city}: {films} фильмов за пять десятилетий казахского кино.',
    kk: '{city} қаласындағы ретроспектива: қазақ киносының елу жылындағы {films} фильм.',
  },
  online: {
    en: 'Kazakh films streamed free of charge with subtitles, for audiences everywhere.',
    ru: 'Казахстанские фильмы онлайн, бесплатно и с субтитрами, для зрителей по всему миру.',
    kk: 'Қазақ фильмдері онлайн, тегін және субтитрмен, бүкіл әлемдегі көрермендерге.',
  },
}

/** The second paragraph of an event's body. */
export const eventBodies: Localized[] = [
  {
    en: 'The programme was prepared with {partner}. Every screening is followed by a conversation with the audience.',
    ru: 'Программа подготовлена вместе с партнёром: {partner}. После каждого показа — разговор со зрителями.',
    kk: 'Бағдарлама серіктеспен бірге әзірленді: {partner}. Әр көрсетілімнен кейін көрермендермен әңгіме өтеді.',
  },
  {
    en: 'Admission is free; seats are limited, so please arrive early.',
    ru: 'Вход свободный; количество мест ограничено, приходите заранее.',
    kk: 'Кіру тегін; орын саны шектеулі, ертерек келіңіз.',
  },
  {
    en: 'The films are shown in Kazakh and Russian with subtitles.',
    ru: 'Фильмы показываются на казахском и русском языках с субтитрами.',
    kk: 'Фильмдер қазақ және орыс тілдерінде субтитрмен көрсетіледі.',
  },
]

/** A report's body, paragraph by paragraph; {attendance}, {screenings}, {city}, {film} filled in. */
export const reportParagraphs: Localized[] = [
  {
    en: '{attendance} people came to {screenings} screenings in {city}. The halls were full on the opening night.',
    ru: '{screenings} показов, город {city}: {attendance} зрителей. В вечер открытия залы были полны.',
    kk: '{city} қаласындағы {screenings} көрсетілімге {attendance} көрермен келді. Ашылу кешінде залдар толы болды.',
  },
  {
    en: 'After “{film}” the audience stayed for a long discussion about the film and about Kazakhstan today.',
    ru: 'После фильма «{film}» зрители остались на долгое обсуждение фильма и сегодняшнего Казахстана.',
    kk: '«{film}» фильмінен кейін көрермендер фильм және бүгінгі Қазақстан туралы ұзақ талқылауға қалды.',
  },
  {
    en: 'Local partners asked to continue the programme next year and to bring new films.',
    ru: 'Местные партнёры предложили продолжить программу в следующем году и привезти новые фильмы.',
    kk: 'Жергілікті серіктестер бағдарламаны келесі жылы жалғастырып, жаңа фильмдер әкелуді ұсынды.',
  },
  {
    en: 'Students of the local film school attended a master class with the Kazakh guests.',
    ru: 'Студенты местной киношколы посетили мастер-класс казахстанских гостей.',
    kk: 'Жергілікті киномектеп студенттері қазақстандық қонақтардың шеберлік сабағына қатысты.',
  },
]

/** Press headlines, in the language the outlet writes. */
export const headlines: Record<string, string[]> = {
  en: [
    'Kazakh cinema comes to {city}',
    '“{film}” wins over the audience in {city}',
    'A week of films from the steppe',
  ],
  ru: ['Казахское кино в городе {city}', 'Фильм «{film}» покорил зрителей', 'Неделя фильмов из степи'],
  kk: [
    'Қазақ киносы — {city} қаласында',
    '«{film}» көрермендердің көңілінен шықты',
    'Дала фильмдерінің апталығы',
  ],
  fr: ['Le cinéma kazakh à {city}', '« {film} » séduit le public'],
  de: ['Kasachisches Kino in {city}', '„{film}“ begeistert das Publikum'],
}

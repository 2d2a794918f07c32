// The ministry's fixed lists, with labels in each content language.
type Labelled = { value: string; label: { en: string; ru: string; kk: string } }

export const screeningFormats: Labelled[] = [
  { value: 'dcp', label: { en: 'DCP', ru: 'DCP', kk: 'DCP' } },
  { value: 'bluray', label: { en: 'Blu-ray', ru: 'Blu-ray', kk: 'Blu-ray' } },
  { value: 'file', label: { en: 'Digital file', ru: 'Цифровой файл', kk: 'Цифрлық файл' } },
  { value: 'streaming', label: { en: 'Online streaming', ru: 'Онлайн-показ', kk: 'Онлайн көрсетілім' } },
]

export const genres: Labelled[] = [
  { value: 'drama', label: { en: 'Drama', ru: 'Драма', kk: 'Драма' } },
  { value: 'historical', label: { en: 'Historical', ru: 'Исторический', kk: 'Тарихи' } },
  { value: 'biography', label: { en: 'Biography', ru: 'Биография', kk: 'Өмірбаян' } },
  { value: 'musical', label: { en: 'Musical', ru: 'Музыкальный', kk: 'Музыкалық' } },
  { value: 'war', label: { en: 'War', ru: 'Военный', kk: 'Соғыс' } },
  { value: 'adventure', label: { en: 'Adventure', ru: 'Приключения', kk: 'Шытырман' } },
  { value: 'comedy', label: { en: 'Comedy', ru: 'Комедия', kk: 'Комедия' } },
  { value: 'family', label: { en: 'Family', ru: 'Семейный', kk: 'Отбасылық' } },
  { value: 'documentary', label: { en: 'Documentary', ru: 'Документальный', kk: 'Деректі' } },
  { value: 'animation', label: { en: 'Animation', ru: 'Анимация', kk: 'Анимация' } },
  { value: 'thriller', label: { en: 'Thriller', ru: 'Триллер', kk: 'Триллер' } },
  { value: 'short', label: { en: 'Short', ru: 'Короткий метр', kk: 'Қысқаметражды' } },
]

export const eventTypes: Labelled[] = [
  {
    value: 'festival',
    label: { en: 'Festival participation', ru: 'Участие в фестивале', kk: 'Фестивальге қатысу' },
  },
  {
    value: 'film_days',
    label: {
      en: 'National film days / week',
      ru: 'Дни / неделя национального кино',
      kk: 'Ұлттық кино күндері / апталығы',
    },
  },
  {
    value: 'embassy_screening',
    label: { en: 'Embassy screening', ru: 'Показ в посольстве', kk: 'Елшіліктегі көрсетілім' },
  },
  { value: 'premiere', label: { en: 'Premiere', ru: 'Премьера', kk: 'Премьера' } },
  {
    value: 'market',
    label: { en: 'Market / pavilion', ru: 'Кинорынок / павильон', kk: 'Кинонарық / павильон' },
  },
  { value: 'retrospective', label: { en: 'Retrospective', ru: 'Ретроспектива', kk: 'Ретроспектива' } },
  { value: 'online', label: { en: 'Online', ru: 'Онлайн', kk: 'Онлайн' } },
]

export const partnerRoles: Labelled[] = [
  { value: 'organiser', label: { en: 'Organiser', ru: 'Организатор', kk: 'Ұйымдастырушы' } },
  {
    value: 'co_organiser',
    label: { en: 'Co-organiser', ru: 'Соорганизатор', kk: 'Бірлескен ұйымдастырушы' },
  },
  { value: 'studio', label: { en: 'Film studio', ru: 'Киностудия', kk: 'Киностудия' } },
  { value: 'venue', label: { en: 'Venue', ru: 'Площадка', kk: 'Алаң' } },
  { value: 'festival', label: { en: 'Festival', ru: 'Фестиваль', kk: 'Фестиваль' } },
  { value: 'association', label: { en: 'Association', ru: 'Ассоциация', kk: 'Қауымдастық' } },
  { value: 'sponsor', label: { en: 'Sponsor', ru: 'Спонсор', kk: 'Демеуші' } },
  { value: 'media', label: { en: 'Media partner', ru: 'Информационный партнёр', kk: 'Ақпараттық серіктес' } },
  { value: 'partner', label: { en: 'Partner', ru: 'Партнёр', kk: 'Серіктес' } },
]

export const audienceSegments: Labelled[] = [
  { value: 'general_public', label: { en: 'General public', ru: 'Широкая публика', kk: 'Көпшілік' } },
  { value: 'diaspora', label: { en: 'Diaspora', ru: 'Диаспора', kk: 'Диаспора' } },
  { value: 'students', label: { en: 'Students', ru: 'Студенты', kk: 'Студенттер' } },
  {
    value: 'diplomats',
    label: { en: 'Diplomatic corps', ru: 'Дипломатический корпус', kk: 'Дипломатиялық корпус' },
  },
  { value: 'officials', label: { en: 'Officials', ru: 'Официальные лица', kk: 'Ресми тұлғалар' } },
  { value: 'industry', label: { en: 'Film professionals', ru: 'Кинопрофессионалы', kk: 'Кино мамандары' } },
  { value: 'press', label: { en: 'Press', ru: 'Пресса', kk: 'Баспасөз' } },
  { value: 'other', label: { en: 'Other', ru: 'Другие', kk: 'Басқалар' } },
]

export const outcomeKinds: Labelled[] = [
  {
    value: 'agreement',
    label: {
      en: 'Agreement or memorandum',
      ru: 'Соглашение или меморандум',
      kk: 'Келісім немесе меморандум',
    },
  },
  {
    value: 'coproduction',
    label: { en: 'Co-production', ru: 'Совместное производство', kk: 'Бірлескен өндіріс' },
  },
  {
    value: 'distribution',
    label: { en: 'Distribution deal', ru: 'Прокатная сделка', kk: 'Прокат келісімі' },
  },
  {
    value: 'invitation',
    label: { en: 'Festival invitation', ru: 'Приглашение на фестиваль', kk: 'Фестивальге шақыру' },
  },
  { value: 'media_reach', label: { en: 'Media reach', ru: 'Медиаохват', kk: 'Медиа қамту' } },
  { value: 'other', label: { en: 'Other', ru: 'Другое', kk: 'Басқа' } },
]

export const valuesOf = (list: Labelled[]) => list.map((item) => item.value)

import { expect, test } from '@playwright/test'
import { apiToken, newPastEvent } from './helpers'

// The event page as a reader opens it for facts: when, where, what is shown and how to get in.
const washington = '/events/amre-premiere-washington-2026'

test.describe('an event page gives its facts first', () => {
  test.use({ viewport: { width: 360, height: 740 } })

  for (const locale of ['en', 'ru', 'kk'])
    test(`dates, place and the schedule are on a phone's first screen (${locale})`, async ({ page }) => {
      await page.goto(`/${locale}${washington}`)
      const facts = page.getByTestId('event-facts')
      await expect(facts).toBeVisible()
      const firstScreening = page.getByTestId('screening').first()
      const time = firstScreening.locator('time')
      for (const element of [facts, time]) {
        const box = (await element.boundingBox())!
        expect(box.y + box.height).toBeLessThanOrEqual(740)
      }
    })
})

test.describe('event facts', () => {
  const notes = {
    en: 'Times are local to the venue (Washington).',
    ru: 'Время местное для площадки (Вашингтон).',
    kk: 'Уақыт өтетін жердің жергілікті уақытымен (Вашингтон).',
  }
  for (const [locale, note] of Object.entries(notes))
    test(`the time note names the venue's city in the reader's language (${locale})`, async ({ page }) => {
      await page.goto(`/${locale}${washington}`)
      await expect(page.getByText(note)).toBeVisible()
    })

  test('Cannes is named, not the Paris of its time zone', async ({ page }) => {
    await page.goto('/ru/events/cannes-2026-kazakhstan-pavilion')
    await expect(page.getByText('Время местное для площадки (Канны).')).toBeVisible()
  })

  test('each screening gives its language, subtitles and admission, with the ticket link', async ({
    page,
  }) => {
    await page.goto('/en/events/days-of-kazakh-cinema-brussels-2025')
    await expect(page.getByTestId('screening-language').first()).toHaveText(
      'Language: Kazakh · Subtitles: French, English',
    )
    await page.goto(`/en${washington}`)
    const screening = page.getByTestId('screening').first()
    await expect(screening.getByTestId('admission')).toHaveText('By invitation')
    await expect(screening.getByRole('link', { name: /Tickets and registration/ })).toHaveAttribute(
      'href',
      'https://example.org/register/amre-washington',
    )
    await page.goto(`/ru${washington}`)
    await expect(page.getByTestId('screening-language').first()).toHaveText(
      'Язык: казахский · Субтитры: английский',
    )
  })

  test('the venue has its address and a map link', async ({ page }) => {
    await page.goto(`/en${washington}`)
    const venues = page.getByTestId('venues')
    await expect(venues).toContainText(
      'Embassy of Kazakhstan, screening hall, 1401 16th Street NW, Washington, DC',
    )
    await expect(venues.getByRole('link', { name: /Show on the map/ })).toHaveAttribute(
      'href',
      'https://www.openstreetmap.org/search?query=1401%2016th%20Street%20NW%2C%20Washington%2C%20DC',
    )
    await page.goto('/kk/events/days-of-kazakh-cinema-brussels-2025')
    await expect(page.getByTestId('venues').getByRole('link', { name: /Картадан көру/ })).toHaveAttribute(
      'href',
      /^https:\/\/www\.openstreetmap\.org\/\?mlat=50\.8474&mlon=4\.3553/,
    )
  })

  test('a past event offers no calendar; an upcoming one does', async ({ page }) => {
    await page.goto('/en/events/days-of-kazakh-cinema-brussels-2025')
    await expect(page.getByText('This event has ended.')).toBeVisible()
    // The footer's feed of all screenings aside, no calendar link on the page.
    await expect(page.getByRole('main').getByRole('link', { name: /calendar/i })).toHaveCount(0)
    await page.goto(`/en${washington}`)
    await expect(page.getByRole('link', { name: 'Add the whole event to your calendar' })).toBeVisible()
    await expect(page.getByRole('link', { name: /^Add to calendar/ })).toHaveCount(1)
  })

  test('the main picture comes after the facts and the schedule', async ({ page }) => {
    await page.goto('/en/events/days-of-kazakh-cinema-brussels-2025')
    const schedule = (await page.getByRole('region', { name: 'Screenings' }).boundingBox())!
    const picture = (await page.locator('article > img').first().boundingBox())!
    expect(picture.y).toBeGreaterThan(schedule.y + schedule.height)
  })
})

test('an event reported on by its embassy and by a delegation links both reports', async ({
  page,
  request,
}) => {
  const fresh = await newPastEvent(request, {
    embassy: 'belgium',
    title: `Reported twice ${Date.now()}`,
    screenings: ['2026-11-05T18:00:00.000Z'],
  })
  const token = async (email: string) => ({ Authorization: `JWT ${await apiToken(request, email)}` })
  const [editor, admin, brussels] = await Promise.all(
    ['editor@example.org', 'admin@example.org', 'brussels@example.org'].map(token),
  )
  const { docs } = await (
    await request.get(`/api/screenings?where[event][equals]=${fresh.id}&depth=0`, { headers: editor })
  ).json()
  const write = async (headers: Record<string, string>, data: Record<string, unknown>) => {
    const created = await request.post('/api/reports?locale=en', {
      headers,
      data: {
        event: fresh.id,
        writtenIn: 'en',
        status: 'submitted',
        screenings: [{ screening: docs[0].id, attendance: 30 }],
        ...data,
      },
    })
    expect(created.status()).toBe(201)
    return (await created.json()).doc as { id: number | string }
  }
  const publish = async (id: number | string, headers: Record<string, string>) => {
    for (const status of ['approved', 'published'])
      expect((await request.patch(`/api/reports/${id}`, { headers, data: { status } })).status()).toBe(200)
  }
  await publish((await write(brussels, { title: 'The embassy on the evening' })).id, editor)
  // The ministry's own report: a second editor (here the administrator) approves it.
  const delegation = { reportedBy: 'delegation', delegation: 'Delegation of the Ministry of Culture' }
  await publish((await write(editor, { title: 'The delegation on the evening', ...delegation })).id, admin)

  await page.goto(`/en/events/${fresh.slug}`)
  const section = page.locator('section[aria-labelledby="report"]')
  await expect(section.getByRole('heading')).toHaveText('Reports')
  await expect(section.getByRole('link')).toHaveText([
    'Read the embassy’s report: The embassy on the evening',
    'Read the delegation’s report: The delegation on the evening',
  ])
  await page.goto(`/ru/events/${fresh.slug}`)
  await expect(section.getByRole('heading')).toHaveText('Отчёты')
  await expect(section.getByRole('link').last()).toContainText('Читать отчёт делегации')
})

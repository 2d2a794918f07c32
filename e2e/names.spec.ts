import { expect, test } from '@playwright/test'

// Names are written per language (issue 11): Cyrillic on Russian and Kazakh pages, Latin in English.
const film = {
  en: { director: 'Akan Satayev', actress: 'Aliya Anuarbek', festival: 'WeLink International Film Festival' },
  ru: { director: 'Акан Сатаев', actress: 'Алия Ануарбек', festival: 'Международный кинофестиваль WeLink' },
  kk: { director: 'Ақан Сатаев', actress: 'Әлия Әнуарбек', festival: 'WeLink халықаралық кинофестивалі' },
}
const brussels = {
  en: { guest: 'Aliya Anuarbek', venue: 'Cinéma Galeries', partner: 'Kazakhfilm', quoted: 'Frank Depaifve' },
  ru: {
    guest: 'Алия Ануарбек',
    venue: 'Кинотеатр Cinéma Galeries',
    partner: 'Казахфильм',
    quoted: 'Франк Депайфв',
  },
  kk: {
    guest: 'Әлия Әнуарбек',
    venue: 'Cinéma Galeries кинотеатры',
    partner: 'Қазақфильм',
    quoted: 'Франк Депайфв',
  },
}

for (const locale of ['en', 'ru', 'kk'] as const) {
  test(`a film page names its director, cast and festivals in ${locale}`, async ({ page }) => {
    const names = film[locale]
    await page.goto(`/${locale}/films/road-to-mother`)
    const main = page.locator('main')
    await expect(main).toContainText(names.director)
    await expect(main).toContainText(names.festival)
    if (locale !== 'en') await expect(main).not.toContainText('Akan Satayev')
    // Road to Mother lists no cast in the demo; Myn Bala does.
    await page.goto(`/${locale}/films/myn-bala`)
    await expect(main).toContainText(names.actress)
  })

  test(`an event page names its venue and guests in ${locale}, and so does its calendar file`, async ({
    page,
    request,
  }) => {
    const names = brussels[locale]
    await page.goto(`/${locale}/events/days-of-kazakh-cinema-brussels-2025`)
    const schedule = page.locator('main')
    await expect(schedule).toContainText(names.guest)
    await expect(schedule).toContainText(names.venue)
    if (locale !== 'en') await expect(schedule).not.toContainText('Aliya Anuarbek')
    const calendar = await request.get(`/${locale}/events/days-of-kazakh-cinema-brussels-2025/calendar.ics`)
    // Calendar lines fold at 75 octets: unfold before looking for the venue.
    const text = (await calendar.text()).replace(/\r\n[ \t]/g, '')
    expect(text).toContain(`LOCATION:${names.venue}`)
  })

  test(`a report page names its partners and who was quoted in ${locale}`, async ({ page }) => {
    const names = brussels[locale]
    await page.goto(`/${locale}/reports/days-of-kazakh-cinema-brussels-2025-report`)
    const main = page.locator('main')
    await expect(main).toContainText(names.partner)
    await expect(main).toContainText(names.quoted)
    await expect(main).toContainText(names.guest)
  })
}

import { expect, test, type Page } from '@playwright/test'

// The sign-in form's own words in each language (messages/*.json, portal.problems.invalid).
const wrongPassword = {
  en: 'The email or password is not right.',
  ru: 'Неверная почта или пароль.',
  kk: 'Пошта немесе құпиясөз қате.',
} as const

/** Everything the browser receives for the sign-in page: the HTML with its RSC payload, and every script. */
const whatTheBrowserGets = async (page: Page) => {
  const bodies: Promise<string>[] = []
  page.on('response', (response) => {
    if (/javascript|html|x-component/.test(response.headers()['content-type'] ?? ''))
      bodies.push(response.text().catch(() => ''))
  })
  await page.goto('/portal/sign-in')
  await page.waitForLoadState('networkidle')
  return (await Promise.all(bodies)).join('\n')
}

for (const language of ['en', 'ru', 'kk'] as const)
  test(`the sign-in page in ${language} sends the browser its words and no other language’s`, async ({
    page,
    baseURL,
  }) => {
    await page.context().addCookies([{ name: 'portal-language', value: language, url: baseURL! }])
    const received = await whatTheBrowserGets(page)
    // The form's messages are there (the client component shows them without another request)…
    expect(received).toContain(wrongPassword[language])
    // …and the other languages' are not, neither in the RSC payload nor in any script.
    for (const other of (['en', 'ru', 'kk'] as const).filter((code) => code !== language))
      expect(received).not.toContain(wrongPassword[other])
    await expect(page.locator('html')).toHaveAttribute('lang', language)
  })

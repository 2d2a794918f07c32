import { expect, test } from '@playwright/test'

// The site's mark in the browser tab, on a phone's home screen and wherever a crawler asks for it.

test('/favicon.ico is an icon, and every page links the icons', async ({ request }) => {
  const favicon = await request.get('/favicon.ico')
  expect(favicon.status()).toBe(200)
  expect(favicon.headers()['content-type']).toBe('image/x-icon')
  const bytes = await favicon.body()
  // An ICO header: reserved 0, type 1 (icon), three images (16, 32 and 48 px).
  expect([...bytes.subarray(0, 6)]).toEqual([0, 0, 1, 0, 3, 0])

  for (const path of ['/en', '/ru/events', '/kk/films/road-to-mother', '/portal/sign-in']) {
    const html = await (await request.get(path)).text()
    const links = [...html.matchAll(/<link rel="(icon|apple-touch-icon)"[^>]*href="([^"]+)"/g)]
    expect(links.map(([, rel]) => rel).sort(), path).toEqual(
      expect.arrayContaining(['apple-touch-icon', 'icon']),
    )
    for (const [, , href] of links) {
      const icon = await request.get(href.replaceAll('&amp;', '&'))
      expect(icon.status(), href).toBe(200)
      expect(icon.headers()['content-type'], href).toMatch(/^image\//)
    }
  }
})

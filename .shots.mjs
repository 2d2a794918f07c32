// Screenshots for the share lane (not committed).
import { chromium } from '@playwright/test'
import fs from 'node:fs'
const base = 'http://localhost:3250'
const out = '/tmp/share/shots'
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] })
for (const [name, path] of [
  ['og-kk-home', '/kk/social-card'],
  ['og-ru-events', '/ru/social-card/events'],
  ['og-en-country', '/en/social-card/countries/be'],
  ['og-kk-film', '/kk/social-card/films/aika'],
  ['og-ru-event', '/ru/social-card/events/amre-premiere-washington-2026'],
]) {
  const r = await fetch(base + path)
  fs.writeFileSync(`${out}/${name}.png`, Buffer.from(await r.arrayBuffer()))
  console.log(name, r.status, r.headers.get('content-type'), r.headers.get('cache-control'), r.headers.get('content-length'))
}
for (const width of [360, 1280]) {
  const ctx = await browser.newContext({ javaScriptEnabled: false, viewport: { width, height: 900 }, extraHTTPHeaders: { 'Accept-Language': 'kk' } })
  const page = await ctx.newPage()
  for (const [name, path] of [['404-kk', '/kk/events/no-such-event'], ['404-xx', '/xx'], ['404-ru', '/ru/films/nope']]) {
    await page.goto(base + path)
    await page.screenshot({ path: `${out}/${name}-${width}.png`, fullPage: true })
  }
  const ctx2 = await browser.newContext({ viewport: { width, height: 900 } })
  const p2 = await ctx2.newPage()
  await p2.goto(base + '/kk/films/road-to-mother')
  await p2.evaluate(() => document.fonts.ready)
  await p2.screenshot({ path: `${out}/kk-film-${width}.png` })
  await p2.goto(base + '/kk')
  await p2.evaluate(() => document.fonts.ready)
  await p2.screenshot({ path: `${out}/kk-home-${width}.png` })
}
await browser.close()

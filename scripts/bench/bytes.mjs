// What each public page ships: its HTML, and the JavaScript and CSS its tags load, gzipped as a
// server would send them. JavaScript is split into the framework's runtime (the build manifest's
// rootMainFiles and polyfills: every page of any Next app loads them) and ours (everything else).
import fs from 'node:fs'
import path from 'node:path'
import { gzipSync } from 'node:zlib'

const gzipped = (buffer) => gzipSync(buffer).length

const frameworkFiles = (distDir) => {
  try {
    const manifest = JSON.parse(fs.readFileSync(path.join(distDir, 'build-manifest.json'), 'utf8'))
    return new Set(
      [...(manifest.rootMainFiles ?? []), ...(manifest.polyfillFiles ?? [])].map((file) => `/_next/${file}`),
    )
  } catch {
    return new Set()
  }
}

const attribute = (tag, name) => tag.match(new RegExp(`\\s${name}="([^"]*)"`))?.[1]

/** The external scripts a modern browser runs (not `nomodule`) and the stylesheets, from the HTML. */
export const assetsOf = (html) => {
  const scripts = [...html.matchAll(/<script\b[^>]*>/g)]
    .map(([tag]) => tag)
    .filter((tag) => !/\snomodule\b/i.test(tag))
    .map((tag) => attribute(tag, 'src'))
    .filter(Boolean)
  const styles = [...html.matchAll(/<link\b[^>]*>/g)]
    .map(([tag]) => tag)
    .filter((tag) => /\srel="stylesheet"/.test(tag))
    .map((tag) => attribute(tag, 'href'))
    .filter(Boolean)
  return { scripts: [...new Set(scripts)], styles: [...new Set(styles)] }
}

export const measureBytes = async ({ origin, pages, distDir }) => {
  const framework = frameworkFiles(distDir)
  const sizes = new Map()
  const size = async (src) => {
    const url = new URL(src.replaceAll('&amp;', '&'), origin)
    if (!sizes.has(url.href))
      sizes.set(url.href, gzipped(Buffer.from(await (await fetch(url)).arrayBuffer())))
    return { path: url.pathname, gzip: sizes.get(url.href) }
  }
  const results = {}
  for (const [name, pagePath] of Object.entries(pages)) {
    const response = await fetch(`${origin}${pagePath}`)
    const body = Buffer.from(await response.arrayBuffer())
    if (!/html/.test(response.headers.get('content-type') ?? '')) {
      results[name] = { path: pagePath, bytes: body.length, gzip: gzipped(body) }
      continue
    }
    const html = body.toString('utf8')
    const { scripts, styles } = assetsOf(html)
    const js = await Promise.all(scripts.map(size))
    const css = await Promise.all(styles.map(size))
    const sum = (files) => files.reduce((total, file) => total + file.gzip, 0)
    results[name] = {
      path: pagePath,
      bytes: body.length,
      gzip: gzipped(body),
      frameworkJS: sum(js.filter((file) => framework.has(file.path))),
      ourJS: sum(js.filter((file) => !framework.has(file.path))),
      css: sum(css),
      scripts: js,
    }
    const kb = (n) => `${(n / 1024).toFixed(1)} KB`
    console.log(
      `  ${name.padEnd(16)} HTML ${kb(body.length)} (${kb(results[name].gzip)} gz)  JS framework ${kb(results[name].frameworkJS)} ours ${kb(results[name].ourJS)}  CSS ${kb(results[name].css)}`,
    )
  }
  return { pages: results, frameworkFiles: [...framework] }
}

// What each public page ships: its HTML, and the JavaScript and CSS its tags load, gzipped as a
// server would send them. JavaScript is split into the framework's runtime (what every App Router
// page of any Next app loads) and ours (what this app's choices add), and each of our chunks is
// named by the client components that need it: what its kilobytes buy.
import fs from 'node:fs'
import path from 'node:path'
import vm from 'node:vm'
import { gzipSync } from 'node:zlib'

const gzipped = (buffer) => gzipSync(buffer).length

/** The build manifest's rootMainFiles and polyfills: the runtime itself. */
const runtimeFiles = (distDir) => {
  try {
    const manifest = JSON.parse(fs.readFileSync(path.join(distDir, 'build-manifest.json'), 'utf8'))
    return new Set(
      [...(manifest.rootMainFiles ?? []), ...(manifest.polyfillFiles ?? [])].map((file) => `/_next/${file}`),
    )
  } catch {
    return new Set()
  }
}

// Next's own client components (layout router, error boundaries, metadata), on every App Router page.
const nextBuiltIn = /^node_modules\/next\/dist\/(esm\/)?(client\/components|lib\/framework|lib\/metadata)\//

/**
 * Each client chunk and the client modules that need it, from the client reference manifests Next
 * writes beside every server route (the only place a production build names its modules).
 */
const chunkUsers = (distDir) => {
  const users = new Map()
  const appDir = path.join(distDir, 'server', 'app')
  if (!fs.existsSync(appDir)) return users
  for (const file of fs.readdirSync(appDir, { recursive: true })) {
    if (!String(file).endsWith('_client-reference-manifest.js')) continue
    const context = {}
    vm.runInNewContext(fs.readFileSync(path.join(appDir, String(file)), 'utf8'), { globalThis: context })
    for (const manifest of Object.values(context.__RSC_MANIFEST ?? {}))
      for (const [module, { chunks }] of Object.entries(manifest.clientModules ?? {}))
        for (const chunk of chunks) {
          if (!users.has(chunk)) users.set(chunk, new Set())
          users.get(chunk).add(module.replace('[project]/', ''))
        }
  }
  return users
}

/** A chunk is the framework's when it is the runtime or only Next's built-in components need it. */
export const frameworkClassifier = (distDir) => {
  const runtime = runtimeFiles(distDir)
  const users = chunkUsers(distDir)
  const neededBy = (file) =>
    [...(users.get(file) ?? [])]
      .filter((module) => !nextBuiltIn.test(module))
      .map((module) => module.replace(/^node_modules\/next\/dist\/client\/(app-dir\/)?/, 'next/'))
  return {
    runtime,
    isFramework: (file) => runtime.has(file) || (users.has(file) && neededBy(file).length === 0),
    neededBy,
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
  const framework = frameworkClassifier(distDir)
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
      frameworkJS: sum(js.filter((file) => framework.isFramework(file.path))),
      ourJS: sum(js.filter((file) => !framework.isFramework(file.path))),
      css: sum(css),
      scripts: js.map((file) =>
        framework.isFramework(file.path) ? file : { ...file, neededBy: framework.neededBy(file.path) },
      ),
    }
    const kb = (n) => `${(n / 1024).toFixed(1)} KB`
    const ours = [...new Set(results[name].scripts.flatMap((file) => file.neededBy ?? []))]
    console.log(
      `  ${name.padEnd(16)} HTML ${kb(body.length)} (${kb(results[name].gzip)} gz)  JS framework ${kb(results[name].frameworkJS)} ours ${kb(results[name].ourJS)} (${ours.join(', ')})  CSS ${kb(results[name].css)}`,
    )
  }
  return { pages: results, frameworkFiles: [...framework.runtime] }
}

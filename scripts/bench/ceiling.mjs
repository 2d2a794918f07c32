// Start the bare ceiling server (bareServer.mjs) holding a copy of each page's bytes.
import { fork } from 'node:child_process'

const once = (child, type) =>
  new Promise((resolve, reject) => {
    child.on('message', (message) => message.type === type && resolve())
    child.once('exit', (code) => reject(new Error(`The bare server stopped (exit ${code})`)))
  })

/** `pages`: path → URL to copy from. Returns the origin serving the same bytes at the same paths. */
export const startCeiling = async ({ port, pages }) => {
  const child = fork(new URL('./bareServer.mjs', import.meta.url), { env: { PORT: String(port) } })
  await once(child, 'listening')
  for (const [path, url] of Object.entries(pages)) {
    const response = await fetch(url)
    const body = Buffer.from(await response.arrayBuffer())
    child.send({
      type: 'page',
      path,
      body: body.toString('base64'),
      contentType: response.headers.get('content-type'),
    })
  }
  child.send({ type: 'ready' })
  await once(child, 'ready')
  return { origin: `http://127.0.0.1:${port}`, stop: () => child.kill('SIGTERM') }
}

// nginx in front of a local server, from the production example deploy/nginx/film-cms.conf: the same
// caching rules, with its app addresses, listen address, certificates and paths swapped for a
// temporary folder. Used by `npm run bench` and by tests/nginxCache.test.ts.
import { spawn, spawnSync } from 'node:child_process'
import fs from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'

export const productionExample = path.resolve(import.meta.dirname, '../../deploy/nginx/film-cms.conf')

/** The nginx binary, installed from Debian's packages when missing and we may (root), as Chromium is. */
export const ensureNginx = () => {
  const found = ['/usr/sbin/nginx', '/usr/bin/nginx'].find((file) => fs.existsSync(file))
  if (found) return found
  if (process.getuid?.() !== 0)
    throw new Error('nginx is missing. Install it with: sudo apt-get install -y nginx-light')
  console.log('› Installing nginx from Debian packages')
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' }
  for (const args of [['update'], ['install', '-y', '--no-install-recommends', 'nginx-light']]) {
    const result = spawnSync('apt-get', args, { stdio: 'inherit', env })
    if (result.status !== 0) throw new Error(`apt-get ${args.join(' ')} failed (exit ${result.status})`)
  }
  return ensureNginx()
}

/**
 * The site file with local addresses: `upstreams` ("127.0.0.1:3701", ...) for the app instances,
 * `listen` for nginx, the cache under `dir`; the plain-http redirect server and TLS lines dropped.
 */
export const localSite = (site, { upstreams, listen, dir }) => {
  const local = site
    .replace(/(upstream film_cms \{[^}]*?)(\n\s*server [^\n]*;)+/, (_, head) =>
      [head, ...upstreams.map((address) => `\n    server ${address} max_fails=3 fail_timeout=10s;`)].join(''),
    )
    .replace('/var/cache/nginx/film-cms', path.join(dir, 'cache'))
    .replace(/server \{\n\s*listen 80;[^}]*return 301[^}]*\}\n/, '')
    .replace(/\n\s*listen \[::\]:443[^\n]*;/, '')
    .replace(/listen 443 ssl[^;]*;/, `listen ${listen};`)
    .replace(/\n\s*ssl_[^\n]*;/g, '')
  if (local.includes('ssl') || local.includes('return 301') || !local.includes(`listen ${listen};`))
    throw new Error(`${productionExample} no longer has the shape this script rewrites; update localSite().`)
  return local
}

/** A whole nginx.conf that runs in the foreground from `dir`, with the site inside its http block. */
export const localNginxConfig = ({ site, dir, workers = 'auto' }) =>
  `worker_processes ${workers};
daemon off;
pid ${path.join(dir, 'nginx.pid')};
error_log ${path.join(dir, 'error.log')} warn;
${process.getuid?.() === 0 ? 'user nobody nogroup;\n' : ''}events { worker_connections 4096; }
http {
    include /etc/nginx/mime.types;
    default_type application/octet-stream;
    access_log off;
    sendfile on;
    keepalive_timeout 65;
    keepalive_requests 100000;
${['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']
  .map((kind) => `    ${kind}_temp_path ${path.join(dir, 'tmp', kind)};`)
  .join('\n')}
${site}
}
`

/** A port nobody listens on now, from the range the caller owns. */
export const freePort = async (from, to) => {
  for (let port = from; port <= to; port++) {
    const free = await new Promise((resolve) => {
      const probe = net.createServer().once('error', () => resolve(false))
      probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(true)))
    })
    if (free) return port
  }
  throw new Error(`No free port between ${from} and ${to}.`)
}

/**
 * Start nginx in the foreground in front of `upstreams`, listening on 127.0.0.1:`port`; resolves
 * once it accepts connections. `stop()` ends it (and only it) and removes its folder.
 */
export const startNginx = async ({ upstreams, port, workers }) => {
  const binary = ensureNginx()
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'film-cms-nginx-'))
  // Run as root, nginx's workers drop to nobody: they must be able to write the cache.
  fs.chmodSync(dir, 0o755)
  for (const sub of ['cache', 'tmp']) fs.mkdirSync(path.join(dir, sub), { mode: 0o777 })
  for (const sub of ['cache', 'tmp']) fs.chmodSync(path.join(dir, sub), 0o777)
  const site = localSite(fs.readFileSync(productionExample, 'utf8'), {
    upstreams,
    listen: `127.0.0.1:${port}`,
    dir,
  })
  const config = path.join(dir, 'nginx.conf')
  fs.writeFileSync(config, localNginxConfig({ site, dir, workers }))
  const errorLog = path.join(dir, 'error.log')
  const child = spawn(binary, ['-c', config, '-p', dir, '-e', errorLog], {
    stdio: ['ignore', 'ignore', 'pipe'],
  })
  let stderr = ''
  child.stderr.on('data', (chunk) => (stderr += chunk))
  const exited = new Promise((resolve) => child.once('exit', resolve))
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGQUIT')
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5000))])
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL')
    }
    fs.rmSync(dir, { recursive: true, force: true })
  }
  for (let i = 0; i < 100; i++) {
    if (child.exitCode !== null) {
      const log = fs.existsSync(errorLog) ? fs.readFileSync(errorLog, 'utf8') : ''
      await stop()
      throw new Error(`nginx did not start: ${stderr}${log}`)
    }
    const up = await new Promise((resolve) => {
      const socket = net.connect(port, '127.0.0.1', () => resolve(socket.end() && true))
      socket.once('error', () => resolve(false))
    })
    if (up) return { origin: `http://127.0.0.1:${port}`, pid: child.pid, dir, stop }
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  await stop()
  throw new Error('nginx did not accept connections within 10 s.')
}

// The bare ceiling: Node's own `http` sending the bytes a page answered with, from memory, with no
// framework in between. A child process of the bench, so it has a core of its own like the app.
import http from 'node:http'

const pages = new Map()
process.on('message', (message) => {
  if (message.type === 'page')
    pages.set(message.path, { body: Buffer.from(message.body, 'base64'), contentType: message.contentType })
  if (message.type === 'ready') process.send({ type: 'ready' })
})

const server = http.createServer((request, response) => {
  const page = pages.get(request.url)
  if (!page) {
    response.writeHead(404)
    return response.end()
  }
  response.writeHead(200, { 'Content-Type': page.contentType, 'Content-Length': page.body.length })
  response.end(page.body)
})
server.keepAliveTimeout = 65_000
server.listen(Number(process.env.PORT), '127.0.0.1', () => process.send({ type: 'listening' }))

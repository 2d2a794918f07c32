import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

// Rules about the code itself, checked by reading it: what a review would otherwise have to catch.

const root = path.resolve(__dirname, '..')
const sourceFiles = (dir: string): string[] =>
  fs.readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    const relative = path.join(dir, entry.name)
    if (entry.isDirectory()) return sourceFiles(relative)
    return /\.(ts|tsx)$/.test(entry.name) ? [relative] : []
  })

const localAPI =
  /\b(?:payload|req\.payload|context\.payload)\.(find|findByID|findVersions|findVersionByID|create|update|delete|count|duplicate|restoreVersion)\s*\(/g

/** The text of a call's arguments: from the opening parenthesis to its match. */
const callArguments = (source: string, open: number): string => {
  let depth = 0
  for (let i = open; i < source.length; i++) {
    if (source[i] === '(') depth++
    if (source[i] === ')' && --depth === 0) return source.slice(open + 1, i)
  }
  return source.slice(open + 1)
}

/** Every Local API call in a file, with its line and arguments. */
const callsIn = (file: string) => {
  const source = fs.readFileSync(path.join(root, file), 'utf8')
  return [...source.matchAll(localAPI)].map((match) => ({
    where: `${file}:${source.slice(0, match.index).split('\n').length} ${match[1]}`,
    args: callArguments(source, match.index! + match[0].length - 1),
  }))
}

describe('the code', () => {
  // Payload's generated admin and API routes are Payload's own; everything else in app/ acts for a
  // person, and so does what the portal's routes call in auth/.
  const appFiles = [
    ...sourceFiles('app').filter((file) => !file.startsWith(path.join('app', '(payload)'))),
    ...sourceFiles('auth'),
  ]

  it('finds the Local API calls it checks (the check itself works)', () => {
    const calls = appFiles.flatMap(callsIn)
    expect(calls.length).toBeGreaterThan(4)
    expect(callArguments('f({ a: g(1), b: 2 }) tail', 1)).toBe('{ a: g(1), b: 2 }')
  })

  it('every Local API call in app/ and auth/ is made as the signed-in user, with access rules on', () => {
    const careless = appFiles
      .flatMap(callsIn)
      .filter(({ args }) => !/overrideAccess:\s*false/.test(args) || !/\buser\b/.test(args))
      .map(({ where }) => where)
    expect(careless).toEqual([])
  })

  it('every write the portal’s forms send carries the form’s language, so its rules answer in it', () => {
    const formFiles = appFiles.filter((file) => /portal[\\/]api[\\/]|^auth[\\/]/.test(file))
    const writes = formFiles.flatMap(callsIn).filter(({ where }) => /(create|update|delete)$/.test(where))
    expect(writes.length).toBeGreaterThan(2)
    expect(
      writes.filter(({ args }) => !/req:\s*\{\s*\.\.\.(context\.)?formLanguage\s*\}/.test(args)),
    ).toEqual([])
  })
})

describe('the dependencies', () => {
  const installed = (name: string): number[] =>
    JSON.parse(fs.readFileSync(path.join(root, 'node_modules', name, 'package.json'), 'utf8'))
      .version.split(/[.-]/)
      .slice(0, 3)
      .map(Number)
  const atLeast = (version: number[], minimum: number[]) => {
    for (let i = 0; i < 3; i++) if (version[i] !== minimum[i]) return version[i] > minimum[i]
    return true
  }

  // npm audit cannot reach an advisory database from here; these are the published fixes that matter.
  it.each([
    [
      'next',
      [16, 0, 7],
      'React server components RCE (CVE-2025-55182, Dec 2025); middleware bypass CVE-2025-29927 fixed long before',
    ],
    ['react', [19, 2, 1], 'React server components RCE (CVE-2025-55182)'],
    ['react-dom', [19, 2, 1], 'React server components RCE (CVE-2025-55182)'],
    ['payload', [3, 90, 0], 'Payload advisories up to the relationship-query leak fixed in 3.90.0'],
    ['@payloadcms/next', [3, 90, 0], 'same release line as payload'],
  ])('%s is at or past %j (%s)', (name, minimum) => {
    expect(atLeast(installed(name), minimum as number[])).toBe(true)
  })
})

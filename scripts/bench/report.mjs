// The bench's output: one row per figure beside its target, printed as a table and written with
// the machine, date, commit and options to bench/results.json.
import { execSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import * as prettier from 'prettier'
import { judge, shortfall } from './targets.mjs'

export const rowsBuilder = () => {
  const rows = []
  /** `figure` is how the value reads in the table; `value` the number judged against `target`. */
  const add = (group, what, value, figure, target) => {
    const mark = judge(value, target)
    rows.push({
      group,
      what,
      value,
      figure,
      target: target?.text ?? '',
      mark,
      short: target ? shortfall(value, target) : '',
    })
  }
  return { rows, add }
}

const cell = (text, width) => String(text).padEnd(width)

export const formatTable = (rows) => {
  const header = { group: 'group', what: 'what', figure: 'figure', target: 'target', mark: '' }
  const widths = Object.fromEntries(
    ['group', 'what', 'figure', 'target'].map((key) => [
      key,
      Math.max(...[header, ...rows].map((row) => String(row[key]).length)),
    ]),
  )
  return [header, ...rows]
    .map((row, index) =>
      [
        cell(row.group, widths.group),
        cell(row.what, widths.what),
        cell(row.figure, widths.figure),
        cell(row.target, widths.target),
        index === 0 ? 'mark' : markOf(row),
      ].join('  '),
    )
    .join('\n')
}

const markOf = (row) => (row.mark === 'pass' ? '✓' : row.mark === 'miss' ? `✗ ${row.short}` : '')

/** The README's copy of a full run: where and when it ran, then every figure beside its target. */
export const markdownTable = (results) => {
  const { machine: box, date, commit, options } = results
  const escape = (text) => String(text).replaceAll('|', '\\|')
  return [
    `Measured ${date.slice(0, 10)} on commit \`${commit?.slice(0, 7) ?? 'unknown'}\`, the ${options.archive} archive, ` +
      `${box.cpus} × ${box.cpu ?? 'CPU'}, ${box.memoryGB} GB, Node ${box.node} ` +
      `(load average at the end: ${box.loadAverage.join(', ')}).`,
    '',
    '| group | what | figure | target | met |',
    '| --- | --- | --- | --- | --- |',
    ...results.rows.map(
      (row) => `| ${[row.group, row.what, row.figure, row.target, markOf(row)].map(escape).join(' | ')} |`,
    ),
  ].join('\n')
}

const begin = '<!-- bench:begin (written by npm run bench) -->'
const end = '<!-- bench:end -->'

/** Puts a full run's table between the README's markers, formatted as `npm run lint` checks it. */
export const writeReadmeTable = async (results, readme = 'README.md') => {
  const text = fs.readFileSync(readme, 'utf8')
  const from = text.indexOf(begin)
  const to = text.indexOf(end)
  if (from === -1 || to < from) throw new Error(`${readme} has no ${begin} … ${end} markers`)
  const next = `${text.slice(0, from + begin.length)}\n\n${markdownTable(results)}\n\n${text.slice(to)}`
  fs.writeFileSync(
    readme,
    await prettier.format(next, { ...(await prettier.resolveConfig(readme)), filepath: readme }),
  )
}

const git = (command) => {
  try {
    return execSync(`git ${command}`, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim()
  } catch {
    return null
  }
}

export const machine = () => ({
  cpus: os.cpus().length,
  cpu: os.cpus()[0]?.model ?? null,
  memoryGB: Math.round(os.totalmem() / 1024 ** 3),
  os: `${os.type()} ${os.release()}`,
  node: process.version,
  loadAverage: os.loadavg().map((load) => Math.round(load * 100) / 100),
})

export const writeResults = async (file, { options, figures, rows, startedAt }) => {
  const results = {
    date: startedAt,
    finished: new Date().toISOString(),
    commit: git('rev-parse HEAD'),
    dirty: Boolean(git('status --porcelain')),
    machine: machine(),
    options,
    rows,
    figures,
  }
  fs.mkdirSync(path.dirname(file), { recursive: true })
  // Formatted as `npm run lint` checks it: the file is committed beside the README's table.
  fs.writeFileSync(
    file,
    await prettier.format(JSON.stringify(results), {
      ...(await prettier.resolveConfig(file)),
      filepath: file,
    }),
  )
  return results
}

// Resident memory of a process and all its descendants, read from /proc (Linux).
import fs from 'node:fs'

const pageSize = 4096

const processes = () => {
  const table = []
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8')
      // The command name may hold spaces and parentheses: fields start after the last ')'.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
      table.push({ pid: Number(entry), ppid: Number(fields[1]), rss: Number(fields[21]) * pageSize })
    } catch {}
  }
  return table
}

/** Bytes resident in `pid` and every process below it now. */
export const treeRSS = (pid) => {
  const table = processes()
  const inTree = new Set([pid])
  let grew = true
  while (grew) {
    grew = false
    for (const { pid: child, ppid } of table)
      if (inTree.has(ppid) && !inTree.has(child)) {
        inTree.add(child)
        grew = true
      }
  }
  return table.filter(({ pid: member }) => inTree.has(member)).reduce((sum, { rss }) => sum + rss, 0)
}

/** Sample the tree's memory every `ms` until stopped; `peak()` is the highest seen. */
export const watchPeakRSS = (pid, ms = 500) => {
  let peak = 0
  const sample = () => {
    try {
      peak = Math.max(peak, treeRSS(pid))
    } catch {}
  }
  sample()
  const timer = setInterval(sample, ms)
  timer.unref()
  return { peak: () => peak, stop: () => clearInterval(timer) }
}

// The benchmark's judgement of its figures (scripts/bench/targets.mjs, report.mjs) and what it
// counts as a page's shipped code (bytes.mjs): pure pieces, checked without a server.
import { describe, expect, it } from 'vitest'
import { judge, shortfall, targets } from '../scripts/bench/targets.mjs'
import { formatTable, rowsBuilder } from '../scripts/bench/report.mjs'
import { assetsOf } from '../scripts/bench/bytes.mjs'

describe('bench targets', () => {
  it('a page at 80% of the floor meets the target and one at 79% misses it by a point', () => {
    expect(judge(0.8, targets.shareOfFloor)).toBe('pass')
    expect(judge(0.79, targets.shareOfFloor)).toBe('miss')
    expect(shortfall(0.79, targets.shareOfFloor)).toBe('1 points short')
  })

  it('a p99 over 50 ms misses and says by how much', () => {
    expect(judge(50, targets.pageP99)).toBe('pass')
    expect(judge(4161, targets.pageP99)).toBe('miss')
    expect(shortfall(4161, targets.pageP99)).toBe('83.2× the limit')
  })

  it('the strict limits are strict: a build of exactly 180 s misses', () => {
    expect(judge(179.9, targets.build)).toBe('pass')
    expect(judge(180, targets.build)).toBe('miss')
  })

  it('a figure that never came (publish never visible) is a miss, not a pass', () => {
    expect(judge(null, targets.publishToVisible)).toBe('miss')
    expect(judge(undefined, targets.nginxPublishToVisible)).toBe('miss')
  })

  it('any error or lost save misses a zero target', () => {
    expect(judge(0, targets.none)).toBe('pass')
    expect(judge(1, targets.none)).toBe('miss')
    expect(shortfall(1, targets.none)).toBe('1 over')
  })

  it('the table shows each figure beside its target with a mark; figures without a target are unmarked', () => {
    const { rows, add } = rowsBuilder()
    add('public', 'search p99', 5499, 'p50 900 / p99 5,499 ms', targets.pageP99)
    add('public', 'event p99', 31, 'p50 12 / p99 31 ms', targets.pageP99)
    add('server', 'cold start to first page', null, '4,200 ms')
    const lines = formatTable(rows).split('\n')
    expect(lines[1]).toMatch(/search p99 +p50 900 \/ p99 5,499 ms +≤ 50 ms +✗ 110\.0× the limit/)
    expect(lines[2]).toMatch(/event p99 .*≤ 50 ms +✓$/)
    expect(lines[3]).toMatch(/cold start to first page +4,200 ms +$/)
  })
})

describe('bytes a page ships', () => {
  it('counts the scripts a modern browser runs and the stylesheets, once each', () => {
    const html = [
      '<link rel="stylesheet" href="/_next/static/css/a.css" data-precedence="next"/>',
      '<link rel="preload" as="script" href="/_next/static/chunks/x.js"/>',
      '<script src="/_next/static/chunks/runtime.js" async=""></script>',
      '<script src="/_next/static/chunks/page.js" async=""></script>',
      '<script src="/_next/static/chunks/page.js" async=""></script>',
      '<script src="/_next/static/chunks/polyfills.js" noModule=""></script>',
      '<script>self.__next_f.push([1,"inline"])</script>',
    ].join('')
    expect(assetsOf(html)).toEqual({
      scripts: ['/_next/static/chunks/runtime.js', '/_next/static/chunks/page.js'],
      styles: ['/_next/static/css/a.css'],
    })
  })
})

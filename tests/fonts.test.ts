import fs from 'node:fs'
import path from 'node:path'
import * as fontkit from 'fontkit'
import { describe, expect, it } from 'vitest'
import { codePointsOf, cutFont, cuts } from '../scripts/fonts.mjs'

// The public pages' fonts (lib/fonts.ts): each file is declared with the `unicode-range` of the
// letters it has, so a browser fetches it only for them and draws every letter the site writes.

const root = path.resolve(__dirname, '..')
const declarations = fs.readFileSync(path.join(root, 'lib/fonts.ts'), 'utf8')

/** Each localFont call of lib/fonts.ts: its file and the unicode-range it declares. */
const declared = [
  ...declarations.matchAll(/src: '([^']+)'[\s\S]*?prop: 'unicode-range',\s*value:\s*'([^']+)'/g),
].map(([, src, unicodeRange]) => ({ file: path.resolve(root, 'lib', src), unicodeRange }))

type Font = { characterSet: number[]; variationAxes: Record<string, { min: number; max: number }> }
const opened = new Map<string, Font>()
const open = (file: string) => {
  if (!opened.has(file)) opened.set(file, fontkit.create(fs.readFileSync(file)) as unknown as Font)
  return opened.get(file)!
}
const source = (name: string) => path.join(root, 'node_modules/@fontsource-variable/noto-sans/files', name)

/** Whether Noto draws a letter: a declared file has it and its range sends the browser there. */
const drawn = (letter: string) =>
  declared.some(
    ({ file, unicodeRange }) =>
      codePointsOf(unicodeRange).includes(letter.codePointAt(0)!) &&
      open(file).characterSet.includes(letter.codePointAt(0)!),
  )

describe('the extended fonts, cut to the letters the site writes (scripts/fonts.mjs)', () => {
  for (const [name, cut] of Object.entries(cuts)) {
    it(`${name} is declared with its own range and holds every letter of it its source has`, async () => {
      const declaration = declared.find(({ file }) => file.endsWith(`/assets/fonts/${name}`))
      expect(declaration?.unicodeRange).toBe(cut.unicodeRange)
      const wanted = new Set(codePointsOf(cut.unicodeRange))
      const expected = open(source(cut.from)).characterSet.filter((codePoint) => wanted.has(codePoint))
      const font = open(path.join(root, 'assets/fonts', name))
      // 0xFFFF: harfbuzz's placeholder entry of a cut file's character map, drawing nothing.
      expect(font.characterSet.filter((codePoint) => codePoint !== 0xffff).sort()).toEqual(expected.sort())
      // Still one variable file for every weight the pages use.
      expect(font.variationAxes.wght).toMatchObject({ min: 100, max: 900 })
      // The committed file is what the script makes from the installed source.
      const made = await cutFont(cut)
      expect(
        Buffer.compare(made, fs.readFileSync(path.join(root, 'assets/fonts', name))),
        `assets/fonts/${name} is not what \`npm run fonts\` makes now (source or harfbuzzjs upgraded?): run it`,
      ).toBe(0)
    })
  }

  it('draws every letter of Kazakh, Russian and the European names the archive holds', () => {
    const letters = [
      ...'АаӘәБбВвГгҒғДдЕеЁёЖжЗзИиЙйКкҚқЛлМмНнҢңОоӨөПпРрСсТтУуҰұҮүФфХхҺһЦцЧчШшЩщЪъЫыІіЬьЭэЮюЯя',
      ...'Chișinău Kraków Łódź Praha Gdańsk Bucureşti Bakı Gəncə İstanbul Tallinn Vilnius Rīga Ljubljana',
      ...'₸ ₽ € №',
    ].filter((letter) => letter.trim() !== '')
    expect(letters.filter((letter) => !drawn(letter))).toEqual([])
  })

  it('sends no letter of the preloaded files to an extended one', () => {
    // The extended files are not preloaded: a page whose letters the Latin and basic Cyrillic
    // files have (every English and Russian text) never fetches them.
    const extended = declared.filter(({ file }) => file.includes('/assets/fonts/'))
    const preloaded = new Set(
      declared
        .filter(({ file }) => !file.includes('/assets/fonts/'))
        .flatMap(({ unicodeRange }) => codePointsOf(unicodeRange) as number[]),
    )
    expect(extended).toHaveLength(2)
    expect(preloaded.size).toBeGreaterThan(256)
    for (const { unicodeRange } of extended)
      expect(codePointsOf(unicodeRange).filter((codePoint: number) => preloaded.has(codePoint))).toEqual([])
  })
})

import { readFileSync } from 'node:fs'
import path from 'node:path'
import PDFDocument from 'pdfkit'
import { countryName } from './countries'
import type { Insights } from './insights'
import { fill, insightsWords } from './insightsText'
import { intlLocale, type Locale } from './locales'
import { countryShapes, mapSize } from './worldMap'

/** A photo for the report, already read and made JPEG or PNG (all pdfkit embeds). */
export type ReportPhoto = { data: Buffer; caption: string }
export type ReportQuote = { text: string; person: string; role?: string | null; event: string }

export type AnnualReport = {
  year: number
  locale: Locale
  embassy?: string
  insights: Insights
  quotes: ReportQuote[]
  photos: ReportPhoto[]
  generatedAt: Date
}

// Noto Sans from @fontsource, which ships it cut by script: Latin (with digits and punctuation),
// Cyrillic, and Cyrillic Extended (Kazakh's ә ғ қ ң ө ү һ). Each run of text is set in the cut that
// holds its letters, and each cut is embedded (subset) in the PDF.
const fontFile = (subset: string, weight: number) =>
  path.join(
    process.cwd(),
    'node_modules/@fontsource/noto-sans/files',
    `noto-sans-${subset}-${weight}-normal.woff`,
  )
const subsets = ['latin', 'cyrillic', 'cyrillic-ext'] as const
type Subset = (typeof subsets)[number]
const fontCache = new Map<string, Buffer>()
const fontData = (subset: Subset, weight: number) => {
  const name = `${subset}-${weight}`
  if (!fontCache.has(name)) fontCache.set(name, readFileSync(fontFile(subset, weight)))
  return fontCache.get(name)!
}

// The unicode ranges fontsource gives each cut (its CSS), for the letters this report prints.
const subsetOf = (code: number): Subset => {
  if (
    (code >= 0x0400 && code <= 0x045f) ||
    code === 0x0490 ||
    code === 0x0491 ||
    code === 0x04b0 ||
    code === 0x04b1 ||
    code === 0x2116
  )
    return 'cyrillic'
  if (code >= 0x0460 && code <= 0x052f) return 'cyrillic-ext'
  return 'latin'
}

/** Text cut into runs that one font cut can set; a space (in every cut) stays in the run it is in. */
export const fontRuns = (text: string): { subset: Subset; text: string }[] => {
  const runs: { subset: Subset; text: string }[] = []
  for (const char of text) {
    const last = runs[runs.length - 1]
    const subset = char === ' ' && last ? last.subset : subsetOf(char.codePointAt(0)!)
    if (last && last.subset === subset) last.text += char
    else runs.push({ subset, text: char })
  }
  return runs
}

const colours = { ink: '#13293d', muted: '#4a5a6a', accent: '#1f5f99', empty: '#e8eef6', rule: '#c9d6e3' }
const shade = (value: number, most: number) =>
  ['#9cc3e6', '#5a95c9', '#1f5f99', '#0d2740'][Math.min(3, Math.floor((value / most) * 3.999))]

/** The annual report as a PDF, A4, in one language: figures, map, events, quotes and photos. */
export const annualReportPdf = (report: AnnualReport): Promise<Buffer> => {
  const w = insightsWords[report.locale]
  const intl = intlLocale(report.locale)
  const number = new Intl.NumberFormat(intl)
  const date = (value: string) =>
    new Intl.DateTimeFormat(intl, { day: 'numeric', month: 'long', timeZone: 'UTC' }).format(new Date(value))
  const country = (code: string) => countryName(code, intl)
  const { insights } = report
  const title = fill(w.annualReportTitle, { year: report.year })

  const doc = new PDFDocument({
    size: 'A4',
    margins: { top: 56, bottom: 56, left: 56, right: 56 },
    info: { Title: title, Author: w.ministry, Subject: report.embassy ?? '' },
    lang: report.locale,
    displayTitle: true,
    autoFirstPage: true,
  })
  for (const subset of subsets)
    for (const weight of [400, 700]) doc.registerFont(`${subset}-${weight}`, fontData(subset, weight))
  const chunks: Buffer[] = []
  doc.on('data', (chunk: Buffer) => chunks.push(chunk))
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))))

  const width = doc.page.width - doc.page.margins.left - doc.page.margins.right
  const left = doc.page.margins.left
  type WriteOptions = {
    bold?: boolean
    color?: string
    width?: number
    align?: 'left' | 'right'
    lines?: number
  }
  const runWidth = (text: string, size: number, bold?: boolean) =>
    fontRuns(text).reduce(
      (sum, run) =>
        sum +
        doc
          .font(`${run.subset}-${bold ? 700 : 400}`)
          .fontSize(size)
          .widthOfString(run.text),
      0,
    )
  /**
   * Writes text across font cuts, wrapping it ourselves at spaces: pdfkit's own wrapping of
   * `continued` runs may break a line where the font changes, inside a Kazakh word.
   */
  const write = (text: string, size: number, options: WriteOptions = {}) => {
    const { bold, color, align = 'left', lines: most = Infinity } = options
    const boxWidth = options.width ?? doc.page.width - doc.page.margins.right - doc.x
    const lines: string[] = []
    for (const word of (text || ' ').split(/\s+/)) {
      const last = lines[lines.length - 1]
      if (last !== undefined && runWidth(`${last} ${word}`, size, bold) <= boxWidth)
        lines[lines.length - 1] = `${last} ${word}`
      else lines.push(word)
    }
    if (lines.length > most) {
      lines.length = most
      lines[most - 1] = `${lines[most - 1]}…`
    }
    const x0 = doc.x
    let y = doc.y
    const lineHeight = size * 1.3
    doc.fillColor(color ?? colours.ink)
    for (const line of lines) {
      let x = align === 'right' ? x0 + boxWidth - runWidth(line, size, bold) : x0
      for (const run of fontRuns(line)) {
        doc.font(`${run.subset}-${bold ? 700 : 400}`).fontSize(size)
        doc.text(run.text, x, y, { lineBreak: false })
        x += doc.widthOfString(run.text)
      }
      y += lineHeight
    }
    doc.x = x0
    doc.y = y
  }
  const room = (height: number) => {
    if (doc.y + height > doc.page.height - doc.page.margins.bottom) doc.addPage()
  }
  const heading = (text: string) => {
    room(60)
    doc.moveDown(0.8)
    write(text, 16, { bold: true, color: colours.accent })
    doc
      .moveTo(left, doc.y + 2)
      .lineTo(left + width, doc.y + 2)
      .strokeColor(colours.rule)
      .lineWidth(1)
      .stroke()
    doc.moveDown(0.6)
  }
  /** A table of plain rows: columns share the width by the given fractions. */
  const table = (head: string[], rows: string[][], fractions: number[]) => {
    const widths = fractions.map((f) => f * width)
    // A column of numbers is right-aligned, its heading too.
    const numeric = head.map(
      (_, index) => index > 0 && rows.length > 0 && rows.every((row) => /^[\d\s ,.]+$/.test(row[index])),
    )
    const line = (cells: string[], bold: boolean) => {
      room(20)
      const top = doc.y
      let bottom = top
      cells.forEach((cell, index) => {
        const x = left + widths.slice(0, index).reduce((a, b) => a + b, 0)
        doc.x = x
        doc.y = top
        write(cell, 9, {
          width: widths[index] - 6,
          bold,
          align: numeric[index] ? 'right' : 'left',
        })
        bottom = Math.max(bottom, doc.y)
      })
      doc.x = left
      doc.y = bottom + 3
    }
    line(head, true)
    for (const row of rows) line(row, false)
  }

  // Cover: who, what, which year.
  write(w.ministry, 11, { color: colours.muted })
  doc.moveDown(2)
  write(title, 26, { bold: true })
  if (report.embassy) {
    doc.moveDown(0.3)
    write(report.embassy, 16, { color: colours.accent })
  }
  doc.moveDown(0.5)
  write(w.countedOnly, 9, { color: colours.muted, width })

  heading(w.headlineFigures)
  const figures: [string, number][] = [
    [w.events, insights.headline.events],
    [w.screenings, insights.headline.screenings],
    [w.countries, insights.headline.countries],
    [w.attendance, insights.headline.attendance],
    [w.attendancePerScreening, insights.headline.attendancePerScreening],
    [w.pressItems, insights.headline.pressItems],
    [w.agreements, insights.headline.agreements],
  ]
  const boxWidth = (width - 3 * 8) / 4
  const boxTop = doc.y
  figures.forEach(([label, value], index) => {
    const x = left + (index % 4) * (boxWidth + 8)
    const y = boxTop + Math.floor(index / 4) * 64
    doc.rect(x, y, boxWidth, 56).fillColor('#f1f5f9').fill()
    doc.x = x + 8
    doc.y = y + 6
    write(number.format(value), 18, { bold: true, width: boxWidth - 16 })
    doc.x = x + 8
    write(label, 8, { color: colours.muted, width: boxWidth - 16 })
  })
  doc.x = left
  doc.y = boxTop + 2 * 64

  // The map, drawn from the same outlines as the site's, shaded by attendance.
  heading(w.mapHeading)
  const attendance = Object.fromEntries(insights.byCountry.map((c) => [c.country, c.attendance]))
  const most = Math.max(1, ...Object.values(attendance))
  const scale = width / mapSize.width
  room(mapSize.height * scale + 10)
  const mapTop = doc.y
  doc.save()
  doc.translate(left, mapTop).scale(scale)
  for (const shape of countryShapes()) {
    const value = shape.code ? attendance[shape.code] : undefined
    doc
      .path(shape.path)
      .fillColor(value ? shade(value, most) : colours.empty)
      .fill()
  }
  doc.restore()
  doc.x = left
  doc.y = mapTop + mapSize.height * scale + 10
  table(
    [w.country, w.events, w.screenings, w.attendance],
    insights.byCountry
      .slice(0, 15)
      .map((c) => [
        country(c.country),
        number.format(c.events),
        number.format(c.screenings),
        number.format(c.attendance),
      ]),
    [0.46, 0.18, 0.18, 0.18],
  )

  heading(w.topFilmsAudience)
  table(
    [w.film, w.attendance, w.screenings, w.countries],
    insights.topFilmsByAudience
      .slice(0, 10)
      .map((f) => [
        f.title,
        number.format(f.attendance),
        number.format(f.screenings),
        number.format(f.countries),
      ]),
    [0.46, 0.18, 0.18, 0.18],
  )

  heading(w.eventsOfYear)
  const attendanceOf = new Map<string, number>()
  for (const row of insights.rows)
    attendanceOf.set(String(row.event.id), (attendanceOf.get(String(row.event.id)) ?? 0) + row.attendance)
  table(
    [w.date, w.event, w.city, w.attendance],
    insights.events
      .slice(0, 60)
      .map((e) => [
        date(e.startsOn),
        e.title,
        `${e.city}, ${country(e.country)}`,
        number.format(attendanceOf.get(String(e.id)) ?? 0),
      ]),
    [0.16, 0.44, 0.26, 0.14],
  )

  if (report.quotes.length) {
    heading(w.quotes)
    for (const quote of report.quotes) {
      room(70)
      const open = report.locale === 'en' ? '“' : '«'
      const close = report.locale === 'en' ? '”' : '»'
      write(`${open}${quote.text}${close}`, 11, { width })
      write(`— ${quote.person}${quote.role ? `, ${quote.role}` : ''} (${quote.event})`, 9, {
        color: colours.muted,
        width,
      })
      doc.moveDown(0.6)
    }
  }

  if (report.photos.length) {
    heading(w.photos)
    const photoWidth = (width - 12) / 2
    const photoHeight = photoWidth * 0.625
    for (const [index, photo] of report.photos.entries()) {
      if (index % 2 === 0) room(photoHeight + 30)
      const top = index % 2 === 0 ? doc.y : doc.y - photoHeight - 24
      const x = left + (index % 2) * (photoWidth + 12)
      try {
        doc.image(photo.data, x, top, { fit: [photoWidth, photoHeight], align: 'center' })
      } catch {
        continue
      }
      doc.x = x
      doc.y = top + photoHeight + 4
      write(photo.caption, 8, { color: colours.muted, width: photoWidth, lines: 1 })
      doc.x = left
      doc.y = top + photoHeight + 24
    }
  }

  doc.moveDown(1)
  room(30)
  write(
    fill(w.generated, {
      date: new Intl.DateTimeFormat(intl, { dateStyle: 'long' }).format(report.generatedAt),
    }),
    8,
    {
      color: colours.muted,
    },
  )
  doc.end()
  return done
}

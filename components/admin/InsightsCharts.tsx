import { worldMapSvg } from '@/lib/worldMapSvg'

/**
 * Charts drawn on the server as SVG: no chart library and no script in the browser. Each is a
 * picture (aria-hidden) beside a table that carries the same figures for screen readers.
 */
export function AttendanceMap({
  attendanceByCountry,
  label,
}: {
  attendanceByCountry: Record<string, number>
  label: string
}) {
  // Our own SVG from country outlines and numbers: no text from users reaches it.
  return (
    <div
      role="img"
      aria-label={label}
      style={{ maxWidth: 960, width: '100%' }}
      className="insights-map"
      dangerouslySetInnerHTML={{
        __html: worldMapSvg(attendanceByCountry).replace('<svg ', '<svg style="width:100%;height:auto" '),
      }}
    />
  )
}

export function MonthlyBars({
  months,
  locale,
}: {
  months: { month: string; attendance: number }[]
  locale: string
}) {
  const width = 720
  const height = 220
  const bottom = 36
  const most = Math.max(1, ...months.map((m) => m.attendance))
  const step = months.length ? width / months.length : width
  const monthName = (month: string) =>
    new Intl.DateTimeFormat(locale, { month: 'short', year: '2-digit', timeZone: 'UTC' }).format(
      new Date(`${month}-01T00:00:00Z`),
    )
  return (
    <svg
      viewBox={`0 0 ${width} ${height}`}
      style={{ width: '100%', maxWidth: width, height: 'auto' }}
      aria-hidden="true"
    >
      <line
        x1={0}
        y1={height - bottom}
        x2={width}
        y2={height - bottom}
        stroke="currentColor"
        strokeOpacity={0.4}
      />
      {months.map((m, index) => {
        const barHeight = ((height - bottom - 16) * m.attendance) / most
        const x = index * step + step * 0.15
        return (
          <g key={m.month}>
            <rect
              x={x}
              y={height - bottom - barHeight}
              width={step * 0.7}
              height={barHeight}
              fill="#1f5f99"
            />
            {months.length <= 24 && (
              <text
                x={x + step * 0.35}
                y={height - bottom + 14}
                fontSize={11}
                textAnchor="middle"
                fill="currentColor"
              >
                {monthName(m.month)}
              </text>
            )}
          </g>
        )
      })}
    </svg>
  )
}

export function HorizontalBars({ rows }: { rows: { label: string; value: number }[] }) {
  const rowHeight = 22
  const labelWidth = 220
  const width = 720
  const most = Math.max(1, ...rows.map((r) => r.value))
  return (
    <svg
      viewBox={`0 0 ${width} ${rows.length * rowHeight + 4}`}
      style={{ width: '100%', maxWidth: width, height: 'auto' }}
      aria-hidden="true"
    >
      {rows.map((row, index) => (
        <g key={index} transform={`translate(0 ${index * rowHeight})`}>
          <text x={labelWidth - 8} y={15} fontSize={12} textAnchor="end" fill="currentColor">
            {row.label.length > 32 ? `${row.label.slice(0, 31)}…` : row.label}
          </text>
          <rect
            x={labelWidth}
            y={4}
            height={14}
            width={((width - labelWidth - 60) * row.value) / most}
            fill="#1f5f99"
          />
          <text
            x={labelWidth + ((width - labelWidth - 60) * row.value) / most + 6}
            y={15}
            fontSize={12}
            fill="currentColor"
          >
            {row.value}
          </text>
        </g>
      ))}
    </svg>
  )
}

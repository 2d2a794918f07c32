/** The map's shades, lightest to darkest; a country with no events is `noEvents`. */
export const mapShades = ['#9cc3e6', '#5a95c9', '#1f5f99', '#0d2740']
export const noEventsShade = '#e8eef6'

/** Which shade a country with `count` events takes, when the busiest has `most`. */
export const shadeIndex = (count: number, most: number) =>
  Math.min(mapShades.length - 1, Math.floor((count / most) * (mapShades.length - 0.001)))

/**
 * The legend: each shade with the range of event counts it stands for (shades no count reaches
 * are left out), so the reader can tell 1 from 12.
 */
export const shadeLegend = (most: number): { shade: string; from: number; to: number }[] => {
  const legend: { shade: string; from: number; to: number }[] = []
  for (let count = 1; count <= Math.max(1, most); count++) {
    const shade = mapShades[shadeIndex(count, Math.max(1, most))]
    const last = legend.at(-1)
    if (last?.shade === shade) last.to = count
    else legend.push({ shade, from: count, to: count })
  }
  return legend
}

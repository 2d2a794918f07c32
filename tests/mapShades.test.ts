import { describe, expect, it } from 'vitest'
import { countryShapes } from '../lib/worldMap'
import { mapShades, shadeIndex, shadeLegend } from '../lib/mapShades'

describe('the map', () => {
  it('its legend gives each shade the counts it stands for', () => {
    expect(shadeLegend(12)).toEqual([
      { shade: mapShades[0], from: 1, to: 3 },
      { shade: mapShades[1], from: 4, to: 6 },
      { shade: mapShades[2], from: 7, to: 9 },
      { shade: mapShades[3], from: 10, to: 12 },
    ])
    expect(shadeLegend(2)).toEqual([
      { shade: mapShades[1], from: 1, to: 1 },
      { shade: mapShades[3], from: 2, to: 2 },
    ])
  })

  it('every count falls in the legend entry of its shade', () => {
    for (const most of [1, 3, 7, 40])
      for (let count = 1; count <= most; count++) {
        const entry = shadeLegend(most).find((row) => count >= row.from && count <= row.to)!
        expect(entry.shade).toBe(mapShades[shadeIndex(count, most)])
      }
  })

  it('French Guiana is drawn on its own, not shaded as France', () => {
    const shapes = countryShapes()
    expect(shapes.filter((shape) => shape.code === 'GF')).toHaveLength(1)
    const france = shapes.filter((shape) => shape.code === 'FR')
    expect(france).toHaveLength(1)
    // Metropolitan France and Corsica only: no part of it west of the Atlantic.
    expect(Math.min(...france[0].path.match(/M(-?[\d.]+)/g)!.map((m) => Number(m.slice(1))))).toBeGreaterThan(
      400,
    )
  })
})

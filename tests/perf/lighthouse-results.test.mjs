import { describe, expect, it } from 'vitest'
import { judge, LIMITS, mediansOf } from './lighthouse-results.mjs'

const run = ({ scores = {}, lcpMs = 800, tbtMs = 0, cls = 0 } = {}) => ({
  scores: { performance: 100, accessibility: 100, 'best-practices': 100, seo: 100, ...scores },
  lcpMs,
  tbtMs,
  cls,
})
const pageOf = (runs) => ({ runs, median: mediansOf(runs) })
const staticPage = pageOf([run({ lcpMs: 760 })])

describe('judge', () => {
  it('passes an app that meets every target', () => {
    expect(judge(pageOf([run({ lcpMs: 800 })]), staticPage)).toEqual({ failures: [], unmet: [] })
  })

  it('fails on the LCP ratio, a score below its minimum, or any layout shift', () => {
    const slow = judge(pageOf([run({ lcpMs: 760 * LIMITS.maximumLcpRatio + 1 })]), staticPage)
    expect(slow.failures).toEqual([
      expect.stringMatching(/^largest contentful paint median 875 ms/),
    ])

    const inaccessible = judge(pageOf([run({ scores: { accessibility: 96 } })]), staticPage)
    expect(inaccessible.failures).toEqual([expect.stringMatching(/^accessibility median 96 < 100/)])

    const slowScore = judge(pageOf([run({ scores: { performance: 97 } })]), staticPage)
    expect(slowScore.failures).toEqual([expect.stringMatching(/^performance median 97 < 98/)])

    const shifting = judge(pageOf([run({ cls: 0.01 })]), staticPage)
    expect(shifting.failures).toEqual([expect.stringMatching(/^cumulative layout shift/)])
  })

  it('judges two series together by the middle two of their runs', () => {
    const series = (performance) =>
      Array.from({ length: 7 }, () => run({ scores: { performance } }))
    const even = judge(pageOf([...series(99), ...series(97)]), staticPage)
    expect(even.failures).toEqual([])
    const short = judge(pageOf([...series(98), ...series(97)]), staticPage)
    expect(short.failures).toEqual([expect.stringMatching(/^performance median 97.5 < 98/)])
  })

  it('fails on blocking time that Lighthouse reports, when the static page measured none', () => {
    const { failures, unmet } = judge(pageOf([run({ tbtMs: 20 })]), staticPage)
    expect(failures).toEqual([
      expect.stringMatching(
        /^total blocking time median 20 ms \(the report shows 20 ms\) > 0 ms .*static page median 0 ms/,
      ),
    ])
    expect(unmet).toEqual([])
    // The report rounds to 10 ms: 4 ms reads "0 ms", 5 ms reads "10 ms".
    expect(judge(pageOf([run({ tbtMs: 4 })]), staticPage).failures).toEqual([])
    expect(judge(pageOf([run({ tbtMs: 5 })]), staticPage).failures).toHaveLength(1)
    // An errored audit is no pass.
    expect(judge(pageOf([run({ tbtMs: Number.NaN })]), staticPage).failures).toHaveLength(1)
  })

  it('only reports blocking time when the static page missed the bar too', () => {
    const busyStaticPage = pageOf([run({ lcpMs: 760, tbtMs: 40 })])
    const { failures, unmet } = judge(pageOf([run({ tbtMs: 120 })]), busyStaticPage)
    expect(failures).toEqual([])
    expect(unmet).toEqual([
      expect.stringMatching(
        /^total blocking time median 120 ms \(the report shows 120 ms\) > 0 ms .*static page median 40 ms.*not judged/,
      ),
    ])
    expect(judge(pageOf([run()]), busyStaticPage)).toEqual({ failures: [], unmet: [] })
    // The static page's figure is read as the report shows it too: 4 ms is 0, and judges the app.
    const slow = pageOf([run({ tbtMs: 30 })])
    expect(judge(slow, pageOf([run({ lcpMs: 760, tbtMs: 4 })])).failures).toHaveLength(1)
    expect(judge(slow, pageOf([run({ lcpMs: 760, tbtMs: 5 })])).failures).toEqual([])
  })
})

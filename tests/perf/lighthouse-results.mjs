// Turns Lighthouse results into the numbers the check judges: medians, failing audits, verdicts.

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo']

/** The bar. Performance may be 98 to absorb this machine's noise; everything else is exact. */
export const LIMITS = {
  minimumScores: { performance: 98, accessibility: 100, 'best-practices': 100, seo: 100 },
  maximumCls: 0,
  maximumTbtMs: 0,
  maximumLcpRatio: 1.15,
}

/** Total blocking time as Lighthouse's report shows it: to the nearest 10 ms, so 0–4 ms reads 0. */
export const reportedTbtMs = (page) => Math.round(page.median.tbtMs / 10) * 10

/**
 * Total blocking time is judged only in a session where the plain static page, with no script at
 * all, meets the bar itself. On a quiet machine both pages measure 0 in nearly every run; on a
 * busy one the static page shows 30–500 ms, from the browser's own navigation task and its first
 * layout, and a gate that the yardstick fails would only make the test command flaky. In such a
 * session the miss is reported, not failed, and a regression still fails the check through the
 * performance score, where blocking time weighs 30%. When a second series runs because the first
 * missed, both are judged together: should the machine have grown busy enough meanwhile for the
 * static page to miss over all 14 runs, the app's blocking time is reported, not judged.
 */
export const staticPageMeetsTbtBar = (staticPage) =>
  reportedTbtMs(staticPage) <= LIMITS.maximumTbtMs

/** Audits that cannot pass or fail, so they are never reported as failing. */
const UNSCORED_MODES = new Set(['informative', 'notApplicable', 'manual'])

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
}

function truncate(text, length = 140) {
  const flat = String(text).replace(/\s+/g, ' ').trim()
  return flat.length > length ? `${flat.slice(0, length - 1)}…` : flat
}

/** A few concrete offenders (elements, URLs, console messages) so a developer knows where to look. */
function examplesOf(audit) {
  const items = audit.details?.items ?? []
  return items.slice(0, 3).flatMap((item) => {
    const what =
      item.node?.snippet ??
      item.node?.selector ??
      item.description ??
      item.source?.url ??
      item.url ??
      item.label ??
      item.reason
    return what ? [truncate(what)] : []
  })
}

/** Audits scored below 1 (or errored), with the category they count in and their weight there. */
export function failingAuditsOf(lhr) {
  return CATEGORIES.flatMap((category) =>
    (lhr.categories[category]?.auditRefs ?? []).flatMap(({ id, weight }) => {
      const audit = lhr.audits[id]
      if (!audit || UNSCORED_MODES.has(audit.scoreDisplayMode)) return []
      if (audit.score !== null && audit.score >= 1) return []
      return [
        {
          category,
          id,
          title: audit.title,
          weight,
          score: audit.score,
          displayValue: audit.displayValue ?? '',
          error: audit.errorMessage ?? '',
          examples: examplesOf(audit),
        },
      ]
    }),
  )
}

function lcpElementOf(lhr) {
  const details = lhr.audits['largest-contentful-paint-element']?.details
  const table = details?.type === 'list' ? details.items?.[0] : details
  const node = table?.items?.[0]?.node
  return node ? truncate(node.snippet ?? node.selector ?? '', 100) : ''
}

/** The part of one Lighthouse result the check keeps. */
export function summariseRun(lhr) {
  const numeric = (id) => lhr.audits[id]?.numericValue ?? Number.NaN
  return {
    scores: Object.fromEntries(
      CATEGORIES.map((category) => {
        const score = lhr.categories[category]?.score
        return [category, typeof score === 'number' ? Math.round(score * 100) : null]
      }),
    ),
    fcpMs: numeric('first-contentful-paint'),
    lcpMs: numeric('largest-contentful-paint'),
    tbtMs: numeric('total-blocking-time'),
    cls: numeric('cumulative-layout-shift'),
    lcpElement: lcpElementOf(lhr),
    failingAudits: failingAuditsOf(lhr),
    warnings: lhr.runWarnings ?? [],
  }
}

/** Medians per score and metric over a page's runs; an errored category counts as 0. */
export function mediansOf(runs) {
  return {
    scores: Object.fromEntries(
      CATEGORIES.map((category) => [
        category,
        median(runs.map((run) => run.scores[category] ?? 0)),
      ]),
    ),
    fcpMs: median(runs.map((run) => run.fcpMs)),
    lcpMs: median(runs.map((run) => run.lcpMs)),
    tbtMs: median(runs.map((run) => run.tbtMs)),
    cls: median(runs.map((run) => run.cls)),
  }
}

/** Failing audits merged over runs, with how many runs each failed in. */
export function mergeFailingAudits(runs) {
  const merged = new Map()
  for (const run of runs) {
    for (const audit of run.failingAudits) {
      const key = `${audit.category}/${audit.id}`
      const entry = merged.get(key) ?? { ...audit, failedRuns: 0, scores: [] }
      entry.failedRuns += 1
      entry.scores.push(audit.score)
      merged.set(key, entry)
    }
  }
  return [...merged.values()]
}

const ms = (value) => `${Math.round(value)} ms`
const runsOf = (runs, pick) => `runs: ${runs.map(pick).join(', ')}`

/**
 * Every way the app misses the bar, each a sentence with the numbers: `failures` fail the check,
 * `unmet` is a blocking time that this session could not judge (see staticPageMeetsTbtBar). Both
 * empty when it meets the whole bar.
 */
export function judge(app, staticPage) {
  const failures = []
  const unmet = []
  for (const category of CATEGORIES) {
    const minimum = LIMITS.minimumScores[category]
    const value = app.median.scores[category]
    if (value < minimum) {
      failures.push(
        `${category} median ${value} < ${minimum} (app ${runsOf(app.runs, (run) => run.scores[category] ?? 'error')}; static ${runsOf(staticPage.runs, (run) => run.scores[category] ?? 'error')})`,
      )
    }
  }
  if (!(app.median.cls <= LIMITS.maximumCls)) {
    failures.push(
      `cumulative layout shift median ${app.median.cls} > ${LIMITS.maximumCls} (${runsOf(app.runs, (run) => run.cls)})`,
    )
  }
  if (!(reportedTbtMs(app) <= LIMITS.maximumTbtMs)) {
    const miss = `total blocking time median ${ms(app.median.tbtMs)} (the report shows ${ms(reportedTbtMs(app))}) > ${LIMITS.maximumTbtMs} ms (app ${runsOf(app.runs, (run) => ms(run.tbtMs))}; static page median ${ms(staticPage.median.tbtMs)}, ${runsOf(staticPage.runs, (run) => ms(run.tbtMs))})`
    if (staticPageMeetsTbtBar(staticPage)) failures.push(miss)
    else unmet.push(`${miss}; not judged, as the static page missed the bar too`)
  }
  const allowedLcp = LIMITS.maximumLcpRatio * staticPage.median.lcpMs
  if (!(app.median.lcpMs <= allowedLcp)) {
    failures.push(
      `largest contentful paint median ${ms(app.median.lcpMs)} is ${(app.median.lcpMs / staticPage.median.lcpMs).toFixed(2)} x the static page's ${ms(staticPage.median.lcpMs)}; limit ${LIMITS.maximumLcpRatio} x = ${ms(allowedLcp)} (app ${runsOf(app.runs, (run) => ms(run.lcpMs))}; static ${runsOf(staticPage.runs, (run) => ms(run.lcpMs))})`,
    )
  }
  return { failures, unmet }
}

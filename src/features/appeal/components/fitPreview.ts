/** How much of the collapsed appeal the banner can show above "Read the full message". */
export type PreviewFit = { show: 'all' } | { show: 'lines'; lines: number } | { show: 'none' }

export interface PreviewMeasure {
  /** The height the banner leaves its text area (the flexbox shrinks it to fit the choices). */
  room: number
  /** From the top of the text to the bottom of the disclosure, unclamped, margins included. */
  content: number
  /** The height of the first paragraph, unclamped. */
  lead: number
  lineHeight: number
}

/**
 * The most of the window the closed banner may grow to when its choices need it: enough for them
 * with text at 200% in a 720 px window, or with a reader's text spacing on a 320 × 568 phone (53%
 * each), and the story keeps 40% of the window. At 85% a 320 × 256 window (400% zoom) kept 38 px.
 */
const GROWN_SHARE = 0.6

/** Sub-pixel layout and rounded line heights should not cost the reader a line. */
const TOLERANCE = 0.5

/**
 * The first paragraph loses whole lines from its end until the disclosure fits; when not even one
 * line of it fits, the preview goes and the disclosure stands alone.
 */
export function fitPreview({ room, content, lead, lineHeight }: PreviewMeasure): PreviewFit {
  const overflow = content - room
  if (overflow <= TOLERANCE) return { show: 'all' }
  const lines = Math.floor((lead - overflow + TOLERANCE) / lineHeight)
  return lines >= 1 ? { show: 'lines', lines } : { show: 'none' }
}

/**
 * Keeps the collapsed preview short enough that the disclosure below it is in view without
 * scrolling, however little room the window leaves; returns the cleanup. A reader scrolling inside
 * the banner would otherwise be the only way to find the control that reveals the rest.
 *
 * It measures the text unclamped every time, because a clamped preview no longer tells how much
 * room there is, and it does so synchronously, so the reader never sees the unclamped text. Text
 * restyled in place, or a banner that changes width with no resize event, is refitted in the next
 * frame: the frame between shows the fit before.
 */
export function keepDisclosureInView({
  banner,
  text,
  lead,
  disclosure,
  choices,
}: {
  banner: HTMLElement
  /** The scrolling text area, with the greeting, the first paragraph (lead) and the disclosure. */
  text: HTMLElement
  lead: HTMLElement
  disclosure: HTMLElement
  choices: HTMLElement
}): () => void {
  const view = text.ownerDocument.defaultView
  // With no room for a line, the greeting and first paragraph leave the screen but not the page
  // (the shared visually-hidden class): screen readers still read them.
  const preview = text.querySelectorAll(':scope > p')
  const unclamp = () => {
    banner.style.removeProperty('max-height')
    delete text.dataset.preview
    text.style.removeProperty('--appeal-preview-lines')
    for (const paragraph of preview) paragraph.classList.remove('visually-hidden')
  }
  // The sizes the last fit was made for: an observer that reports them again has nothing new (its
  // first report, or a resize the window's own event has fitted already).
  let fittedWidth = 0
  let fittedDisclosure = { width: 0, height: 0 }
  const fit = () => {
    unclamp()
    const textBox = text.getBoundingClientRect()
    const leadHeight = lead.getBoundingClientRect().height
    // How far the choices reach past the banner's padding. Read now, from the layout the measures
    // above made: cutting the preview below does not move them, unless it cuts it away, and
    // reading them after the cut would lay out again. Not the banner's scroll height: the choices'
    // column beside the text can run into the banner's bottom padding without adding to it.
    const bannerBox = banner.getBoundingClientRect()
    fittedWidth = bannerBox.width
    // The choices' own bottom padding is room for the last one's focus ring (appeal.css), which a
    // negative margin takes back from the layout: it is not a choice that runs past the banner.
    const choicesOverflow =
      choices.getBoundingClientRect().bottom -
      (parseFloat(getComputedStyle(choices).paddingBottom) || 0) -
      (bannerBox.bottom - (parseFloat(getComputedStyle(banner).paddingBottom) || 0))
    const disclosureBox = disclosure.getBoundingClientRect()
    fittedDisclosure = { width: disclosureBox.width, height: disclosureBox.height }
    const result = fitPreview({
      room: textBox.height,
      content:
        disclosureBox.bottom +
        (parseFloat(getComputedStyle(disclosure).marginBottom) || 0) -
        textBox.top +
        text.scrollTop,
      lead: leadHeight,
      // Without a line height in pixels, the whole paragraph counts as one line: the preview goes.
      lineHeight: parseFloat(getComputedStyle(lead).lineHeight) || leadHeight,
    })
    if (result.show === 'lines') {
      text.dataset.preview = result.show
      text.style.setProperty('--appeal-preview-lines', String(result.lines))
    }
    // The choices overflow the banner's share of the window even so: below the text with no
    // preview left (large text in a short window), or in their column beside the text (a phone
    // held sideways, its browser's bars taking some of the height). The banner grows to show
    // them, within reason, rather than hide them below its fold: the last was 53 px below the
    // window at 1280 × 720 with text at 200%; at 640 × 290, 1 px below it, flush against its edge.
    let hidden = choicesOverflow
    if (result.show === 'none') {
      for (const paragraph of preview) paragraph.classList.add('visually-hidden')
      // With the preview gone, the disclosure can still run past the text's own least height.
      hidden =
        Math.max(hidden, banner.scrollHeight - banner.clientHeight) +
        (text.scrollHeight - text.clientHeight)
    }
    if (hidden > TOLERANCE && view) {
      const height = Math.min(banner.offsetHeight + hidden, view.innerHeight * GROWN_SHARE)
      banner.style.maxHeight = `${height}px`
    }
  }
  fit()
  // Width changes rewrap the text; height changes (a phone's toolbar, rotation) move the cap.
  view?.addEventListener('resize', fit)
  // What the observers below see is fitted in the next frame, not in their callbacks: the new
  // height there resizes the dock, which an observer of its own watches (shared/ui/dock.ts), and the
  // browser reported the loop it made as an error on the page ("ResizeObserver loop completed
  // with undelivered notifications") each time the reader changed the text size.
  let frame = 0
  const fitNextFrame = () => {
    view?.cancelAnimationFrame(frame)
    frame = view?.requestAnimationFrame(fit) ?? 0
  }
  const differs = (a: number, b: number) => Math.abs(a - b) >= 0.5
  // Text restyled in place (a reader's own text spacing, WCAG 1.4.12, or text size) resizes the
  // disclosure, which the fitting only moves. The banner can also change width after the window's
  // last resize event: a phone turned with a card open widened the page to 466 px, and it came back
  // to 390 over three frames, with no event.
  const resized = view?.ResizeObserver
    ? new view.ResizeObserver((entries) => {
        for (const { target, borderBoxSize } of entries) {
          const size = borderBoxSize[0]
          if (
            size &&
            (target === banner
              ? differs(size.inlineSize, fittedWidth)
              : differs(size.inlineSize, fittedDisclosure.width) ||
                differs(size.blockSize, fittedDisclosure.height))
          ) {
            fitNextFrame()
          }
        }
      })
    : undefined
  resized?.observe(disclosure, { box: 'border-box' })
  resized?.observe(banner, { box: 'border-box' })
  return () => {
    view?.removeEventListener('resize', fit)
    resized?.disconnect()
    view?.cancelAnimationFrame(frame)
    unclamp()
  }
}

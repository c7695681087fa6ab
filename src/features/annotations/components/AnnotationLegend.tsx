import { useEffect, useRef, type Ref } from 'react'
import { useWritingHtml } from '../../../shared/ui/renderedFromHtml'
import { ANNOTATION_KINDS, KIND_LABELS } from '../kinds'
import {
  areAnnotationsShown,
  withAnnotationsShown,
  type AnnotationPreferences,
  type AnnotationSwitch,
} from '../preferences/preferences'
import type { NotKept } from '../preferences/useAnnotationPreferences'
import { KindIcon } from './KindIcon'

interface AnnotationLegendProps {
  preferences: AnnotationPreferences
  /** Why the last change will not outlast this visit, if it will not. */
  notKept: NotKept | null
  onChange: (next: AnnotationPreferences) => void
  ref?: Ref<HTMLDivElement>
}

const NOT_KEPT_BECAUSE: Record<NotKept, string> = {
  blocked: 'your browser won’t let this page remember it',
  full: 'your browser’s storage for this site is full',
}

/** "Annotations: People · Sources · History" — the key to the marks, and the switches for them. */
export function AnnotationLegend({ preferences, notKept, onChange, ref }: AnnotationLegendProps) {
  const { enabled, kinds } = preferences
  // Inert in the prerendered HTML until the app starts (see activatePrerenderedControls).
  const inert = useWritingHtml()
  // The note comes under the switches, which sit near the window's foot on a short screen: the
  // docked appeal hid it from the reader whose tap had just brought it (844 × 390, 320 × 568). And
  // again at each later switch that is not kept either, though its words stay the same.
  const note = useRef<HTMLParagraphElement>(null)
  useEffect(() => {
    if (notKept) note.current?.scrollIntoView?.({ block: 'nearest' })
  }, [notKept, preferences])
  return (
    <div
      ref={ref}
      className="annotation-legend no-print"
      role="group"
      aria-label="Show annotations"
      inert={inert || undefined}
    >
      <label className="annotation-legend__all">
        <input
          type="checkbox"
          // The values name the switches, for a focus put back on one (useFocusKeptOnHiding).
          value={'all' satisfies AnnotationSwitch}
          checked={areAnnotationsShown(preferences)}
          onChange={(event) => onChange(withAnnotationsShown(preferences, event.target.checked))}
        />
        Annotations
      </label>
      <span aria-hidden="true">:</span>
      <ul className="annotation-legend__kinds">
        {ANNOTATION_KINDS.map((kind) => (
          <li key={kind}>
            <label>
              <input
                type="checkbox"
                value={kind}
                checked={kinds[kind]}
                disabled={!enabled}
                onChange={(event) =>
                  onChange({ ...preferences, kinds: { ...kinds, [kind]: event.target.checked } })
                }
              />
              <span className={`annotation-mark annotation-mark--${kind}`}>
                {KIND_LABELS[kind].plural}
              </span>
              <KindIcon kind={kind} />
            </label>
          </li>
        ))}
      </ul>
      {/* In the page from the start, empty, so that screen readers announce what comes into it. */}
      <p ref={note} className="annotation-legend__note" role="status">
        {notKept && `Your choice holds for this visit only: ${NOT_KEPT_BECAUSE[notKept]}.`}
      </p>
    </div>
  )
}

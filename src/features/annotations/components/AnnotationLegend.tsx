import type { Ref } from 'react'
import { useWritingHtml } from '../../../shared/ui/renderedFromHtml'
import { ANNOTATION_KINDS, KIND_LABELS } from '../kinds'
import {
  areAnnotationsShown,
  withAnnotationsShown,
  type AnnotationPreferences,
  type AnnotationSwitch,
} from '../preferences/preferences'
import { KindIcon } from './KindIcon'

interface AnnotationLegendProps {
  preferences: AnnotationPreferences
  onChange: (next: AnnotationPreferences) => void
  ref?: Ref<HTMLDivElement>
}

/** "Annotations: People · Sources · History" — the key to the marks, and the switches for them. */
export function AnnotationLegend({ preferences, onChange, ref }: AnnotationLegendProps) {
  const { enabled, kinds } = preferences
  // Inert in the prerendered HTML until the app starts (see activatePrerenderedControls).
  const inert = useWritingHtml()
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
    </div>
  )
}

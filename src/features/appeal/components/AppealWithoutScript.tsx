import type { AppealDocument } from '../api/appealSchema'
import { APPEAL_WITHOUT_SCRIPT_ID } from '../beforeStart'

/**
 * The appeal for a reader whom the app cannot reach: with JavaScript off, or when the app fails to
 * start or the appeal's document to load (showAppealWithoutScript). The build writes it after the
 * story, hidden, and appeal.css shows it where scripts cannot run. In the page's flow, whole, and
 * with no choices: with no app to keep the reader's choice, a docked banner would come back over
 * the story at every visit.
 */
export function AppealWithoutScript({ appeal }: { appeal: AppealDocument }) {
  const headingId = `${APPEAL_WITHOUT_SCRIPT_ID}-heading`
  return (
    <aside
      id={APPEAL_WITHOUT_SCRIPT_ID}
      className="appeal-without-script no-print"
      aria-labelledby={headingId}
      hidden
    >
      <h2 id={headingId} className="kicker">
        {appeal.heading}
      </h2>
      <p>{appeal.greeting}</p>
      {appeal.paragraphs.map((paragraph, index) => (
        // By place: the copy is edited by hand, and a paragraph may repeat.
        <p key={index}>{paragraph}</p>
      ))}
      <p>
        <a className="button" href={appeal.donate.url}>
          {appeal.donate.label}
        </a>
      </p>
    </aside>
  )
}

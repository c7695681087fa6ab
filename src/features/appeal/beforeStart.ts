/**
 * What the boot script may take from this feature: no React and no components (the feature's
 * index would bring them, and their styles, along).
 */
export const APPEAL_WITHOUT_SCRIPT_ID = 'appeal-without-script'

/**
 * The app that would dock the appeal failed to start: the copy the build wrote after the story
 * (AppealWithoutScript) shows instead, so the paper's appeal is not lost with the app.
 */
export function showAppealWithoutScript(doc: Document): void {
  doc.getElementById(APPEAL_WITHOUT_SCRIPT_ID)?.removeAttribute('hidden')
}

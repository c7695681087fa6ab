/**
 * What the boot script may take from this feature: no React and no components (the feature's
 * index would bring them, and their styles, along).
 */
export const APPEAL_WITHOUT_SCRIPT_ID = 'appeal-without-script'

/**
 * The app that would dock the appeal failed to start, or the appeal's document failed to load: the
 * copy the build wrote after the story (AppealWithoutScript) shows instead, so the paper's appeal
 * is not lost with them. Hidden again (`shown` false) once the banner can take its place.
 */
export function showAppealWithoutScript(doc: Document, shown = true): void {
  doc.getElementById(APPEAL_WITHOUT_SCRIPT_ID)?.toggleAttribute('hidden', !shown)
}

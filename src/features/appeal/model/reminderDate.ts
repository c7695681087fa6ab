/**
 * "Monday, 30 November": the day the reader will see the appeal again, in their time zone.
 * Built from parts because en-GB's own pattern drops the comma after the weekday.
 */
export function formatReminderDate(timestamp: number, timeZone?: string): string {
  const parts = new Intl.DateTimeFormat('en-GB', {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    timeZone,
  }).formatToParts(timestamp)
  const part = (type: Intl.DateTimeFormatPartTypes) =>
    parts.find((candidate) => candidate.type === type)?.value ?? ''
  return `${part('weekday')}, ${part('day')} ${part('month')}`
}

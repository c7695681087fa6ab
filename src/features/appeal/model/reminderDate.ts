const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday']
const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
]

/**
 * "Monday, 30 November": the day the reader will see the appeal again, in their time zone. Spelt
 * out here rather than by Intl.DateTimeFormat: a page's first formatter loads the browser's locale
 * data, which took 85–121 ms of the tap on "Remind me later" on a CPU slowed 6×, as a phone's is.
 */
export function formatReminderDate(timestamp: number): string {
  const day = new Date(timestamp)
  return `${WEEKDAYS[day.getDay()]}, ${day.getDate()} ${MONTHS[day.getMonth()]}`
}

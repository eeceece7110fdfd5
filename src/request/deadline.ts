/**
 * When the answer to a written request is due. Apart from law.ts, whose
 * words would otherwise ride into every page that only needs a date (the
 * printed checklist); tests/unit/request.test.ts keeps COUNTED in step with
 * the laws law.ts gives a `deadline`.
 */
import { addMonths, notOnWeekend, type Day } from '../lib/calendar';
import type { Law } from '../progress/store';

/** The laws whose month to answer a cited source counts. */
export const COUNTED: readonly Law[] = ['eu', 'uk'];

/**
 * For a request received on `received`: one calendar month later
 * (calendar.ts), and the first weekday from then on, since both sources move a
 * deadline off a weekend (public holidays move it further and are not known
 * here). Undefined where no law we have sourced gives a deadline.
 */
export function answerDue(law: Law, received: Day): { due: Day; lastDay: Day } | undefined {
  if (!COUNTED.includes(law)) return undefined;
  const due = addMonths(received, 1);
  return { due, lastDay: notOnWeekend(due) };
}

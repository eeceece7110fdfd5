/**
 * What comes after the last step, worked out from the stored record: the day
 * to check the account is really gone. Pure; the guide page's controller and
 * the request page both use it.
 */
import { addDays, type Day } from '../lib/calendar';

/**
 * The default delay before the check, in days. Our choice, not AliExpress's
 * or any service's rule: we found no source for how long a service takes to
 * delete an account, and a month is about the time data protection law gives
 * a company to answer a request (src/request/law.ts), so a reader who finds
 * the account still there can write then. The reader can change it.
 */
export const DEFAULT_CHECK_DAYS = 30;

/** The day to check, or undefined until a closing day is recorded. */
export function checkDay(closed: Day | undefined, checkDays: number | undefined): Day | undefined {
  return closed ? addDays(closed, checkDays ?? DEFAULT_CHECK_DAYS) : undefined;
}

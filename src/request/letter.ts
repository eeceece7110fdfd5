/**
 * The written request as text: the letter for the reader's law (law.ts)
 * with their name and the account's email filled in, the email draft's link,
 * and the due date. Pure, so the build writes the letter a reader without
 * JavaScript copies by hand, and the request page's script writes the same
 * letter as they type.
 */
import { fill } from '../i18n/fill';
import { readableDay, type Day } from '../lib/calendar';
import { EMAIL, mailto } from '../lib/mailto';
import type { Law } from '../progress/store';
import { answerDue } from './deadline';
import { laws } from './law';

export { answerDue };

/** What the reader types; both are required. */
export interface Reader {
  name: string;
  email: string;
}

/** The guide's side: whom the letter is to, from the guide's content (privacyContact). */
export interface Addressee {
  service: string;
  organisation: string;
  email: string;
}

export interface Letter {
  subject: string;
  body: string;
}

export type Problem = { field: 'name'; kind: 'blank' } | { field: 'email'; kind: 'blank' | 'invalid' };

/** The reader's fields that stop a letter: blank, or (the email) not an address. A letter with a gap is never produced. */
export function problems(reader: Reader): Problem[] {
  const found: Problem[] = [];
  if (reader.name.trim() === '') found.push({ field: 'name', kind: 'blank' });
  if (reader.email.trim() === '') found.push({ field: 'email', kind: 'blank' });
  else if (!EMAIL.test(reader.email.trim())) found.push({ field: 'email', kind: 'invalid' });
  return found;
}

function write(words: { subject: string; paragraphs: readonly string[] }, values: Record<string, string>): Letter {
  const subject = fill(words.subject, values);
  // The sign-off and the name stay together; every other paragraph stands apart.
  const paragraphs = words.paragraphs.map((p) => fill(p, values));
  const [name = ''] = paragraphs.splice(-1);
  const [closing = ''] = paragraphs.splice(-1);
  return { subject, body: `${[...paragraphs, `${closing}\n${name}`].join('\n\n')}\n` };
}

const valuesFor = (to: Addressee, reader: Reader, today: Day) => ({
  service: to.service,
  organisation: to.organisation,
  name: reader.name.trim(),
  email: reader.email.trim(),
  date: readableDay(today),
});

/** The request to erase the account, dated `today`. */
export function requestLetter(law: Law, to: Addressee, reader: Reader, today: Day): Letter {
  return write(laws[law].letter, valuesFor(to, reader, today));
}

/** The letter for when the answer has not come: it names the day the request was received and, where a law gives one, the day the answer was due. */
export function followUpLetter(law: Law, to: Addressee, reader: Reader, today: Day, sent: Day): Letter {
  const due = answerDue(law, sent);
  return write(laws[law].followUp, { ...valuesFor(to, reader, today), sent: readableDay(sent), due: due ? readableDay(due.due) : '' });
}

/** Past this, a mail link is cut off or refused by some browsers and mail apps; the page offers copying instead. */
export const MAX_MAILTO_LENGTH = 2000;

/** The email draft (RFC 6068, see mailto.ts); undefined when too long for a link. */
export function mailtoHref(to: string, letter: Letter): string | undefined {
  const href = mailto(to, letter.subject, letter.body);
  return href.length <= MAX_MAILTO_LENGTH ? href : undefined;
}

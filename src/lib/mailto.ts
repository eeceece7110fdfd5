/**
 * Email drafts the reader's own mail app opens: the report of a step that
 * looks different (report.ts) and the written request (src/request/letter.ts).
 * Pure, so pages and their scripts share it.
 */

/** An address a mail app can send to: something@somewhere.tld, with none of the characters a mail link or a header would misread. */
export const EMAIL = /^[^\s@<>(),;:"]+@[^\s@<>(),;:"]+\.[^\s@<>(),;:"]+$/;

/** A `mailto:` link as RFC 6068 writes it: every reserved character percent-encoded, spaces as %20 and line breaks as CRLF. */
export function mailto(address: string, subject: string, body: string): string {
  const encode = (text: string) => encodeURIComponent(text.replace(/\r?\n/g, '\r\n'));
  return `mailto:${encodeURIComponent(address).replace(/%40/g, '@')}?subject=${encode(subject)}&body=${encode(body)}`;
}

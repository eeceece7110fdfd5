import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { laws } from '../../src/request/law';
import { answerDue, followUpLetter, mailtoHref, MAX_MAILTO_LENGTH, problems, requestLetter } from '../../src/request/letter';
import { calendarFile, foldLine } from '../../src/request/ics';
import { COUNTED } from '../../src/request/deadline';

const to = { service: 'Bramblebox', organisation: 'Bramblebox Lockers Limited', email: 'privacy@bramblebox.example' };
const reader = { name: 'Ada Lovelace', email: 'ada@example.org' };

describe('the law behind the letter', () => {
  const allowed = /^https:\/\/(eur-lex\.europa\.eu|www\.legislation\.gov\.uk|ico\.org\.uk|www\.edpb\.europa\.eu)\//;
  it('cites the text of the law or a regulator for every point, deadline and complaint', () => {
    for (const law of Object.values(laws)) {
      const citations = [...law.points.map((p) => p.cite), ...(law.deadline?.sources ?? []), ...(law.complaint ? [law.complaint.link, ...law.complaint.sources] : [])];
      for (const cite of citations) expect(cite.url, cite.label).toMatch(allowed);
    }
  });

  it('states a deadline only for a law whose counting a source gives, and none elsewhere', () => {
    expect(laws.eu.deadline?.sources.map((s) => s.url)).toEqual([expect.stringContaining('/eli/reg/2016/679/oj#art_12'), expect.stringContaining('/eli/reg/1971/1182/oj')]);
    expect(laws.uk.deadline?.sources.some((s) => s.url.startsWith('https://ico.org.uk/'))).toBe(true);
    expect(laws.other.deadline).toBeUndefined();
    expect(laws.other.complaint).toBeUndefined();
    expect(answerDue('other', '2026-01-31')).toBeUndefined();
    for (const law of Object.values(laws)) expect(COUNTED.includes(law.id), law.id).toBe(law.deadline !== undefined);
    expect(requestLetter('other', to, reader, '2026-01-31').body).not.toMatch(/month|Article|GDPR/);
  });

  it('covers what a good request carries, in the EU and in the UK, each point cited', () => {
    for (const law of [laws.eu, laws.uk]) {
      expect(law.points.map((p) => [p.id, p.cite.label.replace(/^(UK )?GDPR /, '')])).toEqual([
        ['erase', 'Article 17(1)'],
        ['identity', 'Article 12(6)'],
        ['recipients', 'Article 19'],
        ['kept', 'Article 17(3)'],
        ['deadline', 'Article 12(3)'],
        ['complain', 'Article 77'],
      ]);
    }
  });
});

describe('the request letter', () => {
  it.each(['eu', 'uk'] as const)('in the %s, carries every required element', (law) => {
    const { subject, body } = requestLetter(law, to, reader, '2026-01-31');
    expect(subject).toContain('Article 17');
    for (const part of [
      'To the data protection officer of Bramblebox Lockers Limited',
      'Saturday, 31 January 2026',
      'erase my Bramblebox account and all personal data you hold about me, under Article 17',
      'my name is Ada Lovelace, and the email address of my Bramblebox account is ada@example.org',
      'only if you have reasonable doubts about my identity (Article 12(6))',
      'disclosed my personal data that it is to be erased',
      '(Article 19)',
      'on which ground of Article 17(3), and why',
      'within one month of receiving this request (Article 12(3))',
      'two further months, tell me so within that first month, with your reasons',
      '(Article 77)',
      'Yours faithfully,\nAda Lovelace',
    ]) {
      expect(body).toContain(part);
    }
    expect(body).toContain(law === 'uk' ? 'UK General Data Protection Regulation' : 'General Data Protection Regulation (GDPR)');
    expect(body).toContain(law === 'uk' ? 'Information Commissioner’s Office' : 'a supervisory authority');
  });

  it('elsewhere, asks plainly and cites no law', () => {
    const { body } = requestLetter('other', to, reader, '2026-01-31');
    expect(body).toContain('close my Bramblebox account and delete all personal data you hold about me');
    expect(body).toContain('ada@example.org');
    expect(body).not.toMatch(/Article|GDPR|Regulation/);
  });

  it('never leaves a placeholder or a blank in the letter', () => {
    for (const law of ['eu', 'uk', 'other'] as const) {
      const letters = [requestLetter(law, to, reader, '2026-03-01'), followUpLetter(law, to, reader, '2026-04-10', '2026-03-01')];
      for (const { subject, body } of letters) expect(`${subject}\n${body}`).not.toMatch(/\{\w+\}|undefined|XXX|\b(\w+) \1\b/);
    }
  });

  it('refuses blank fields and an email that is not an address, naming each field', () => {
    expect(problems({ name: ' ', email: '' })).toEqual([
      { field: 'name', kind: 'blank' },
      { field: 'email', kind: 'blank' },
    ]);
    expect(problems({ name: 'Ada', email: 'my username is XXXXXX' })).toEqual([{ field: 'email', kind: 'invalid' }]);
    expect(problems(reader)).toEqual([]);
  });

  it('follows up naming the day sent and the day the answer was due', () => {
    const { subject, body } = followUpLetter('eu', to, reader, '2026-03-10', '2026-01-31');
    expect(subject).toContain('Saturday, 31 January 2026');
    expect(body).toContain('ended on Saturday, 28 February 2026');
    expect(body).toContain('I intend to complain');
  });
});

describe('the answer is due', () => {
  it.each([
    ['eu', '2026-01-31', '2026-02-28', '2026-03-02'],
    ['uk', '2028-01-31', '2028-02-29', '2028-02-29'],
    ['uk', '2026-09-03', '2026-10-03', '2026-10-05'],
    ['eu', '2026-03-31', '2026-04-30', '2026-04-30'],
  ] as const)('in the %s, for a request received on %s: %s (last day %s)', (law, received, due, lastDay) => {
    expect(answerDue(law, received)).toEqual({ due, lastDay });
  });
});

describe('the email draft', () => {
  it('encodes subject and body as RFC 6068 asks: %20 for spaces, CRLF line breaks, reserved characters escaped', () => {
    const href = mailtoHref('privacy@bramblebox.example', { subject: 'A & B?', body: 'Line one\nLine #2 = 100%' }) ?? '';
    expect(href).toBe('mailto:privacy@bramblebox.example?subject=A%20%26%20B%3F&body=Line%20one%0D%0ALine%20%232%20%3D%20100%25');
    const url = new URL(href);
    expect(new URLSearchParams(url.search).get('body')).toBe('Line one\r\nLine #2 = 100%');
  });

  it('gives the full letter as a link when it fits, and no link when it is too long', () => {
    const letter = requestLetter('other', to, reader, '2026-01-31');
    const href = mailtoHref(to.email, letter);
    expect(href?.length).toBeLessThanOrEqual(MAX_MAILTO_LENGTH);
    expect(decodeURIComponent(href?.split('&body=')[1] ?? '')).toBe(letter.body.replace(/\n/g, '\r\n'));
    expect(mailtoHref(to.email, { subject: 's', body: 'x '.repeat(MAX_MAILTO_LENGTH) })).toBeUndefined();
  });
});

describe('the calendar file', () => {
  const file = calendarFile(
    [
      { id: 'check', day: '2026-04-13', summary: 'Check your Bramblebox account is gone', description: 'Sign in; if it still works, write to them: https://example.org/bramblebox/request/' },
      { id: 'due', day: '2026-02-28', summary: 'Bramblebox’s answer is due, 28 February', description: 'A long line, with commas; semicolons and a backslash \\ that must be escaped, and an accent: café. '.repeat(3) },
    ],
    new Date('2026-01-31T10:15:00Z'),
    'bramblebox.test',
  );

  it('uses CRLF line ends and folds every line at 75 octets', () => {
    expect(file.endsWith('\r\n')).toBe(true);
    expect(file.replace(/\r\n/g, '')).not.toContain('\n');
    for (const line of file.split('\r\n')) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
  });

  it('never splits a character that takes several octets', () => {
    const folded = foldLine(`DESCRIPTION:${'é'.repeat(80)}`);
    expect(folded.split('\r\n ').join('')).toBe(`DESCRIPTION:${'é'.repeat(80)}`);
  });

  it('is read by a real parser as two all-day events with UID, DTSTAMP and the text as written', () => {
    const calendar = new ICAL.Component(ICAL.parse(file));
    const events = calendar.getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent));
    expect(events.map((e) => [e.uid, e.startDate.toString(), e.startDate.isDate, e.endDate.toString()])).toEqual([
      ['check-20260413@bramblebox.test', '2026-04-13', true, '2026-04-14'],
      ['due-20260228@bramblebox.test', '2026-02-28', true, '2026-03-01'],
    ]);
    expect(events[1]?.description).toContain('semicolons and a backslash \\ that must be escaped, and an accent: café.');
    expect(calendar.getAllSubcomponents('vevent').every((v) => v.getFirstPropertyValue('dtstamp') !== null)).toBe(true);
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
  });
});

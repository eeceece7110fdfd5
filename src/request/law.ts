/**
 * The law behind a written request to erase an account, as content: each
 * point the letter makes, what the law says there in plain words, and the
 * page that says it. The request page shows every point with its citation;
 * the letter (letter.ts) is built from these words and nothing else.
 *
 * Rules for editors:
 * - every point cites the text of the law itself (EUR-Lex for the GDPR,
 *   legislation.gov.uk for the UK GDPR), or a regulator's own page;
 * - a deadline is stated only where a cited source gives it, with how it is
 *   counted; "other" (no law we have sourced) states none;
 * - letter words are `{name}` templates, filled by letter.ts: {service},
 *   {organisation}, {name}, {email}, {date}, {sent}, {due}.
 * tests/unit/law.test.ts holds these rules.
 */
import type { Law } from '../progress/store';

export interface Citation {
  /** How the page names it, e.g. "GDPR Article 17". */
  label: string;
  /** The page itself, at the article where the site allows it. */
  url: string;
}

export interface LegalPoint {
  /** What the point is about; the same ids in every law, so the page can line them up. */
  id: 'erase' | 'identity' | 'recipients' | 'kept' | 'deadline' | 'complain';
  /** What the law says, in plain words, for the page. */
  says: string;
  cite: Citation;
}

export interface LetterWords {
  subject: string;
  /** Paragraphs, in order; the first is the greeting line. */
  paragraphs: readonly string[];
}

export interface LawText {
  id: Law;
  points: readonly LegalPoint[];
  /** How the month to answer is counted, and who says so; absent where no sourced deadline applies. */
  deadline?: { says: string; sources: readonly Citation[] };
  /** Where to complain when the answer does not come. */
  complaint?: { says: string; link: Citation; sources: readonly Citation[] };
  letter: LetterWords;
  followUp: LetterWords;
}

const GDPR = 'https://eur-lex.europa.eu/eli/reg/2016/679/oj';
const gdpr = (article: number, label: string): Citation => ({ label: `GDPR ${label}`, url: `${GDPR}#art_${article}` });
const UK_GDPR = 'https://www.legislation.gov.uk/eur/2016/679';
const ukGdpr = (article: number, label: string): Citation => ({ label: `UK GDPR ${label}`, url: `${UK_GDPR}/article/${article}` });

/** The ICO's guidance on counting the month, on its own page (right of access; the same month applies to erasure, Article 12(3)). */
const ICO_MONTH: Citation = {
  label: 'ICO: how long do we have to comply?',
  url: 'https://ico.org.uk/for-organisations/uk-gdpr-guidance-and-resources/individual-rights/right-of-access/what-should-we-consider-when-responding-to-a-request/',
};

/** The EU's rules for counting periods of months, which EU acts use. */
const EU_PERIODS: Citation = { label: 'Regulation (EEC, Euratom) No 1182/71, Article 3', url: 'https://eur-lex.europa.eu/eli/reg/1971/1182/oj' };

const signOff = ['Yours faithfully,', '{name}'];
const identify = 'To identify me: my name is {name}, and the email address of my {service} account is {email}.';

function gdprLike(id: 'eu' | 'uk', cite: (article: number, label: string) => Citation, act: string, short: string, authority: string): Omit<LawText, 'deadline' | 'complaint'> {
  return {
    id,
    points: [
      { id: 'erase', says: 'You can have your personal data erased without undue delay, for instance when it is no longer needed for the purpose it was collected for, or you withdraw your consent.', cite: cite(17, 'Article 17(1)') },
      { id: 'identity', says: 'They may ask for more to confirm who you are only when they have reasonable doubts about your identity. Your name and the account’s email address are enough to start.', cite: cite(12, 'Article 12(6)') },
      { id: 'recipients', says: 'They must tell everyone they disclosed your data to that it is erased, unless that proves impossible or involves disproportionate effort, and tell you who they are if you ask.', cite: cite(19, 'Article 19') },
      { id: 'kept', says: 'They may keep data only on the grounds Article 17(3) lists, such as a legal obligation or legal claims.', cite: cite(17, 'Article 17(3)') },
      { id: 'deadline', says: 'They must answer without undue delay and within one month of receiving the request. They may extend that by two further months only if they tell you, with their reasons, within the first month.', cite: cite(12, 'Article 12(3)') },
      { id: 'complain', says: `You can complain to ${authority}.`, cite: cite(77, 'Article 77') },
    ],
    letter: {
      subject: `Request to erase my {service} account and personal data (Article 17 ${short})`,
      paragraphs: [
        'To the data protection officer of {organisation}',
        '{date}',
        `I ask you to erase my {service} account and all personal data you hold about me, under Article 17 of ${act}.`,
        `${identify} Please ask me for more only if you have reasonable doubts about my identity (Article 12(6)).`,
        'Please tell everyone to whom you disclosed my personal data that it is to be erased, and tell me who they are (Article 19).',
        'Please confirm in writing when my data is erased. If you keep any of it, tell me which data, on which ground of Article 17(3), and why.',
        'Please answer without undue delay and at the latest within one month of receiving this request (Article 12(3)). If you need two further months, tell me so within that first month, with your reasons.',
        `If you do not act on this request, I can complain to ${authority} (Article 77).`,
        ...signOff,
      ],
    },
    followUp: {
      subject: `Follow-up: my request of {sent} to erase my {service} account (Article 17 ${short})`,
      paragraphs: [
        'To the data protection officer of {organisation}',
        '{date}',
        `On {sent} I asked you to erase my {service} account and all personal data you hold about me, under Article 17 of ${act}. The month Article 12(3) gives you to answer ended on {due}, and I have not had the answer I asked for.`,
        identify,
        'Please erase my data now, and confirm in writing which data you erased and which you keep, on which ground of Article 17(3) and why.',
        `If I do not hear from you, I intend to complain to ${authority} (Article 77).`,
        ...signOff,
      ],
    },
  };
}

export const laws: Record<Law, LawText> = {
  eu: {
    ...gdprLike('eu', gdpr, 'the General Data Protection Regulation (GDPR)', 'GDPR', 'a supervisory authority'),
    deadline: {
      says: 'The month runs from the day they receive the request to the same date the next month; when that month has no such date, to its last day, so a request received on 31 January is due on the last day of February. When that day is a Saturday, Sunday or public holiday, the period ends on the next working day.',
      sources: [gdpr(12, 'Article 12(3)'), EU_PERIODS],
    },
    complaint: {
      says: 'Complain to the data protection authority of the country where you live or work: the European Data Protection Board lists them all.',
      link: { label: 'EDPB: the EU and EEA data protection authorities', url: 'https://www.edpb.europa.eu/about-edpb/about-edpb/members_en' },
      sources: [gdpr(77, 'Article 77(1)')],
    },
  },
  uk: {
    ...gdprLike('uk', ukGdpr, 'the UK General Data Protection Regulation (UK GDPR)', 'UK GDPR', 'the Information Commissioner’s Office'),
    deadline: {
      says: 'The ICO counts the month from the day they receive the request to the same date the next month; when that month has no such date, to its last day, so a request received on 31 January is due on the last day of February. When that day is a weekend or a public holiday, they have until the next working day.',
      sources: [ukGdpr(12, 'Article 12(3)'), ICO_MONTH],
    },
    complaint: {
      says: 'The ICO asks you to complain to the organisation first and to follow up if it has not answered after 30 days; then complain to the ICO within three months of your last contact with the organisation.',
      link: { label: 'ICO: make a complaint about how an organisation has used your personal information', url: 'https://ico.org.uk/make-a-complaint/data-protection-complaints/' },
      sources: [{ label: 'ICO: what to expect when you complain', url: 'https://ico.org.uk/make-a-complaint/data-protection-complaints/what-to-expect/' }, ukGdpr(77, 'Article 77')],
    },
  },
  other: {
    id: 'other',
    points: [],
    letter: {
      subject: 'Please close my {service} account and delete my personal data',
      paragraphs: [
        'To the data protection officer of {organisation}',
        '{date}',
        'I ask you to close my {service} account and delete all personal data you hold about me.',
        identify,
        'Please confirm in writing when this is done, and tell me which of my data you keep, if any, and why.',
        ...signOff,
      ],
    },
    followUp: {
      subject: 'Follow-up: my request of {sent} to close my {service} account',
      paragraphs: [
        'To the data protection officer of {organisation}',
        '{date}',
        'On {sent} I asked you to close my {service} account and delete all personal data you hold about me, and I have not had an answer.',
        identify,
        'Please close the account, delete my data, and confirm in writing which of my data you keep, if any, and why.',
        ...signOff,
      ],
    },
  },
};

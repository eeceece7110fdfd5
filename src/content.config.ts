import { defineCollection, reference, z } from 'astro:content';
import { renderedMdx } from './lib/content-loader';
import { parseIsoDay } from './lib/dates';

/** Editors' files live outside src/ so that content and code stay apart. */
const contentDir = './content';

/** A stable id: lower-case words joined by hyphens. It becomes `#step-<id>` and the progress key, so it never changes when wording does. */
export const pieceId = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'use lower-case letters, digits and single hyphens, e.g. "open-settings"');

/**
 * A calendar day written `YYYY-MM-DD`, e.g. 2026-01-31. YAML reads an unquoted
 * day as a date already (and the loader checks it was written as a real day,
 * see checkDatesAsWritten); a quoted one is checked here, so neither an
 * impossible day nor another form can roll over into some other day.
 */
export const isoDay = z.union([
  z.date(),
  z.string().transform((text, ctx) => {
    const day = parseIsoDay(text);
    if (day) return day;
    ctx.addIssue({
      code: 'custom',
      message: `expected a day that exists, written YYYY-MM-DD (e.g. 2026-01-31); found "${text}". Fix: write year-month-day with a month from 01 to 12 and a day that month has`,
    });
    return z.NEVER;
  }),
]);

export const sourceSchema = z.object({
  /** Short id that pieces use to cite this source, e.g. "privacy-policy". */
  id: pieceId,
  /** The source's name as a reader would recognise it. */
  title: z.string().min(1),
  /** Where to read it; omit for sources that are not public pages. */
  url: z.string().url().optional(),
  /** When the source was written or last changed, as the source itself shows it, e.g. "24 November 2021"; "undated" when it shows none. */
  date: z.string().min(1),
  /** What kind of source it is and how far to trust it, e.g. "official" or "community report, not official". */
  note: z.string().min(1),
});

/** Where a reader takes the steps; an app's screens change with its version, so following them there names the version. */
export const platforms = ['website-computer', 'website-phone', 'android-app', 'iphone-app'] as const;

/**
 * A time someone followed the steps, start to finish, on the live service. Only this
 * makes a guide's steps more than what its sources report.
 */
export const followedSchema = z
  .object({
    /** The day the steps were followed. */
    date: isoDay,
    /** Where they were followed. */
    platform: z.enum(platforms),
    /** The app's version as its settings show it, e.g. "8.120.4"; required for an app. */
    appVersion: z.string().min(1).optional(),
  })
  .superRefine((followed, ctx) => {
    if (followed.platform.endsWith('-app') && !followed.appVersion) {
      ctx.addIssue({
        code: 'custom',
        path: ['appVersion'],
        message: `expected the app's version for platform "${followed.platform}"; found none. Fix: add appVersion as the app's settings show it, e.g. "8.120.4"`,
      });
    }
  });

export const guideSchema = z.object({
  /** Page title, e.g. "How to delete your AliExpress account". */
  title: z.string().min(1),
  /** The service's name as people write it, e.g. "AliExpress". */
  service: z.string().min(1),
  /** One or two sentences for search results and link previews. */
  description: z.string().min(10).max(200),
  /** The day an editor last read the guide's sources. It says nothing about following the steps: see `followed`. */
  sourcesRead: isoDay,
  /** When someone followed the steps on the live service; absent until someone has, and the page then says so. */
  followed: followedSchema.optional(),
  /** Our estimate of the time every step takes, in minutes; no source gives one, and the page calls it an estimate. */
  minutes: z.number().int().positive(),
  /** How hard closing the account is, from the reader's point of view. */
  difficulty: z.enum(['easy', 'medium', 'hard', 'impossible']),
  /** The service's own pages a reader may need, e.g. its privacy centre. */
  officialLinks: z.array(z.object({ label: z.string().min(1), url: z.string().url() })).default([]),
  /** Every source the guide relies on; pieces cite them by id. */
  sources: z.array(sourceSchema).min(1),
  /** The closing paragraph, shown after the steps. */
  conclusion: z.string().min(1),
});

/** Fields every piece of a guide (reason, step, caveat) shares. */
const pieceBase = z.object({
  /** The guide this piece belongs to: the guide file's name without `.mdx`. */
  guide: reference('guides'),
  /** Stable id, unique among this guide's pieces of the same kind. */
  id: pieceId,
  /** Position within the guide, counting 1, 2, 3… with no gaps. */
  order: z.number().int().positive(),
  /** Heading shown above the piece. */
  title: z.string().min(1),
  /** Ids of the guide's sources that back this piece, if it adds facts beyond the main source. */
  sources: z.array(pieceId).default([]),
  /** Ids this piece had before a rename; readers' saved ticks under an old id carry over to the new one. */
  formerIds: z.array(pieceId).default([]),
});

export const reasonSchema = pieceBase;

export const stepSchema = pieceBase.extend({
  /** Short line for the printed checklist, e.g. "Open Account Settings". */
  label: z.string().min(1).max(80),
  /** Interface labels the reader looks for or clicks in this step, exactly as the service shows them; each must appear in the body as <UI>…</UI>. */
  clicks: z.array(z.string().min(1)).default([]),
});

export const caveatSchema = pieceBase.extend({
  /** How much harm ignoring it can do: "info" is good to know, "warning" can cost money or data, "danger" cannot be undone. */
  severity: z.enum(['info', 'warning', 'danger']),
  /** True when the reader must deal with it before the first step; it then becomes a checklist item. */
  beforeStart: z.boolean().default(false),
  /** Checklist line for a before-you-start caveat, e.g. "Finish or cancel pending orders". */
  label: z.string().min(1).max(80).optional(),
});

const guides = defineCollection({
  loader: renderedMdx({ pattern: '*.mdx', base: `${contentDir}/guides` }),
  schema: guideSchema,
});

const reasons = defineCollection({
  loader: renderedMdx({ pattern: '**/*.mdx', base: `${contentDir}/reasons`, kind: 'reasons' }),
  schema: reasonSchema,
});

const steps = defineCollection({
  loader: renderedMdx({ pattern: '**/*.mdx', base: `${contentDir}/steps`, kind: 'steps' }),
  schema: stepSchema,
});

const caveats = defineCollection({
  loader: renderedMdx({ pattern: '**/*.mdx', base: `${contentDir}/caveats`, kind: 'caveats' }),
  schema: caveatSchema,
});

export const collections = { guides, reasons, steps, caveats };

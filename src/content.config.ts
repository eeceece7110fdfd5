import { defineCollection, reference, z } from 'astro:content';
import { renderedMdx } from './lib/content-loader';
import { isoDay as isoDayText, parseIsoDay } from './lib/dates';

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

/**
 * When a source dates a report: a year (2025), a month (2021-11) or a day
 * (2021-11-24), as precise as the source is; "undated" when it shows none.
 */
const REPORTED_DATE = /^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/;

/** How sure we are of a route, as the page states it. */
export type Certainty =
  | { status: 'reported'; by: string; date: string }
  | { status: 'confirmed'; date: Date; platform: (typeof platforms)[number]; appVersion?: string | undefined };

/**
 * How sure we are of a route. "reported": a named source describes it, and
 * nobody has followed it on the live service. "confirmed": someone followed
 * it there, on the day, platform and (for an app) version given.
 */
export const certaintySchema = z
  .object({
    status: z.enum(['reported', 'confirmed']),
    /** reported: who reports it, as the page names them after "Reported by", e.g. "JustDeleteMe" or "two blogs". */
    by: z.string().min(1).optional(),
    /** reported: 2025, 2021-11, 2021-11-24 or "undated", as precise as the source; confirmed: the day it was followed, YYYY-MM-DD. */
    date: z.union([z.date(), z.string(), z.number()]).optional(),
    /** confirmed: where it was followed. */
    platform: z.enum(platforms).optional(),
    /** confirmed on an app: the app's version as its settings show it. */
    appVersion: z.string().min(1).optional(),
  })
  .transform((raw, ctx): Certainty => {
    const problem = (path: string, message: string) => {
      ctx.addIssue({ code: 'custom', path: [path], message });
      return z.NEVER;
    };
    const written = raw.date instanceof Date ? isoDayText(raw.date) : raw.date === undefined ? undefined : String(raw.date);
    if (raw.status === 'reported') {
      if (!raw.by) return problem('by', 'expected who reports the route, because status is "reported"; found none. Fix: add by: JustDeleteMe (the page then says "Reported by JustDeleteMe")');
      if (written === undefined) return problem('date', 'expected the report\'s date or "undated"; found none. Fix: add date: 2021-11, or date: undated when the source shows none');
      if (written !== 'undated' && !REPORTED_DATE.test(written)) {
        return problem('date', `expected a year (2025), a month (2021-11), a day (2021-11-24) or "undated"; found "${written}". Fix: write the date as precisely as the source gives it, and no more`);
      }
      return { status: 'reported', by: raw.by, date: written };
    }
    if (written === undefined) return problem('date', 'expected the day the route was followed on the live service, because status is "confirmed"; found none. Fix: add date: YYYY-MM-DD, or set status: reported');
    if (!raw.platform) return problem('platform', `expected where it was followed (${platforms.join(', ')}), because status is "confirmed"; found none. Fix: add platform: website-computer (or another), or set status: reported`);
    const followed = followedSchema.safeParse({ date: written, platform: raw.platform, appVersion: raw.appVersion });
    if (!followed.success) {
      for (const issue of followed.error.issues) ctx.addIssue({ code: 'custom', path: issue.path, message: issue.message });
      return z.NEVER;
    }
    return { status: 'confirmed', ...followed.data };
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
  /** The id of the route the guide recommends; the picker shows it first, so it must have order 1. */
  recommendedRoute: pieceId,
  /** Why it is recommended, in one line the page shows under the route picker. */
  recommendedWhy: z.string().min(1).max(160),
  /** The id of the caveat that says how to ask the service in writing; each route points to it for when no button works. */
  writtenRequest: pieceId.optional(),
  /**
   * Where a written request to erase the account goes, as the guide's sources give it; with it,
   * the guide gets a request page (/<guide>/request/) that writes the letter.
   */
  privacyContact: z
    .object({
      /** The company that holds the reader's data (the controller), as the sources name it. */
      organisation: z.string().min(1),
      /** The email address the sources give for data protection requests. */
      email: z.string().email(),
      /** Ids of the guide's sources that give this email address. */
      emailSources: z.array(pieceId).min(1),
      /** The service's own page for privacy requests, if its sources give one. */
      requestPage: z.object({ label: z.string().min(1), url: z.string().url(), sources: z.array(pieceId).min(1) }).optional(),
    })
    .optional(),
  /**
   * "Is it really gone?": what a reader checks after closing, shown once they tick the last step.
   * Each says why in one or two sentences; a check whose claim no source confirms cites none and
   * says so in `why`.
   */
  afterChecks: z
    .array(
      z.object({
        /** Stable id: the reader's tick is stored under it. */
        id: pieceId,
        /** What to check, as a line to tick. */
        label: z.string().min(1).max(100),
        /** Why, in plain words. */
        why: z.string().min(1).max(300),
        /** Ids of the guide's sources behind `why`. */
        sources: z.array(pieceId).default([]),
      }),
    )
    .default([]),
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

/** One way to close the account, e.g. the website's settings or the app; its steps are in content/steps/<guide>/<route>/. */
export const routeSchema = pieceBase.extend({
  /** Where the route is taken: one or several platforms. */
  platforms: z.array(z.enum(platforms)).min(1),
  /** Every route rests on at least one of the guide's sources. */
  sources: z.array(pieceId).min(1, 'expected at least one source id. Fix: list the guide\'s sources that describe this route'),
  /** Where the route begins, in a few words, for the printed checklist's "other ways in" line, e.g. "App: Account, then Settings". */
  start: z.string().min(1).max(80),
  certainty: certaintySchema,
});

export const stepSchema = pieceBase.extend({
  /** The id of the route this step belongs to; the file sits in content/steps/<guide>/<route>/. Orders count 1, 2, 3… within the route. */
  route: pieceId,
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

const routes = defineCollection({
  loader: renderedMdx({ pattern: '**/*.mdx', base: `${contentDir}/routes`, kind: 'routes' }),
  schema: routeSchema,
});

const steps = defineCollection({
  loader: renderedMdx({ pattern: '**/*.mdx', base: `${contentDir}/steps`, kind: 'steps' }),
  schema: stepSchema,
});

const caveats = defineCollection({
  loader: renderedMdx({ pattern: '**/*.mdx', base: `${contentDir}/caveats`, kind: 'caveats' }),
  schema: caveatSchema,
});

export const collections = { guides, reasons, routes, steps, caveats };

import { AstroError } from 'astro/errors';
import { parseReportDestination, type ReportDestination } from './report';

function fromEnvironment(): ReportDestination | undefined {
  try {
    return parseReportDestination(process.env.REPORT_TO);
  } catch (error) {
    throw new AstroError(
      error instanceof Error ? error.message : String(error),
      'Set REPORT_TO=https://github.com/owner/repo/issues/new or REPORT_TO=editors@example.org, or leave it unset for no report link (README, "Reports from readers").',
    );
  }
}

/** Where this build sends readers' reports of a step that looks different, or undefined for none (see report.ts). */
export const reportDestination = fromEnvironment();

/**
 * The HowTo structured data of a guide, built from the guide's data (never from the
 * rendered page), so search engines see the same steps, in the same order, with the
 * same anchors as readers do.
 */
import type { HowTo, WithContext } from 'schema-dts';
import { anchorHref } from './anchors';
import { isoDay } from './dates';

export interface HowToInput {
  /** The guide page's canonical URL, e.g. https://example.org/aliexpress/. */
  url: string;
  title: string;
  description: string;
  /** Absolute URL of the share image. */
  image: string;
  minutes: number;
  lastReviewed: Date;
  /** Steps in reading order. */
  steps: readonly { id: string; title: string; label: string }[];
}

export function howToJsonLd({ url, title, description, image, minutes, lastReviewed, steps }: HowToInput): WithContext<HowTo> {
  if (steps.length === 0) throw new Error(`HowTo for ${url} needs at least one step`);
  return {
    '@context': 'https://schema.org',
    '@type': 'HowTo',
    name: title,
    description,
    url,
    image,
    inLanguage: 'en',
    totalTime: `PT${minutes}M`,
    dateModified: isoDay(lastReviewed),
    step: steps.map((step, index) => ({
      '@type': 'HowToStep',
      position: index + 1,
      name: step.title,
      text: step.label,
      url: new URL(anchorHref('step', step.id), url).href,
    })),
  };
}

/** JSON for a <script type="application/ld+json">: "<" is escaped so no text can close the script early. */
export function serializeJsonLd(data: object): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}

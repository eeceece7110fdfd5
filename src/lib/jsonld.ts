/**
 * The HowTo structured data of a guide, built from the guide's data (never from the
 * rendered page), so search engines see the same steps, in the same order, with the
 * same anchors as readers do. It carries no dateModified: the only date a guide has is
 * when its sources were read, which is not a change to the guide nor a check of its steps.
 */
import type { HowTo, WithContext } from 'schema-dts';
import { anchorHref } from './anchors';

export interface HowToInput {
  /** The guide page's canonical URL, e.g. https://example.org/aliexpress/. */
  url: string;
  title: string;
  description: string;
  /** Absolute URL of the share image. */
  image: string;
  /** Our estimate; HowTo's totalTime is an estimate by nature. */
  minutes: number;
  /** Steps in reading order. */
  steps: readonly { id: string; title: string; label: string }[];
}

export function howToJsonLd({ url, title, description, image, minutes, steps }: HowToInput): WithContext<HowTo> {
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

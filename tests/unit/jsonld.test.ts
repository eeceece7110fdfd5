import { describe, expect, it } from 'vitest';
import { howToJsonLd, serializeJsonLd, type HowToInput } from '../../src/lib/jsonld';

const input: HowToInput = {
  url: 'https://example.org/bramblebox/',
  title: 'How to delete your Bramblebox account',
  description: 'Close it for good.',
  image: 'https://example.org/bramblebox/share.png',
  minutes: 10,
  steps: [
    { id: 'sign-in', title: 'Sign in', label: 'Sign in with your locker number' },
    { id: 'confirm-erasure', title: 'Confirm', label: 'Type ERASE, then Confirm' },
  ],
};

describe('HowTo structured data', () => {
  it('lists the steps in order, each with its position and its anchor on the guide page', () => {
    const data = howToJsonLd(input);
    expect(data['@context']).toBe('https://schema.org');
    expect(data).toMatchObject({ '@type': 'HowTo', name: input.title, url: input.url, totalTime: 'PT10M' });
    // The guide has no date that means it was changed or its steps checked, so it claims none.
    expect(data).not.toHaveProperty('dateModified');
    expect(data).toHaveProperty('step', [
      { '@type': 'HowToStep', position: 1, name: 'Sign in', text: 'Sign in with your locker number', url: 'https://example.org/bramblebox/#step-sign-in' },
      { '@type': 'HowToStep', position: 2, name: 'Confirm', text: 'Type ERASE, then Confirm', url: 'https://example.org/bramblebox/#step-confirm-erasure' },
    ]);
  });

  it('refuses a guide with no steps', () => {
    expect(() => howToJsonLd({ ...input, steps: [] })).toThrow(/at least one step/);
  });

  it('serialises so that no text can close the script element early', () => {
    const json = serializeJsonLd({ name: 'a</script><script>alert(1)</script>' });
    expect(json).not.toContain('<');
    expect(JSON.parse(json)).toEqual({ name: 'a</script><script>alert(1)</script>' });
  });
});

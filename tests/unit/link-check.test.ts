import { describe, expect, it } from 'vitest';
import { anchorsIn, linkProblems, linksIn } from '../helpers/link-check';

const pages: Record<string, string> = {
  'index.html': '<html><body><h2 id="intro">Intro</h2></body></html>',
  'guide/index.html': '<html><body><h3 id="step-log-in">Log in</h3></body></html>',
};
const site = {
  origin: 'https://example.org',
  fileFor: (path: string) => {
    const file = path.endsWith('/') ? `${path.slice(1)}index.html` : path.slice(1);
    return file in pages || file === 'share.png' ? file : null;
  },
  anchorsOf: (file: string) => anchorsIn(pages[file] ?? ''),
};
const check = (body: string) => linkProblems(linksIn('/', `<html><head></head><body>${body}</body></html>`), site);

describe('the link checker', () => {
  it('accepts pages, files and anchors that exist, in any form of address', () => {
    expect(
      check(`<a href="/guide/">g</a><a href="guide/#step-log-in">s</a><a href="#intro">i</a>
        <a href="https://example.org/guide/#step-log-in">abs</a><img src="/share.png" alt="">
        <a href="https://other.example/" rel="noopener noreferrer" target="_blank">x</a><a href="mailto:a@b.example">m</a>`),
    ).toEqual([]);
  });

  it('reports a missing page, a missing slash and a missing anchor', () => {
    const problems = check('<a href="/nope/">a</a><a href="/guide">b</a><a href="/guide/#step-gone">c</a><a href="#">d</a>');
    expect(problems).toHaveLength(4);
    expect(problems[0]).toContain('no page or file answers /nope/');
    expect(problems[1]).toContain('pages end with /');
    expect(problems[2]).toContain('no element with id "step-gone"');
    expect(problems[3]).toContain('empty link target');
  });

  it('reports unsafe new tabs, trackers, tracking parameters and plain http', () => {
    const problems = check(`<a href="https://other.example/" target="_blank" rel="noopener">a</a>
      <a href="https://www.google-analytics.com/collect">b</a><a href="https://other.example/?utm_source=x">c</a>
      <a href="http://other.example/">d</a><a href="javascript:alert(1)">e</a>`);
    expect(problems.join('\n')).toMatch(/without rel="noopener noreferrer"/);
    expect(problems.join('\n')).toMatch(/google-analytics.com is a tracker/);
    expect(problems.join('\n')).toMatch(/tracking parameters utm_source/);
    expect(problems.join('\n')).toMatch(/must use https/);
    expect(problems.join('\n')).toMatch(/javascript: links/);
  });

  it('follows the URLs inside JSON-LD, such as a HowTo step’s anchor', () => {
    const jsonLd = JSON.stringify({ '@context': 'https://schema.org', step: [{ url: 'https://example.org/guide/#step-missing' }] });
    const problems = check(`<script type="application/ld+json">${jsonLd}</script>`);
    expect(problems).toEqual([expect.stringContaining('no element with id "step-missing"')]);
  });
});

import { describe, expect, it } from 'vitest';
import { mdxToHtml } from '../../src/lib/mdx-html';

const file = 'content/steps/example/01-log-in.mdx';

describe('a content body rendered to HTML', () => {
  it('marks an interface label and quotes it, inside its sentence', async () => {
    const html = await mdxToHtml('Click <UI>Close Account</UI> at the bottom.', file);
    expect(html).toBe('<p>Click <span class="ui-label" data-ui-label="">“Close Account”</span> at the bottom.</p>');
  });

  it('keeps Markdown: emphasis, links, lists and smart quotes', async () => {
    const html = await mdxToHtml('Use **your** "email" and [the help page](https://example.com/help).\n\n- one\n- two', file);
    expect(html).toContain('<strong>your</strong>');
    expect(html).toContain('“email”');
    expect(html).toContain('<a href="https://example.com/help">the help page</a>');
    expect(html).toMatch(/<ul>\s*<li>one<\/li>\s*<li>two<\/li>\s*<\/ul>/);
  });

  it.each([
    ['another component', 'Click <Button>Go</Button>.', 1, 'the component <Button>'],
    ['an import', "Text.\n\nimport Foo from './foo.astro';", 3, 'an import or export'],
    ['an expression', 'One.\n\nTwo.\n\nIt costs {price} today.', 5, 'the expression {price}'],
    ['a label spread over lines', 'Text.\n\n<UI>\nClose Account\n</UI>\n', 3, '<UI> around whole lines'],
    ['MDX that does not parse', 'Text.\n\nClick <UI>Close Account.', 3, 'MDX that cannot be read'],
  ])('stops at %s, naming the file, line and field', async (_, body, line, found) => {
    const rendering = mdxToHtml(body, file);
    await expect(rendering).rejects.toThrow(`${file}:${line}, field "body"`);
    await expect(rendering).rejects.toThrow(found);
  });

  it('writes a brace that is escaped as a brace', async () => {
    expect(await mdxToHtml('Codes look like \\{ABC}.', file)).toBe('<p>Codes look like {ABC}.</p>');
  });

  it.each([
    ['a javascript: link', 'Text.\n\n[click](javascript:alert(1))', 3, 'javascript:'],
    ['a javascript: link in capitals, split by a tab', 'See [here](JAVA%09SCRIPT:x) or [there]( javaScript:alert(1)).', 1, 'javascript:'],
    ['a data: link', 'One.\n[page](data:text/html,<b>hi</b>)', 2, 'data:'],
    ['a link defined by reference', 'Go [there][x].\n\n[x]: vbscript:msgbox', 3, 'vbscript:'],
    ['an image from a file: address', '![map](file:///etc/passwd)', 1, 'file:'],
  ])('stops at %s, naming the file, line and field', async (_, body, line, scheme) => {
    const rendering = mdxToHtml(body, file);
    await expect(rendering).rejects.toThrow(`${file}:${line}, field "body"`);
    await expect(rendering).rejects.toThrow(`(a ${scheme} address)`);
    await expect(rendering).rejects.toThrow('expected links to https:// or http:// pages');
  });

  it('keeps links to web pages, mail addresses, this site\'s pages and anchors', async () => {
    const body = '[a](https://example.com/) [b](http://example.com/) [c](mailto:help@example.com) [d](/aliexpress/) [e](../x/) [f](#step-log-in) [g](?q=1)';
    const html = await mdxToHtml(body, file);
    for (const href of ['https://example.com/', 'http://example.com/', 'mailto:help@example.com', '/aliexpress/', '../x/', '#step-log-in', '?q=1']) {
      expect(html).toContain(`href="${href}"`);
    }
  });

  it('names the line of the file when told how many lines sit above the body', async () => {
    await expect(mdxToHtml('Text.\n\n[click](javascript:alert(1))', file, {}, 9)).rejects.toThrow(`${file}:12, field "body"`);
  });
});

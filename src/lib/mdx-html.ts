/**
 * Turns a content file's MDX body into HTML once, while content is loaded,
 * instead of compiling every file into a JavaScript module of the build: a
 * guide is some twenty files, and at hundreds of guides those modules made
 * the build slow and its memory run out. Guide text needs one component,
 * <UI>…</UI>, so that is the one this renderer knows; anything else MDX
 * allows (imports, {expressions}, other components), and a link a browser
 * should not follow from a guide (javascript:, data:…), stops the build with
 * the file and line, rather than rendering something half-right.
 */
import { createMarkdownProcessor, type AstroMarkdownOptions, type MarkdownProcessor, type RemarkPlugin } from '@astrojs/markdown-remark';
import remarkMdx from 'remark-mdx';
import { formatProblem, type ContentProblem } from './content-rules';

/** What a problem in a body says: where, what was expected, what was found, the fix. */
export class MdxBodyError extends Error {
  readonly problem: ContentProblem;
  constructor(file: string, line: number | undefined, found: string, rule: Rule = componentRule) {
    const problem: ContentProblem = { file: line ? `${file}:${line}` : file, field: 'body', found, ...rule };
    super(formatProblem(problem));
    this.name = 'MdxBodyError';
    this.problem = problem;
  }
}

interface Rule {
  expected: string;
  fix: string;
}

const componentRule: Rule = {
  expected: 'plain text, Markdown and <UI>…</UI> for interface labels',
  fix: 'write it as text, or mark a label to click as <UI>Label</UI>',
};

const linkRule: Rule = {
  expected: 'links to https:// or http:// pages, mailto: addresses, paths on this site or #anchors',
  fix: 'link to the page itself (https://…), or remove the link',
};

interface BodyProblem {
  line: number | undefined;
  found: string;
  rule?: Rule;
}

/**
 * Schemes a reader's browser may follow from a guide. Anything else (javascript:,
 * data:, vbscript:, file:…) would run code or open something no guide needs.
 */
const safeSchemes = new Set(['http', 'https', 'mailto']);

/** The scheme of a URL as a browser reads it (tabs and newlines removed, leading controls and spaces trimmed); undefined for a relative URL. */
export function linkScheme(url: string): string | undefined {
  const cleaned = url.replace(/[\t\n\r]/g, '').replace(/^[\u0000-\u0020]+/, '');
  return /^([a-z][a-z0-9+.-]*):/i.exec(cleaned)?.[1]?.toLowerCase();
}

/**
 * The plugin reports problems in a list handed over as the render's
 * frontmatter, the one object a render passes to plugins; throwing from a
 * plugin would also make the Markdown processor log a second, vaguer error.
 */
const PROBLEMS = 'mdxBodyProblems';

interface Node {
  type: string;
  name?: string | null;
  value?: string;
  url?: string;
  children?: Node[];
  position?: { start: { line: number } };
  data?: { hName?: string; hProperties?: Record<string, unknown> };
}

/** `<UI>Close Account</UI>` becomes `<span class="ui-label" data-ui-label>“Close Account”</span>`. */
const remarkUiLabels: RemarkPlugin = () => (tree, vfile) => {
  const astro = vfile.data.astro as { frontmatter?: Record<string, unknown> } | undefined;
  const problems = (astro?.frontmatter?.[PROBLEMS] ?? []) as BodyProblem[];
  const problem = (node: Node, found: string, rule?: Rule) => {
    problems.push({ line: node.position?.start.line, found, ...(rule && { rule }) });
    Object.assign(node, { type: 'text', value: '', children: undefined });
  };
  const visit = (node: Node): void => {
    if (node.type === 'link' || node.type === 'image' || node.type === 'definition') {
      const scheme = linkScheme(node.url ?? '');
      if (scheme !== undefined && !safeSchemes.has(scheme)) return problem(node, `the link "${node.url ?? ''}" (a ${scheme}: address)`, linkRule);
    }
    if (node.type === 'mdxJsxTextElement' || node.type === 'mdxJsxFlowElement') {
      if (node.name !== 'UI') return problem(node, node.name ? `the component <${node.name}>` : 'a fragment <>');
      if (node.type === 'mdxJsxFlowElement') return problem(node, '<UI> around whole lines (it marks a label inside a sentence)');
      node.type = 'emphasis';
      node.data = { hName: 'span', hProperties: { className: ['ui-label'], dataUiLabel: true } };
      node.children = [{ type: 'text', value: '“' }, ...(node.children ?? []), { type: 'text', value: '”' }];
    } else if (node.type === 'mdxjsEsm') {
      return problem(node, 'an import or export');
    } else if (node.type === 'mdxTextExpression' || node.type === 'mdxFlowExpression') {
      return problem(node, `the expression {${node.value ?? ''}} (write a brace as \\{)`);
    }
    node.children?.forEach(visit);
  };
  visit(tree as unknown as Node);
};

const processors = new WeakMap<object, Promise<MarkdownProcessor>>();
const defaults: Partial<AstroMarkdownOptions> = {};

/**
 * Renders one MDX body with the site's Markdown settings (GFM, smart quotes),
 * as @astrojs/mdx would, minus code highlighting, which guides do not use.
 * `file` is only for messages, and so is `linesAbove`: the lines of the file
 * above the body (its frontmatter), so that messages name the line of the file.
 */
export async function mdxToHtml(
  body: string,
  file: string,
  markdown: Partial<AstroMarkdownOptions> = defaults,
  linesAbove = 0,
): Promise<string> {
  let processor = processors.get(markdown);
  if (!processor) {
    processor = createMarkdownProcessor({
      ...markdown,
      syntaxHighlight: false,
      remarkPlugins: [remarkMdx, remarkUiLabels, ...(markdown.remarkPlugins ?? [])],
    });
    processors.set(markdown, processor);
  }
  const problems: BodyProblem[] = [];
  let html: string;
  try {
    html = (await (await processor).render(body, { frontmatter: { [PROBLEMS]: problems } })).code;
  } catch (error) {
    // MDX syntax errors carry the line of the body they were met on.
    const { line, reason } = error as { line?: number; reason?: string };
    throw new MdxBodyError(file, line && line + linesAbove, `MDX that cannot be read: ${reason ?? String(error)}`);
  }
  const [first] = problems;
  if (first) throw new MdxBodyError(file, first.line && first.line + linesAbove, first.found, first.rule);
  return html;
}

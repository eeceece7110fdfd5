/** Replaces each `{name}` in a template with `values[name]`, leaving unknown names as they are. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (match, name: string) => (name in values ? String(values[name]) : match));
}

/**
 * A template split at its `{name}`s: the text between them, and the names, in
 * order. For markup that shows a value the page fills in later.
 */
export function templateParts(template: string): (string | { name: string })[] {
  return template.split(/\{(\w+)\}/).map((part, i) => (i % 2 === 1 ? { name: part } : part)).filter((part) => part !== '');
}

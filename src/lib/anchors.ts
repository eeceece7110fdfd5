/**
 * The one place that turns a piece's stable id into its element id, so page
 * anchors, search results, stored progress and the checklist all agree.
 */
export type AnchorKind = 'reason' | 'route' | 'step' | 'caveat';

export function anchorId(kind: AnchorKind, id: string): string {
  return `${kind}-${id}`;
}

export function anchorHref(kind: AnchorKind, id: string): string {
  return `#${anchorId(kind, id)}`;
}

const kinds: readonly AnchorKind[] = ['reason', 'route', 'step', 'caveat'];

/**
 * The piece an element id names, or null for any other id (a section heading,
 * a source): search results use it to say what kind of piece they point at.
 */
export function parseAnchorId(elementId: string): { kind: AnchorKind; id: string } | null {
  for (const kind of kinds) {
    const prefix = `${kind}-`;
    if (elementId.startsWith(prefix) && elementId.length > prefix.length) {
      return { kind, id: elementId.slice(prefix.length) };
    }
  }
  return null;
}

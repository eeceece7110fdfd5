/**
 * The one place that turns a piece's stable id into its element id, so page
 * anchors, search results, the tracker and the checklist all agree.
 */
export type AnchorKind = 'reason' | 'step' | 'caveat';

export function anchorId(kind: AnchorKind, id: string): string {
  return `${kind}-${id}`;
}

export function anchorHref(kind: AnchorKind, id: string): string {
  return `#${anchorId(kind, id)}`;
}

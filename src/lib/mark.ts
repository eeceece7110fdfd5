/**
 * The site's mark, a tick in a rounded square. Its one drawing is public/favicon.svg,
 * the tab icon browsers load as it is; everything else that shows the mark takes its
 * shape from that file through here: the header's inline SVG, the app icons and the
 * share images. Edit the file (in any SVG editor) and all of them follow.
 */
import drawing from '../../public/favicon.svg?raw';

/** The value of `name` on the first `<element>` of the drawing; the build stops, saying what is missing, when there is none. */
function attribute(element: 'svg' | 'rect' | 'path', name: string): string {
  const tag = new RegExp(`<${element}\\b[^>]*>`).exec(drawing)?.[0];
  const value = tag ? new RegExp(`\\s${name}="([^"]+)"`).exec(tag)?.[1] : undefined;
  if (!value) throw new Error(`public/favicon.svg: expected a <${element}> with ${name}="…" (the mark: a rounded square and a tick)`);
  return value;
}

/** The drawing's grid: its viewBox is a square of this many units. */
export const MARK_GRID = Number(attribute('svg', 'viewBox').split(/\s+/)[2]);

/** The square's corner radius and the tick's path and stroke width, in grid units. */
export const markShape = {
  radius: Number(attribute('rect', 'rx')),
  tick: attribute('path', 'd'),
  tickWidth: Number(attribute('path', 'stroke-width')),
} as const;

/** The drawing's own colours, which must be the brand's (a unit test holds them together). */
export const markDrawnColours = { square: attribute('rect', 'fill'), tick: attribute('path', 'stroke') } as const;

export interface MarkColours {
  /** Fill of the square. */
  square: string;
  /** Stroke of the tick. */
  tick: string;
}

export interface MarkOptions {
  /**
   * Fill the whole square and keep the tick inside the centre 80%, the safe zone that
   * launchers may crop a maskable icon to (a circle, a squircle…).
   */
  maskable?: boolean;
}

/**
 * The mark's shapes without the `<svg>` around them. Without colours the shapes carry
 * none, for a stylesheet to paint (the header does, so the mark follows the theme).
 */
export function markShapes(colours?: MarkColours, { maskable = false }: MarkOptions = {}): string {
  const fill = colours ? ` fill="${colours.square}"` : '';
  const stroke = colours ? ` stroke="${colours.tick}"` : '';
  const square = `<rect width="${MARK_GRID}" height="${MARK_GRID}"${maskable ? '' : ` rx="${markShape.radius}"`}${fill}/>`;
  const tick = `<path d="${markShape.tick}" fill="none"${stroke} stroke-width="${markShape.tickWidth}" stroke-linecap="round" stroke-linejoin="round"/>`;
  const inset = (MARK_GRID * 0.1).toFixed(1);
  return maskable ? `${square}<g transform="translate(${inset} ${inset}) scale(0.8)">${tick}</g>` : `${square}${tick}`;
}

/** The mark as a standalone SVG document, in the given colours: what the PNG icons are drawn from. */
export function markSvg(colours: MarkColours, options: MarkOptions = {}): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${MARK_GRID} ${MARK_GRID}">${markShapes(colours, options)}</svg>`;
}

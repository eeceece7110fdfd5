/**
 * The site's mark, a tick in a rounded square, on a 32-unit grid. Everything that shows
 * it takes its shape from here: the header's inline SVG, /favicon.svg, the app icons
 * and the share images. Change it here and all of them follow.
 */
export const MARK_GRID = 32;

/** The square's corner radius and the tick's path and stroke width, in grid units. */
export const markShape = {
  radius: 8,
  tick: 'm9.5 16.5 4.5 4.5 8.5-10',
  tickWidth: 3.2,
} as const;

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

/** The mark as a standalone SVG document (favicon.svg, and the source the PNGs are drawn from). */
export function markSvg(colours: MarkColours, options: MarkOptions = {}): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${MARK_GRID} ${MARK_GRID}">${markShapes(colours, options)}</svg>`;
}

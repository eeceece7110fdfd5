/** A script bundled and minified at build time for inlining; see src/integrations/inline-script.ts. */
declare module '*?inline-script' {
  const code: string;
  export default code;
}

interface Window {
  /** Set by the progress pre-paint script: paints saved progress into the element just parsed. */
  __progressPaint?: (element: Element | null) => void;
}

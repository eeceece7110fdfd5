/**
 * How the boot (inlined in every page) starts the controller (fetched on
 * intent): the controller is bundled on its own and its exports do not
 * survive that, so it listens for this event, and the boot sends it once the
 * code has arrived. Only those two import this module, which keeps the boot
 * free of code it would otherwise share with other scripts.
 */
export const START_EVENT = 'progress-controller-start';

export interface StartDetail {
  /** The <progress-controls> element (see ProgressSummary.astro). */
  controls: HTMLElement;
  /** Checkboxes the reader changed before the controller arrived. */
  touched: ReadonlySet<HTMLInputElement>;
}

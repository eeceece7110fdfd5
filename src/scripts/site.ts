/**
 * The one script every page loads: the custom elements that must answer the
 * reader at once. Small enough for Astro to inline, so it costs no request;
 * everything heavier (the search dialog, the progress controller) is fetched on
 * intent by the elements themselves.
 */
import './elements/theme-toggle';
import './elements/copy-link';
import './elements/search-button';
import '../progress/boot';

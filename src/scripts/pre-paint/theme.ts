/**
 * Runs inline, before first paint (see ThemeScript.astro; a guide page runs it
 * as the start of src/progress/pre-paint.ts). It sets the saved theme, so a reader
 * who chose dark never sees a flash of light, and marks the page as scripted,
 * so controls that need JavaScript take their place at once instead of
 * shifting the layout later.
 */
import { readTheme } from '../../lib/theme';

const root = document.documentElement;
root.classList.add('js');
const saved = readTheme();
if (saved) root.dataset.theme = saved;

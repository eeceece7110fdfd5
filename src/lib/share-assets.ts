/**
 * Where the image endpoints find their fonts: from the project's configured folders,
 * not from this module's own location, because the build runs it from a bundle
 * somewhere under dist/.
 */
import { srcDir } from 'astro:config/server';
import { shareFonts } from './share-image';

export const fonts = () => shareFonts(new URL('assets/fonts/', srcDir));

/**
 * favicon.ico for browsers and tools that ask for it by name: an .ico file may hold a
 * PNG as it is, so this only writes the 22-byte header in front of one.
 */

/** Width and height from a PNG's header, or null when the bytes are not a PNG. */
export function pngSize(bytes: Uint8Array): { width: number; height: number } | null {
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (bytes.length < 24 || signature.some((b, i) => bytes[i] !== b)) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

export function icoFromPng(png: Uint8Array): Uint8Array<ArrayBuffer> {
  const size = pngSize(png);
  if (!size || size.width > 256 || size.height > 256) throw new Error('an .ico entry must be a PNG of at most 256×256');
  const out = new Uint8Array(22 + png.length);
  const view = new DataView(out.buffer);
  view.setUint16(2, 1, true); // type: icon
  view.setUint16(4, 1, true); // one image
  out[6] = size.width % 256; // 0 means 256
  out[7] = size.height % 256;
  view.setUint16(10, 1, true); // colour planes
  view.setUint16(12, 32, true); // bits per pixel: the PNG has an alpha channel
  view.setUint32(14, png.length, true);
  view.setUint32(18, 22, true); // offset of the image data
  out.set(png, 22);
  return out;
}

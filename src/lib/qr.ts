import QRCode from 'qrcode';

/** An inline SVG QR code for `text`, made at build time so the page requests nothing to show it. */
export function qrSvg(text: string): Promise<string> {
  return QRCode.toString(text, {
    type: 'svg',
    errorCorrectionLevel: 'M',
    margin: 2,
    color: { dark: '#000000', light: '#ffffff' },
  });
}

/**
 * The light theme's colours for places CSS cannot reach: the share image, the app
 * icons and the web app manifest. They mirror the tokens in styles/global.css; a unit
 * test fails when the two drift apart.
 */
export const brand = {
  surface: '#fbfaf8',
  text: '#1c1d21',
  muted: '#53565f',
  accent: '#0b6b63',
  onAccent: '#ffffff',
} as const;

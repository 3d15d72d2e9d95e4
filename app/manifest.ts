// The web app manifest (/manifest.webmanifest): the portal's Korean name, its icons (public/,
// drawn in public/icon.svg, PNGs made by scripts/icons.sh) and the design tokens' colour.
import type { MetadataRoute } from 'next';
import messages from '@/messages/ko.json';
import { BACKGROUND_COLOR, THEME_COLOR } from '@/lib/theme';

export default function manifest(): MetadataRoute.Manifest {
  return {
    name: messages.Site.name,
    short_name: messages.Site.shortName,
    description: messages.Site.description,
    lang: 'ko',
    start_url: '/ko',
    scope: '/',
    display: 'browser',
    theme_color: THEME_COLOR,
    background_color: BACKGROUND_COLOR,
    icons: [
      { src: '/icon.svg', type: 'image/svg+xml', sizes: 'any' },
      { src: '/icon-192.png', type: 'image/png', sizes: '192x192' },
      { src: '/icon-512.png', type: 'image/png', sizes: '512x512' },
    ],
  };
}

/** The web app manifest (served as /manifest.webmanifest by vite-plugin-pwa). */
export const THEME_COLOUR = '#8a1538';

export const webManifest = {
	id: '/',
	name: 'Kopa — pašvaldību e-pakalpojumi',
	short_name: 'Kopa',
	description: 'Pieteikumi pašvaldībām: izglītības iestādes, reklāmas atļaujas',
	lang: 'lv',
	start_url: '/',
	scope: '/',
	display: 'standalone' as const,
	background_color: '#ffffff',
	theme_color: THEME_COLOUR,
	icons: [
		{ src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
		{ src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
		{
			src: '/icons/icon-maskable-512.png',
			sizes: '512x512',
			type: 'image/png',
			purpose: 'maskable'
		}
	]
};

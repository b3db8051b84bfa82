// The app shell the service worker serves for every navigation (see src/service-worker.ts).
// Prerendered so it is a file in the build that workbox can precache with a revision.
export const prerender = true;

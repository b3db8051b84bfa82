import { createTRPCClient, httpLink } from '@trpc/client';
import type { AppRouter } from '$server/app/router';

// httpLink, not httpBatchLink: each procedure is its own request, so a push is never
// delayed behind (or lost with) a batched neighbour, and tests can target one by URL.
export const trpc = createTRPCClient<AppRouter>({
	links: [httpLink({ url: '/trpc' })]
});

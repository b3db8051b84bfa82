import { accountRouter } from '../account/account.router';
import { adminRouter } from '../admin/admin.router';
import { platformRouter } from '../admin/platform.router';
import { applicationsRouter } from '../applications/applications.router';
import { attachmentsRouter } from '../attachments/attachments.router';
import { identityRouter } from '../identity/identity.router';
import { inspectionsRouter } from '../inspections/inspections.router';
import { officeRouter } from '../queue/queue.router';
import { noticesRouter } from '../notifications/notices.router';
import { syncRouter } from '../sync/sync.router';
import { tenantsRouter } from '../tenants/tenants.router';
import { createCallerFactory, router } from './init';

export const appRouter = router({
	identity: identityRouter,
	tenants: tenantsRouter,
	sync: syncRouter,
	applications: applicationsRouter,
	office: officeRouter,
	inspections: inspectionsRouter,
	attachments: attachmentsRouter,
	account: accountRouter,
	notices: noticesRouter,
	admin: adminRouter,
	platform: platformRouter
});

export type AppRouter = typeof appRouter;
export const createCaller = createCallerFactory(appRouter);

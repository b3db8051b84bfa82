import { accountRouter } from '../account/account.router';
import { adminRouter } from '../admin/admin.router';
import { platformRouter } from '../admin/platform.router';
import { applicationsRouter } from '../applications/applications.router';
import { createAttachmentsRouter } from '../attachments/attachments.router';
import { decisionsRouter } from '../decisions/decisions.router';
import { identityRouter } from '../identity/identity.router';
import { inspectionsRouter } from '../inspections/inspections.router';
import { officeRouter } from '../queue/queue.router';
import { noticesRouter } from '../notifications/notices.router';
import { filesElsewhere } from './files-elsewhere';
import { placementRouter } from '../placement/placement.router';
import { myDataRouter } from './my-data.router';
import { syncRouter } from './sync';
import { tenantsRouter } from '../tenants/tenants.router';
import { createCallerFactory, mergeRouters, router } from '../kernel/trpc';
import { workflowRouter } from '../workflow/workflow.router';

export const appRouter = router({
	identity: identityRouter,
	tenants: tenantsRouter,
	sync: syncRouter,
	// The office pages call the officer's workflow steps as applications.* too.
	applications: mergeRouters(applicationsRouter, workflowRouter),
	decisions: decisionsRouter,
	office: officeRouter,
	inspections: inspectionsRouter,
	// Where an upload stands depends on the person's photos too (./files-elsewhere.ts).
	attachments: createAttachmentsRouter(filesElsewhere),
	// The data export reads every area's rows about the person: composed in ./my-data.ts.
	account: mergeRouters(accountRouter, myDataRouter),
	notices: noticesRouter,
	admin: adminRouter,
	platform: platformRouter,
	placement: placementRouter
});

export type AppRouter = typeof appRouter;
export const createCaller = createCallerFactory(appRouter);

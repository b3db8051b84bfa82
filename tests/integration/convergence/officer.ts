import { TRPCError } from '@trpc/server';
import type { QueueRow } from '../../../src/lib/domain/queue';
import { sortConflicts } from './device';
import type { Choice } from './schedule';
import type { SimServer } from './sim-server';
import { MUNICIPALITY, type FieldValue } from './values';

/**
 * The officer works on the server directly ("active/active", like Jepsen's Postgres
 * clients). A stale edit is made from a page loaded earlier: its base is the version the
 * officer last looked at, so it can meet the applicant's newer changes.
 */
export class Officer {
	private readonly seen = new Map<string, number>();

	constructor(private readonly server: SimServer) {}

	private async pick(app: number, filter?: (a: QueueRow) => boolean) {
		// The whole queue in receipt order, page by page (one read).
		const office = this.server.office({ actor: 'officer', kind: 'read' });
		const queue: QueueRow[] = [];
		for (let page = 1; ; page++) {
			const out = await office.queue({ municipalityId: MUNICIPALITY, page });
			queue.push(...out.rows);
			if (out.rows.length < out.pageSize) {
				break;
			}
		}
		const candidates = filter ? queue.filter(filter) : queue;
		return candidates[app % Math.max(candidates.length, 1)];
	}

	async edit(app: number, field: string, value: FieldValue, stale: boolean): Promise<void> {
		const target = await this.pick(app);
		if (!target) {
			return;
		}
		const baseVersion = stale ? (this.seen.get(target.id) ?? target.version) : target.version;
		const fields = { [field]: value };
		await this.expectRefusal(['BAD_REQUEST'], async () => {
			const out = await this.server
				.officer({ actor: 'officer', kind: 'edit', baseVersion, fields })
				.editFields({ municipalityId: MUNICIPALITY, id: target.id, baseVersion, fields });
			this.seen.set(target.id, out.version);
		});
		if (!stale) {
			this.seen.set(target.id, Math.max(this.seen.get(target.id) ?? 0, target.version));
		}
	}

	async startReview(app: number): Promise<void> {
		const target = await this.pick(app, (a) => a.status === 'submitted');
		if (target) {
			await this.server
				.officer({ actor: 'officer', kind: 'review' })
				.startReview({ municipalityId: MUNICIPALITY, id: target.id });
		}
	}

	async resolve(app: number, index: number, choice: Choice): Promise<void> {
		const target = await this.pick(app);
		if (!target) {
			return;
		}
		const conflicts = await this.server
			.officer({ actor: 'officer', kind: 'read' })
			.conflicts({ municipalityId: MUNICIPALITY, id: target.id });
		const open = sortConflicts(conflicts.filter((c) => c.status === 'open'));
		const conflict = open[index % Math.max(open.length, 1)];
		if (conflict) {
			// The page shows the record as read just now, with its conflicts.
			const baseVersion = target.version;
			await this.server
				.officer({ actor: 'officer', kind: 'resolve', baseVersion })
				.resolveConflict({
					municipalityId: MUNICIPALITY,
					id: target.id,
					conflictId: conflict.id,
					choice,
					baseVersion
				});
		}
	}

	/** A refusal with one of these codes is the server doing its job; anything else is not. */
	private async expectRefusal(codes: string[], call: () => Promise<void>): Promise<void> {
		try {
			await call();
		} catch (error) {
			if (!(error instanceof TRPCError && codes.includes(error.code))) {
				this.server.unexpected.push(`officer call failed: ${String(error)}`);
			}
		}
	}
}

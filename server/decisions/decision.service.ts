import { TRPCError } from '@trpc/server';
import { createHash } from 'node:crypto';
import type { DecideInput, DecisionView } from '../../src/lib/domain/office';
import { todayInLatvia, yearInLatvia } from '../../src/lib/domain/time';
import { transition } from '../../src/lib/services/engine';
import { getService } from '../../src/lib/services/registry';
import type { PermitFacts } from '../../src/lib/services/types';
import { municipalContext } from '../applications/applications.shared';
import { blobDirFor, blobRelativePath, writeAt } from '../attachments/blob-files';
import type { Db, DbOrTx } from '../db/client.server';
import { publicOrigin } from '../notifications/links';
import type { Actor } from '../kernel/context';
import type { Tenant } from '../kernel/trpc';
import { applyTransition } from '../workflow/transition';
import { noticeOfDecision } from '../workflow/workflow-notices';
import { appealNotice, maskedCode } from './appeal';
import { decisionsRepo } from './decisions.repo';
import { councilOf, documentHeaderName } from './municipality-names';
import { feeOnDecision } from './fee-on-decision';
import { renderDecisionPdf } from './pdf/render-decision';
import { tenantRecords } from '../tenants/tenants.service';
import { applicationRecords, type ApplicationRow } from '../applications/applications.service';
import { attachmentRecords } from '../attachments/attachments.service';
import { people } from '../identity/people.service';

const number = (prefix: string, letter: string, year: number, serial: number) =>
	`${prefix}-${letter}-${year}-${String(serial).padStart(6, '0')}`;

function requireApplication(db: DbOrTx, tenant: Tenant, id: string): ApplicationRow {
	const row = applicationRecords.findSubmitted(db, tenant, id);
	if (!row) {
		throw new TRPCError({ code: 'NOT_FOUND', message: 'No such application here' });
	}
	return row;
}

/**
 * The officer decides: approve with conditions or refuse with reasons. The workflow must
 * allow it from the application's state; the decision gets the municipality's next number
 * (and an approved permit its permit number and a line in the register), its PDF is made
 * once and stored by SHA-256, the workflow step is taken and the applicant is told, all in
 * one transaction. The PDF is rendered before it (slow, async); if someone took a number
 * meanwhile, it is rendered again with the next one.
 */
export async function decide(
	db: Db,
	tenant: Tenant,
	actor: Actor,
	input: DecideInput,
	now: number
): Promise<DecisionView> {
	for (let attempt = 0; attempt < 3; attempt += 1) {
		const plan = prepare(db, tenant, actor, input, now);
		const pdf = await renderDecisionPdf(plan.pdfInput);
		const done = commit(db, tenant, actor, input, now, plan, pdf);
		if (done) {
			return done;
		}
	}
	throw new TRPCError({ code: 'CONFLICT', message: 'decision.busy' });
}

type Plan = ReturnType<typeof prepare>;

function prepare(db: Db, tenant: Tenant, actor: Actor, input: DecideInput, now: number) {
	const app = requireApplication(db, tenant, input.id);
	const def = getService(app.service);
	if (!def) {
		throw new TRPCError({ code: 'BAD_REQUEST', message: 'workflow.unknownService' });
	}
	if (app.version !== input.baseVersion) {
		throw new TRPCError({ code: 'CONFLICT', message: 'workflow.stale' });
	}
	const action = input.outcome === 'approved' ? 'approve' : 'refuse';
	const verdict = transition(def.workflow, app.status, action, 'officer');
	if (!verdict.ok) {
		throw new TRPCError({ code: 'BAD_REQUEST', message: verdict.reason });
	}
	const municipality = tenantRecords.findMunicipality(db, app.municipalityId);
	const applicant = people.findById(db, app.applicantId);
	const officer = people.findById(db, actor.id);
	if (!municipality || !applicant || !officer) {
		throw new TRPCError({ code: 'NOT_FOUND', message: 'No such application here' });
	}
	const year = yearInLatvia(now);
	const decisionSerial = decisionsRepo.lastNumber(db, municipality.id, 'decision', year) + 1;
	const facts: PermitFacts | null =
		input.outcome === 'approved' && def.register ? def.register.facts(app.data) : null;
	const permitSerial = facts
		? decisionsRepo.lastNumber(db, municipality.id, 'permit', year) + 1
		: 0;
	const validFrom = input.validFrom ?? facts?.validFrom ?? todayInLatvia(now);
	const validTo = input.validTo ?? facts?.validTo ?? validFrom;
	const permit = facts
		? {
				facts,
				number: number(municipality.registrationPrefix, 'A', year, permitSerial),
				validFrom,
				validTo
			}
		: null;
	const party = def.decision?.applicantParty?.(app.data) ?? null;
	// An approved permit states its fee and where to pay it, quoting the decision number.
	const quote =
		permit && def.fee
			? def.fee(app.data, municipalContext(db, app.municipalityId, def, now))
			: null;
	const decisionNumber = number(municipality.registrationPrefix, 'L', year, decisionSerial);
	const paragraphs = input.paragraphs.map((p) => p.trim()).filter((p) => p !== '');
	return {
		app,
		action,
		year,
		decisionSerial,
		permitSerial,
		decisionNumber,
		paragraphs,
		permit,
		pdfInput: {
			lang: 'lv' as const,
			municipality: { name: documentHeaderName(municipality, 'lv') },
			serviceTitle: def.title.lv,
			kind: input.outcome,
			number: decisionNumber,
			date: todayInLatvia(now),
			// A company's decision names the company and its registration number; a person's,
			// the person with the masked personal code.
			applicant: party ?? {
				name: `${applicant.givenName} ${applicant.surname}`,
				code: maskedCode(applicant.personalCode)
			},
			application: {
				reference: app.registrationNumber ?? app.id,
				submittedOn: todayInLatvia(app.submittedAt ?? now)
			},
			paragraphs,
			...(permit
				? {
						permit: {
							number: permit.number,
							validFrom: permit.validFrom,
							validTo: permit.validTo,
							location: permit.facts.location
						}
					}
				: {}),
			...(quote ? { fee: feeOnDecision(quote, decisionNumber) } : {}),
			officer: {
				name: `${officer.givenName} ${officer.surname}`,
				position: 'Atbildīgā amatpersona'
			},
			appealNotice: appealNotice(councilOf(municipality, 'lv'), 'lv')
		}
	};
}

function commit(
	db: Db,
	tenant: Tenant,
	actor: Actor,
	input: DecideInput,
	now: number,
	plan: Plan,
	pdf: Uint8Array
): DecisionView | null {
	const sha256 = createHash('sha256').update(pdf).digest('hex');
	const path = blobRelativePath(sha256);
	// Written before the row that names it; the same bytes twice are the same file.
	writeAt(blobDirFor(db), path, 0, pdf);
	return db.transaction((tx) => {
		const app = requireApplication(tx, tenant, input.id);
		if (app.version !== plan.app.version) {
			throw new TRPCError({ code: 'CONFLICT', message: 'workflow.stale' });
		}
		const { municipalityId } = app;
		const numbersMoved =
			decisionsRepo.lastNumber(tx, municipalityId, 'decision', plan.year) !==
				plan.decisionSerial - 1 ||
			(plan.permit !== null &&
				decisionsRepo.lastNumber(tx, municipalityId, 'permit', plan.year) !==
					plan.permitSerial - 1);
		if (numbersMoved) {
			return null;
		}
		attachmentRecords.ensureBlob(tx, {
			sha256,
			size: pdf.length,
			mime: 'application/pdf',
			receivedBytes: pdf.length,
			status: 'complete',
			path,
			createdAt: now
		});
		decisionsRepo.setLastNumber(tx, municipalityId, 'decision', plan.year, plan.decisionSerial);
		decisionsRepo.insert(tx, {
			applicationId: app.id,
			municipalityId,
			outcome: input.outcome,
			number: plan.decisionNumber,
			paragraphs: plan.paragraphs,
			officerId: actor.id,
			pdfSha256: sha256,
			decidedAt: now
		});
		if (plan.permit) {
			decisionsRepo.setLastNumber(tx, municipalityId, 'permit', plan.year, plan.permitSerial);
			decisionsRepo.insertPermit(tx, {
				number: plan.permit.number,
				municipalityId,
				applicationId: app.id,
				service: app.service,
				kind: plan.permit.facts.kind,
				holder: plan.permit.facts.holder,
				location: plan.permit.facts.location,
				lat: plan.permit.facts.lat,
				lon: plan.permit.facts.lon,
				validFrom: plan.permit.validFrom,
				validTo: plan.permit.validTo,
				details: { ...plan.permit.facts.details },
				issuedAt: now
			});
		}
		applyTransition(tx, {
			app,
			action: plan.action,
			actor,
			role: 'officer',
			reason: plan.paragraphs[0],
			now
		});
		noticeOfDecision(
			tx,
			app,
			{
				outcome: input.outcome,
				pdfLink: `${publicOrigin()}/api/decision/${encodeURIComponent(app.id)}`,
				...(plan.permit
					? { permitNumber: plan.permit.number, validUntil: plan.permit.validTo }
					: {})
			},
			now
		);
		return {
			outcome: input.outcome,
			number: plan.decisionNumber,
			decidedAt: now,
			paragraphs: plan.paragraphs,
			permit: plan.permit
				? {
						number: plan.permit.number,
						validFrom: plan.permit.validFrom,
						validTo: plan.permit.validTo
					}
				: null
		};
	});
}

/** The decision on an application, if there is one (for the applicant's and officer's views). */
export function decisionView(db: DbOrTx, municipalityId: string, applicationId: string) {
	const row = decisionsRepo.find(db, municipalityId, applicationId);
	if (!row) {
		return null;
	}
	const permit = decisionsRepo.findPermit(db, applicationId);
	return {
		outcome: row.outcome,
		number: row.number,
		decidedAt: row.decidedAt,
		paragraphs: row.paragraphs,
		permit: permit
			? { number: permit.number, validFrom: permit.validFrom, validTo: permit.validTo }
			: null
	};
}

/** The register of issued permits as the inspections area reads it (periodic checks, tasks). */
export const permitRecords = {
	listPermits: decisionsRepo.listPermits.bind(decisionsRepo),
	findPermit: decisionsRepo.findPermit.bind(decisionsRepo)
};

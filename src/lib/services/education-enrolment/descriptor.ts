import type { ServiceDescriptor } from '../types';
import { enrolmentEn, enrolmentLv } from './enrolment-messages';
import { EDUCATION_ENROLMENT } from './id';
import { enrolmentWorkflow } from './workflow';

/** The light part of the service (types.ts ServiceDescriptor); its definition spreads it. */
export const enrolmentDescriptor = {
	id: EDUCATION_ENROLMENT,
	title: { lv: 'Pieteikums izglītības iestādē', en: 'Application to an education institution' },
	workflow: enrolmentWorkflow,
	messages: { lv: enrolmentLv, en: enrolmentEn }
} satisfies ServiceDescriptor;

import {
	demoTradeSettings,
	DEFAULT_TRADE_SETTINGS
} from '../../../src/lib/services/street-trade/demo-settings';
import type { TradeSettings } from '../../../src/lib/services/street-trade/settings';
import type { Answers, MunicipalContext } from '../../../src/lib/services/types';

/**
 * HONEST FIXTURE: a person's flower stall in Rīga's centre, as the form stores it: weekends
 * in June 2027, 08:00–18:00, 2 × 1,5 m.
 */
export const FLOWER_STALL: Answers = {
	applicantType: 'person',
	contactName: 'Anna Bērziņa',
	phone: '+371 29123456',
	email: 'anna@example.lv',
	goods: ['flowers'],
	goodsDescription: 'Pašu audzētas peonijas un rozes',
	stallType: 'table',
	address: { text: 'Tērbatas iela 2, Rīga' },
	point: { lat: 56.9566, lon: 24.1234 },
	zone: 'centre',
	dateFrom: '2027-06-01',
	dateTo: '2027-06-30',
	tradeDays: ['6', '7'],
	opensAt: '08:00',
	closesAt: '18:00',
	stallWidth: '2',
	stallDepth: '1,5',
	stallSketch: ['01890000-0000-7000-8000-000000000001']
};

export function contextWith(
	settings: TradeSettings = demoTradeSettings.riga ?? DEFAULT_TRADE_SETTINGS,
	today = '2027-05-04'
): MunicipalContext<TradeSettings> {
	return { municipalityId: 'riga', institutionIds: new Set(), settings, today };
}

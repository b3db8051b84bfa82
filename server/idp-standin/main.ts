/**
 * `npm run idp`: the stand-in Latvija.lv identity provider on loopback (KOPA_IDP_PORT, default
 * 3100). On first run it makes its signing key and certificate in data/idp/; point the app's
 * KOPA_IDP_CERT at data/idp/cert.pem (npm start does).
 */
import { ensureKeyPair } from './keys';
import { createStandinServer } from './server';
import { standinSettings, STANDIN_WSFED_PATH } from './settings';

const settings = standinSettings(process.env);
const keys = await ensureKeyPair(settings.dataDir);
const server = createStandinServer(settings, keys);
server.listen(settings.port, settings.host, () => {
	const address = server.address();
	const port = typeof address === 'object' && address ? address.port : settings.port;
	console.log(
		`Stand-in Latvija.lv identity provider on http://${settings.host}:${port}${STANDIN_WSFED_PATH} (issuer ${settings.issuer}, certificate ${settings.dataDir}/cert.pem)`
	);
});
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
	process.on(signal, () => {
		server.close(() => process.exit(0));
		server.closeAllConnections();
	});
}

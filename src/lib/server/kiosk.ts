import { error } from '@sveltejs/kit';
import QRCode from 'qrcode';
import { isLocale } from '$lib/i18n';
import { findKioskLocation, KIOSK_LOCATIONS } from '$lib/kiosk/locations';
import { db } from './db/pool';
import { sqlFile } from './db/sql-file';
import { jsonError, publicOrigin } from './http';

/** The kiosk page of a location: its public figures and a QR code to the same view in the phone's own browser. */
export async function kioskPage(id: string, url: URL, request: Request) {
	const location = findKioskLocation(id);
	if (!location) error(404, `There is no kiosk location '${id.slice(0, 60)}'.`);
	const requested = url.searchParams.get('lang');
	const lang = isLocale(requested) ? requested : location.defaultLang;
	const { rows } = await db().query(sqlFile('sql/queries/kiosk.sql'), [location.point[0], location.point[1], location.kodObec]);
	const continueUrl = `${publicOrigin(request)}/kiosk/${location.id}?lang=${lang}&mode=phone`;
	const qr = await QRCode.toString(continueUrl, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' });
	const mode = url.searchParams.get('mode') === 'phone' ? 'phone' : location.mode;
	return { location, lang, mode, content: rows[0], continueUrl, qr };
}

/**
 * `GET /api/captive-portal?location=…`: the RFC 8908 Captive Portal API document the Wi-Fi operator's DHCP/RA
 * option 114 points to. The kiosk page is both the user portal and the venue information.
 */
export function captivePortalResponse(url: URL, request: Request): Response {
	const id = url.searchParams.get('location') ?? '';
	const location = findKioskLocation(id);
	if (!location) return jsonError(404, `Unknown location '${id.slice(0, 60)}'. Locations: ${KIOSK_LOCATIONS.map((item) => item.id).join(', ')}.`, { parameter: 'location' });
	const page = `${publicOrigin(request)}/kiosk/${location.id}`;
	return new Response(JSON.stringify({ captive: true, 'user-portal-url': page, 'venue-info-url': page }), {
		headers: { 'Content-Type': 'application/captive+json', 'Cache-Control': 'private, no-store' }
	});
}

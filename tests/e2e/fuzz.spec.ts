import fc from 'fast-check';
import { expect, test } from './fixtures';
import { deviceKeyAndDatastreams } from './telemetry-helpers';

/** Inputs that have broken web apps before: injections, traversal, numbers at the edges, odd Unicode, size. */
const HOSTILE = [
	"' OR '1'='1",
	"1; DROP TABLE brownfield;--",
	"'; SELECT pg_sleep(10);--",
	'1) UNION SELECT password_hash FROM app_user--',
	"$1",
	'%',
	'_',
	'\\',
	'../../../../etc/passwd',
	'..%2f..%2f..%2fetc%2fpasswd',
	'/etc/passwd\u0000.png',
	'\u0000',
	'${jndi:ldap://x}',
	'{{7*7}}',
	'<script>alert(1)</script>',
	'%s%s%s%n',
	'NaN',
	'Infinity',
	'-Infinity',
	'-0',
	'1e309',
	'-1e309',
	'9007199254740993',
	'99999999999999999999999999999999',
	'-2147483649',
	'2147483648',
	'0x7fffffff',
	'1.5',
	'-1',
	'0',
	'',
	' ',
	'true',
	'null',
	'[]',
	'{}',
	'Ústí nad Labem',
	'Z̸̢͓̈a̵l̷g̶o̴',
	'🏭🌊',
	'\uD800',
	'\uFEFF',
	'\u202Emost',
	'x'.repeat(10_000),
	'1,2,3,4',
	'12.5,50.2,15.1,51.1',
	'-180,-90,180,90',
	'2026-13-45T25:61:61Z',
	'2026-11-22T10:00:00Z',
	'0001-01-01T00:00:00Z',
	'275760-09-13T00:00:00Z'
];

const hostileString = fc.oneof(
	{ weight: 3, arbitrary: fc.constantFrom(...HOSTILE) },
	{ weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 80 }) },
	{ weight: 1, arbitrary: fc.double().map(String) },
	{ weight: 1, arbitrary: fc.bigInt().map(String) },
	{ weight: 1, arbitrary: fc.string({ unit: 'grapheme', minLength: 200, maxLength: 3000 }) }
);

const hostileJson: fc.Arbitrary<unknown> = fc.oneof(
	hostileString,
	fc.double(),
	fc.integer(),
	fc.constantFrom(null, true, false, [], {}, Number.MAX_SAFE_INTEGER + 2, -1, 0),
	fc.jsonValue({ maxDepth: 3 })
);

type Probe = { method: 'GET' | 'POST'; path: string; body?: string; contentType?: string; device?: boolean; stream?: boolean };

const q = (value: string) => encodeURIComponent(value);
const p = (value: string) => encodeURIComponent(value) || '%20';
const time = () => new Date(Date.now() - 60_000).toISOString();

/** Every query parameter, path parameter and JSON field of the public API, each filled with one hostile value. */
const STRING_TARGETS: Record<string, (value: string) => Probe> = {
	'search q': (value) => ({ method: 'GET', path: `/api/search?q=${q(value)}` }),
	'search limit': (value) => ({ method: 'GET', path: `/api/search?q=most&limit=${q(value)}` }),
	'search lang': (value) => ({ method: 'GET', path: `/api/search?q=most&lang=${q(value)}` }),
	'feature layer': (value) => ({ method: 'GET', path: `/api/features/${p(value)}/1` }),
	'feature id': (value) => ({ method: 'GET', path: `/api/features/brownfields/${p(value)}` }),
	'indicator id': (value) => ({ method: 'GET', path: `/api/indicators/${p(value)}/values` }),
	'datastreams layer': (value) => ({ method: 'GET', path: `/api/datastreams?layer=${q(value)}` }),
	'datastreams feature': (value) => ({ method: 'GET', path: `/api/datastreams?layer=flood_gauges&feature=${q(value)}` }),
	'observations id': (value) => ({ method: 'GET', path: `/api/datastreams/${p(value)}/observations` }),
	'observations from': (value) => ({ method: 'GET', path: `/api/datastreams/1/observations?from=${q(value)}` }),
	'observations to': (value) => ({ method: 'GET', path: `/api/datastreams/1/observations?to=${q(value)}` }),
	'observations resolution': (value) => ({ method: 'GET', path: `/api/datastreams/1/observations?resolution=${q(value)}` }),
	'stream layers': (value) => ({ method: 'GET', path: `/api/stream?layers=${q(value)}`, stream: true }),
	'stream sensors': (value) => ({ method: 'GET', path: `/api/stream?sensors=${q(value)}`, stream: true }),
	'stream bbox': (value) => ({ method: 'GET', path: `/api/stream?bbox=${q(value)}`, stream: true }),
	'stream lastEventId': (value) => ({ method: 'GET', path: `/api/stream?lastEventId=${q(value)}`, stream: true }),
	'tile layers': (value) => ({ method: 'GET', path: `/tiles/${p(value)}/10/553/346.mvt` }),
	'tile z': (value) => ({ method: 'GET', path: `/tiles/municipalities/${p(value)}/553/346.mvt` }),
	'tile x': (value) => ({ method: 'GET', path: `/tiles/municipalities/10/${p(value)}/346.mvt` }),
	'tile y': (value) => ({ method: 'GET', path: `/tiles/municipalities/10/553/${p(value)}.mvt` }),
	'tilejson layers': (value) => ({ method: 'GET', path: `/tiles/${p(value)}.json` }),
	'ogc collection': (value) => ({ method: 'GET', path: `/ogc/collections/${p(value)}/items` }),
	'ogc feature id': (value) => ({ method: 'GET', path: `/ogc/collections/brownfields/items/${p(value)}` }),
	'ogc bbox': (value) => ({ method: 'GET', path: `/ogc/collections/municipalities/items?bbox=${q(value)}` }),
	'ogc limit': (value) => ({ method: 'GET', path: `/ogc/collections/brownfields/items?limit=${q(value)}` }),
	'ogc offset': (value) => ({ method: 'GET', path: `/ogc/collections/brownfields/items?offset=${q(value)}` }),
	'ogc datetime': (value) => ({ method: 'GET', path: `/ogc/collections/flood_gauges/items?datetime=${q(value)}` }),
	'ogc cql2 filter': (value) => ({ method: 'GET', path: `/ogc/collections/brownfields/items?filter=${q(value)}` }),
	'ogc cql2 value': (value) => ({ method: 'GET', path: `/ogc/collections/brownfields/items?filter=${q(`name = '${value.replace(/'/g, "''")}' OR area_ha > ${value.length}`)}` }),
	'brownfields query': (value) => ({ method: 'GET', path: `/api/brownfields?areaMin=${q(value)}&previousUse=${q(value)}&polygon=${q(value)}` }),
	'brownfields point': (value) => ({ method: 'GET', path: `/api/brownfields?point=${q(value)}&pointKm=${q(value)}&sort=${q(value)}` }),
	'brownfields summary': (value) => ({ method: 'GET', path: `/api/brownfields/summary?by=${q(value)}&district=${q(value)}` }),
	'brownfields export': (value) => ({ method: 'GET', path: `/api/brownfields/export.${p(value)}?ownership=${q(value)}` }),
	'ogc properties': (value) => ({ method: 'GET', path: `/ogc/collections/brownfields/items?properties=${q(value)}` }),
	'flood status (no parameters)': (value) => ({ method: 'GET', path: `/api/public/flood-status?${q(value)}=1` }),
	'chirpstack event': (value) => ({ method: 'POST', path: `/api/chirpstack?event=${q(value)}`, body: '{}', device: true }),
	'ingest raw body': (value) => ({ method: 'POST', path: '/api/observations', body: value, device: true })
};

const JSON_TARGETS: Record<string, (value: unknown) => Probe> = {
	'ingest datastream': (value) => ingest([{ datastream: value, phenomenonTime: time(), result: 1 }]),
	'ingest phenomenonTime': (value) => ingest([{ datastream: 1, phenomenonTime: value, result: 1 }]),
	'ingest result': (value) => ingest([{ datastream: 1, phenomenonTime: time(), result: value }]),
	'ingest item': (value) => ingest([value]),
	'ingest body': (value) => ingest(value),
	'sensorthings @iot.id': (value) => ingest([{ Datastream: { '@iot.id': value }, components: ['phenomenonTime', 'result'], dataArray: [[time(), 1]] }]),
	'sensorthings components': (value) => ingest([{ Datastream: { '@iot.id': 1 }, components: value, dataArray: [[time(), 1]] }]),
	'sensorthings dataArray': (value) => ingest([{ Datastream: { '@iot.id': 1 }, components: ['phenomenonTime', 'result'], dataArray: value }]),
	'sensorthings row': (value) => ingest([{ Datastream: { '@iot.id': 1 }, components: ['phenomenonTime', 'result'], dataArray: [value] }]),
	'chirpstack deduplicationId': (value) => uplink({ deduplicationId: value }),
	'chirpstack time': (value) => uplink({ time: value }),
	'chirpstack deviceInfo': (value) => uplink({ deviceInfo: value }),
	'chirpstack tags': (value) => uplink({ deviceInfo: { deviceProfileName: 'atlas-water-level', tags: value } }),
	'chirpstack layer tag': (value) => uplink({ deviceInfo: { deviceProfileName: 'atlas-water-level', tags: { layer: value, feature: '221000' } } }),
	'chirpstack feature tag': (value) => uplink({ deviceInfo: { deviceProfileName: 'atlas-water-level', tags: { layer: 'flood_gauges', feature: value } } }),
	'chirpstack profile': (value) => uplink({ deviceInfo: { deviceProfileName: value, tags: { layer: 'flood_gauges', feature: '221000' } } }),
	'chirpstack object': (value) => uplink({ object: value }),
	'chirpstack levelCm': (value) => uplink({ object: { levelCm: value } })
};

function ingest(body: unknown): Probe {
	return { method: 'POST', path: '/api/observations', body: JSON.stringify(body) ?? 'null', device: true };
}

function uplink(fields: Record<string, unknown>): Probe {
	const base = {
		deduplicationId: crypto.randomUUID(),
		time: time(),
		deviceInfo: { deviceProfileName: 'atlas-water-level', devEui: '0011223344556677', tags: { layer: 'flood_gauges', feature: '221000' } },
		object: { levelCm: 120 }
	};
	return { method: 'POST', path: '/api/chirpstack?event=up', body: JSON.stringify({ ...base, ...fields }) ?? 'null', device: true };
}

const LOGIN_TARGETS: Record<string, (value: string) => Probe> = {
	'login username': (value) => ({ method: 'POST', path: '/login', body: new URLSearchParams({ username: value, password: 'not the password' }).toString(), contentType: 'application/x-www-form-urlencoded' }),
	'login password': (value) => ({ method: 'POST', path: '/login', body: new URLSearchParams({ username: 'demo-planner', password: value }).toString(), contentType: 'application/x-www-form-urlencoded' })
};

test('2,000+ hostile inputs across every parameter and JSON field of the public API yield only 2xx/4xx', async ({ baseURL }) => {
	test.setTimeout(240_000);
	const { key } = await deviceKeyAndDatastreams(`fuzz-${Date.now()}`, 'SELECT 1 AS id');
	const seed = 20261122;
	const probes: { target: string; probe: Probe }[] = [];
	for (const [target, build] of Object.entries(STRING_TARGETS)) for (const value of fc.sample(hostileString, { numRuns: 60, seed })) probes.push({ target, probe: build(value) });
	for (const [target, build] of Object.entries(JSON_TARGETS)) for (const value of fc.sample(hostileJson, { numRuns: 40, seed })) probes.push({ target, probe: build(value) });
	for (const [target, build] of Object.entries(LOGIN_TARGETS)) for (const value of fc.sample(hostileString, { numRuns: 25, seed })) probes.push({ target, probe: build(value) });
	expect(probes.length).toBeGreaterThanOrEqual(2000);

	const failures: string[] = [];
	const statuses = new Map<number, number>();
	let next = 0;
	const worker = async () => {
		for (let index = next++; index < probes.length; index = next++) {
			const { target, probe } = probes[index]!;
			const controller = new AbortController();
			const response = await fetch(`${baseURL}${probe.path}`, {
				method: probe.method,
				body: probe.body,
				signal: controller.signal,
				headers: {
					// A different client each time: the rate limiter must not hide what the handlers do.
					'X-Forwarded-For': `203.0.${index >> 8}.${index & 255}`,
					Origin: baseURL!,
					...(probe.body !== undefined ? { 'Content-Type': probe.contentType ?? 'application/json' } : {}),
					...(probe.device ? { Authorization: `Bearer ${key}` } : {})
				}
			}).catch((error: Error) => error);
			if (response instanceof Error) {
				failures.push(`${target}: ${probe.method} ${probe.path.slice(0, 120)} → ${response.message}`);
				continue;
			}
			statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
			if (response.status >= 500) failures.push(`${target}: ${probe.method} ${probe.path.slice(0, 120)} ${probe.body?.slice(0, 120) ?? ''} → ${response.status} ${(await response.text()).slice(0, 200)}`);
			if (probe.stream) controller.abort();
			else await response.arrayBuffer().catch(() => {});
		}
	};
	await Promise.all(Array.from({ length: 6 }, worker));
	console.log(`fuzz: ${probes.length} requests, statuses ${JSON.stringify(Object.fromEntries([...statuses].sort()))}`);
	expect(failures).toEqual([]);
	expect([...statuses.keys()].every((status) => status < 500)).toBe(true);
});

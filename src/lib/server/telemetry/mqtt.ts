import mqtt, { type MqttClient } from 'mqtt';
import { db } from '../db/pool';
import { ingest, parseBody, type Reading } from './ingest';

/** Readings for datastream {id}: `{phenomenonTime, result}` or a list of them. */
export const MQTT_TOPIC = 'atlas/datastreams/+/observations';
const TOPIC_PATTERN = /^atlas\/datastreams\/(\d{1,9})\/observations$/;

/** Turns one MQTT message into readings, or says why it cannot. */
export function readingsOf(topic: string, payload: Buffer): Reading[] | string {
	const id = topic.match(TOPIC_PATTERN)?.[1];
	if (!id) return `topic ${topic} is not atlas/datastreams/{id}/observations`;
	let body: unknown;
	try {
		body = JSON.parse(payload.toString('utf8'));
	} catch (error) {
		return `payload is not JSON: ${(error as Error).message}`;
	}
	const items = (Array.isArray(body) ? body : [body]).map((item) => (typeof item === 'object' && item !== null ? { ...item, datastream: Number(id) } : item));
	const parsed = parseBody(items);
	return parsed.ok ? parsed.readings : parsed.message;
}

/**
 * Subscribes to the broker and stores readings through the same validation and storage path as HTTP. The broker's
 * ACLs decide who may publish, so every datastream may be written. A QoS 1 message is acknowledged to the broker
 * only after its readings are committed; one that could not be stored is left unacknowledged for redelivery.
 */
export function startMqttIngest(url: string, log: (line: string) => void = console.warn): { client: MqttClient; subscribed: Promise<void> } {
	const client = mqtt.connect(url, { clientId: `region-atlas-${process.pid}`, clean: false, reconnectPeriod: 2_000 });
	// mqtt.js sends the PUBACK when this callback is called, and handles one message at a time (back-pressure).
	client.handleMessage = (packet, callback) => {
		const payload = typeof packet.payload === 'string' ? Buffer.from(packet.payload) : packet.payload;
		const readings = readingsOf(packet.topic, payload);
		if (typeof readings === 'string') {
			log(`mqtt: dropped a message on ${packet.topic}: ${readings}`);
			return callback();
		}
		ingest(db(), readings, { keyId: 0 }).then(
			(report) => {
				for (const item of report.items) if (item.status === 'rejected') log(`mqtt: ${packet.topic} item ${item.index} rejected: ${item.reason}`);
				callback();
			},
			(error: Error) => {
				log(`mqtt: ${packet.topic} not stored, left unacknowledged for redelivery: ${error.message}`);
				callback(error);
			}
		);
	};
	const subscribed = new Promise<void>((resolve) =>
		client.on('connect', () => client.subscribe(MQTT_TOPIC, { qos: 1 }, (error) => (error ? log(`mqtt: subscribing failed: ${error.message}`) : resolve())))
	);
	client.on('error', (error) => log(`mqtt: ${error.message}`));
	return { client, subscribed };
}

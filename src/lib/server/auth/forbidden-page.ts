import { DEFAULT_LOCALE, isLocale, translator } from '$lib/i18n';

const escape = (text: string) => text.replace(/[&<>"]/g, (char) => `&#${char.charCodeAt(0)};`);

/** A plain 403 page in the visitor's language, built here because the guard answers before SvelteKit renders. */
export function forbiddenPage(lang: string | null): Response {
	const locale = isLocale(lang) ? lang : DEFAULT_LOCALE;
	const t = translator(locale);
	const html = `<!doctype html>
<html lang="${locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>403 · ${escape(t('app.title'))}</title>
<style>body{font:16px/1.5 system-ui,sans-serif;max-width:36rem;margin:4rem auto;padding:0 1rem;color:#1f2933}a{color:#0b5cad}</style></head>
<body><main><h1>${escape(t('auth.forbidden.title'))}</h1><p>${escape(t('auth.forbidden.text'))}</p>
<p><a href="/?lang=${locale}">${escape(t('auth.backToMap'))}</a> · <a href="/login?lang=${locale}">${escape(t('auth.otherAccount'))}</a></p></main></body></html>`;
	return new Response(html, {
		status: 403,
		headers: { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store', 'Content-Security-Policy': "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'; form-action 'self'; base-uri 'none'" }
	});
}

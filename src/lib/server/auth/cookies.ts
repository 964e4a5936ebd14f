import type { Cookies } from '@sveltejs/kit';
import { publicOrigin } from '../http';
import { SESSION_COOKIE, type SessionLifetime } from './sessions';

/** HttpOnly, SameSite=Lax, and Secure whenever clients reach us over HTTPS (directly or behind a proxy). */
export function setSessionCookie(cookies: Cookies, request: Request, token: string, lifetime: SessionLifetime): void {
	cookies.set(SESSION_COOKIE, token, {
		path: '/',
		httpOnly: true,
		sameSite: 'lax',
		secure: publicOrigin(request).startsWith('https:'),
		maxAge: lifetime.maxHours * 3600
	});
}

export function clearSessionCookie(cookies: Cookies, request: Request): void {
	cookies.delete(SESSION_COOKIE, { path: '/', httpOnly: true, sameSite: 'lax', secure: publicOrigin(request).startsWith('https:') });
}

/** Only a path on this site: `next=//evil.example` or `next=https://…` would be an open redirect. */
export function safeNext(next: string | null | undefined): string {
	return next && /^\/(?![/\\])/.test(next) ? next : '/';
}

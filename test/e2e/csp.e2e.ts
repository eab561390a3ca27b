// Content-Security-Policy: a strict <meta> on every page, dist/_headers carrying the same policy,
// and no violation reported by Chromium on any page of the sitemap.
import { existsSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, newPage } from './browser';
import { sitemapPaths } from './site';
import { metaPolicy } from '../../src/integrations/csp-headers';

const baseUrl = inject('baseUrl');
const paths = await sitemapPaths(baseUrl);

/** Directive name → sources. */
function directives(policy: string): Map<string, string[]> {
	return new Map(
		policy
			.split(';')
			.map((d) => d.trim().split(/\s+/))
			.filter(([name]) => name)
			.map(([name, ...sources]) => [name ?? '', sources]),
	);
}

const headers = existsSync('dist/_headers') ? readFileSync('dist/_headers', 'utf8') : '';
const headerPolicy = headers.match(/^\s+Content-Security-Policy: (.+)$/m)?.[1] ?? '';

let browser: Browser;
beforeAll(async () => {
	browser = await launchBrowser();
});
afterAll(async () => {
	await browser?.close();
});

describe('dist/_headers', () => {
	it('sends the policy, frame-ancestors, nosniff and no referrer to every path', () => {
		expect(headers).toMatch(/^\/\*$/m);
		const policy = directives(headerPolicy);
		expect(policy.get('default-src')).toEqual(["'self'"]);
		expect(policy.get('frame-ancestors')).toEqual(["'none'"]);
		expect(policy.get('script-src')).not.toContain("'unsafe-inline'");
		expect(headerPolicy).not.toContain('unsafe-eval');
		expect(headers).toMatch(/^\s+X-Content-Type-Options: nosniff$/m);
		expect(headers).toMatch(/^\s+Referrer-Policy: no-referrer$/m);
	});
});

describe.each(paths)('CSP of %s', (path) => {
	it('has a strict <meta> policy that the headers file allows, and no violation', async () => {
		const html = await (await fetch(`${baseUrl}${path}`)).text();
		const meta = metaPolicy(html);
		expect(meta, `pas de <meta> CSP sur ${path}`).toBeDefined();
		const policy = directives(meta ?? '');
		expect(policy.get('default-src')).toEqual(["'self'"]);
		expect(policy.get('object-src')).toEqual(["'none'"]);
		expect(policy.get('script-src')).toBeDefined();
		expect(policy.get('script-src')).not.toContain("'unsafe-inline'");
		expect(meta).not.toContain('unsafe-eval');
		// The header policy allows at least what the page's own policy allows.
		const header = directives(headerPolicy);
		for (const [name, sources] of policy) {
			for (const source of sources) expect(header.get(name), `${name} ${source}`).toContain(source);
		}

		const page = await newPage(browser);
		const violations: string[] = [];
		page.on('console', (message) => {
			if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
		});
		await page.addInitScript(() => {
			document.addEventListener('securitypolicyviolation', (event) => {
				console.error(
					`Content Security Policy: ${event.violatedDirective} ${event.blockedURI} ${event.sourceFile}:${event.lineNumber}`,
				);
			});
		});
		await page.goto(`${baseUrl}${path}`, { waitUntil: 'networkidle' });
		expect(violations).toEqual([]);
		await page.context().close();
	});
});

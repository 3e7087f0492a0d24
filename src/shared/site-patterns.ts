/**
 * Site patterns for "where it runs": a host name ("example.com", "127.0.0.1") or a host
 * with a wildcard for its subdomains ("*.example.com", which also matches example.com
 * itself, like a browser match pattern). Nothing else: no paths, ports or regexes.
 * Pure: used by the settings module, the options page, the popup and the content script.
 */

export type SitePatternError = 'empty' | 'tooLong' | 'wildcard' | 'invalid';

export type SitePatternResult = { ok: true; pattern: string } | { ok: false; error: SitePatternError };

/** DNS limit for a host name. */
const MAX_HOST_LENGTH = 253;
const LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/;
const IPV4 = /^\d{1,3}(\.\d{1,3}){3}$/;

function isValidHost(host: string): boolean {
  if (host.length === 0 || host.length > MAX_HOST_LENGTH) return false;
  if (IPV4.test(host)) return host.split('.').every((octet) => Number(octet) <= 255);
  return host.split('.').every((label) => LABEL.test(label));
}

/** Host names as the URL parser writes them: lower case, punycode, no trailing dot. */
function canonicalHost(host: string): string | null {
  try {
    return new URL(`http://${host}/`).hostname.replace(/\.$/, '');
  } catch {
    return null;
  }
}

/**
 * Checks what a reader typed and returns the pattern to store. A pasted URL
 * ("https://www.example.com/news/1") is reduced to its host, so the common case just works.
 */
export function normalizeSitePattern(input: string): SitePatternResult {
  let text = input.trim().toLowerCase();
  if (text === '') return { ok: false, error: 'empty' };
  if (/^[a-z][a-z0-9+.-]*:\/\//.test(text)) {
    try {
      text = new URL(text).hostname;
    } catch {
      return { ok: false, error: 'invalid' };
    }
  }
  const wildcard = text.startsWith('*.');
  const rest = wildcard ? text.slice(2) : text;
  if (rest.includes('*')) return { ok: false, error: 'wildcard' };
  if (rest.length > MAX_HOST_LENGTH) return { ok: false, error: 'tooLong' };
  if (/[/:?#@\s]/.test(rest)) return { ok: false, error: 'invalid' };
  const host = canonicalHost(rest);
  if (host === null || !isValidHost(host)) return { ok: false, error: 'invalid' };
  if (wildcard && IPV4.test(host)) return { ok: false, error: 'wildcard' };
  return { ok: true, pattern: wildcard ? `*.${host}` : host };
}

/** The host of an http(s) URL, or null for anything else (file:, about:, extension pages). */
export function hostOf(url: string): string | null {
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
    return parsed.hostname.replace(/\.$/, '');
  } catch {
    return null;
  }
}

/** Whether a (normalized) pattern covers a host. */
export function patternMatchesHost(pattern: string, host: string): boolean {
  const h = host.toLowerCase().replace(/\.$/, '');
  if (pattern.startsWith('*.')) {
    const base = pattern.slice(2);
    return h === base || h.endsWith(`.${base}`);
  }
  return h === pattern;
}

/** Whether any of the patterns covers the URL's host. */
export function matchesSite(patterns: readonly string[], url: string): boolean {
  const host = hostOf(url);
  return host !== null && patterns.some((p) => patternMatchesHost(p, host));
}

/** The pattern the popup's "off for this site" stores: the URL's host, or null. */
export function sitePatternFor(url: string): string | null {
  const host = hostOf(url);
  if (host === null) return null;
  const result = normalizeSitePattern(host);
  return result.ok ? result.pattern : null;
}

/**
 * A page URL as "off for this page" stores it and matches it: http(s) only, without the
 * ?query, the #fragment and any user:password@. Settings sync across devices, and a query often carries session
 * ids, tokens or tracking tags that must not travel there; without it, the same article
 * reached through another link (other tracking tags) is the same page too. The price: on a
 * site that tells its pages apart by the query alone (/article.php?id=7), "off for this page"
 * covers every page at that path. Stored entries of the older form (with a query) turn into
 * this one when the settings are read.
 */
export function pageKeyFor(url: string): string | null {
  if (hostOf(url) === null) return null;
  const parsed = new URL(url);
  parsed.hash = '';
  parsed.search = '';
  parsed.username = '';
  parsed.password = '';
  return parsed.href;
}

import { describe, expect, it } from 'vitest';
import { matchesSite, normalizeSitePattern, pageKeyFor, patternMatchesHost, sitePatternFor } from '../../../src/shared/site-patterns';

describe('site patterns', () => {
  it.each([
    ['example.com', 'example.com'],
    ['  Example.COM. ', 'example.com'],
    ['*.example.com', '*.example.com'],
    ['https://www.example.com/news/1?x#y', 'www.example.com'],
    ['http://localhost:8080/', 'localhost'],
    ['127.0.0.1', '127.0.0.1'],
    ['bücher.de', 'xn--bcher-kva.de'],
    ['*.gov', '*.gov'],
  ])('accepts %j as %j', (input, pattern) => {
    expect(normalizeSitePattern(input)).toEqual({ ok: true, pattern });
  });

  it.each([
    ['', 'empty'],
    ['   ', 'empty'],
    ['*', 'wildcard'],
    ['www.*.com', 'wildcard'],
    ['*example.com', 'wildcard'],
    ['*.127.0.0.1', 'wildcard'],
    ['example.com/path', 'invalid'],
    ['exa mple.com', 'invalid'],
    ['-bad.example', 'invalid'],
    ['a..b', 'invalid'],
    ['(a|b).com', 'invalid'],
    ['user@example.com', 'invalid'],
    ['999.1.1.1', 'invalid'],
    [`${'a'.repeat(63)}.`.repeat(5) + 'com', 'tooLong'],
  ])('rejects %j (%s)', (input, error) => {
    expect(normalizeSitePattern(input)).toEqual({ ok: false, error });
  });

  it('matches hosts: exact, or the domain and every subdomain with a wildcard', () => {
    expect(patternMatchesHost('example.com', 'example.com')).toBe(true);
    expect(patternMatchesHost('example.com', 'www.example.com')).toBe(false);
    expect(patternMatchesHost('*.example.com', 'example.com')).toBe(true);
    expect(patternMatchesHost('*.example.com', 'a.b.example.com')).toBe(true);
    expect(patternMatchesHost('*.example.com', 'notexample.com')).toBe(false);
    expect(patternMatchesHost('*.example.com', 'example.com.evil.net')).toBe(false);
  });

  it('matches URLs, http(s) only', () => {
    expect(matchesSite(['*.example.com'], 'https://news.example.com:8443/a')).toBe(true);
    expect(matchesSite(['example.com'], 'https://news.example.com/')).toBe(false);
    expect(matchesSite(['example.com'], 'chrome://extensions')).toBe(false);
    expect(matchesSite(['example.com'], 'not a url')).toBe(false);
  });

  it('derives what "off for this site/page" store', () => {
    expect(sitePatternFor('https://News.Example.com/a#b')).toBe('news.example.com');
    expect(sitePatternFor('about:blank')).toBeNull();
    // The query (tokens, session ids, tracking tags) never reaches synced storage.
    expect(pageKeyFor('https://example.com/a?token=s3cr3t&b=1#c')).toBe('https://example.com/a');
    expect(pageKeyFor('https://example.com/a?')).toBe('https://example.com/a');
    expect(pageKeyFor('https://user:pw@example.com:8443/a/b/?x')).toBe('https://example.com:8443/a/b/');
    expect(pageKeyFor('moz-extension://x/options.html')).toBeNull();
  });
});

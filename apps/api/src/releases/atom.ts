import { createHash } from 'node:crypto';

export interface AtomEntry {
  /** Stable for the life of the feed: the same release and subject give the same id. */
  key: string;
  title: string;
  updated: string;
  /** The page a reader opens; the API resource goes in `related`. */
  alternate: string;
  related?: string;
  /** HTML. */
  content: string;
}

export interface AtomFeed {
  key: string;
  title: string;
  subtitle: string;
  lang: string;
  self: string;
  alternate: string;
  updated: string;
  entries: AtomEntry[];
}

const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
export const escapeHtml = escapeXml;

/** A name-based UUID (RFC 4122 version 5 layout over SHA-1): stable ids without a domain to mint tag: URIs in. */
export function stableUrn(key: string): string {
  const h = createHash('sha1').update(`china-ai-watch:${key}`).digest();
  h[6] = (h[6]! & 0x0f) | 0x50;
  h[8] = (h[8]! & 0x3f) | 0x80;
  const hex = h.subarray(0, 16).toString('hex');
  return `urn:uuid:${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

const link = (rel: string, href: string, type?: string) => `<link rel="${rel}" href="${escapeXml(href)}"${type ? ` type="${type}"` : ''}/>`;

/** An Atom 1.0 (RFC 4287) feed document. */
export function atomXml(feed: AtomFeed): string {
  const entries = feed.entries.map((e) =>
    [
      '  <entry>',
      `    <id>${stableUrn(e.key)}</id>`,
      `    <title type="text">${escapeXml(e.title)}</title>`,
      `    <updated>${e.updated}</updated>`,
      `    ${link('alternate', e.alternate, 'text/html')}`,
      ...(e.related ? [`    ${link('related', e.related, 'application/json')}`] : []),
      `    <content type="html">${escapeXml(e.content)}</content>`,
      '  </entry>',
    ].join('\n'),
  );
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${feed.lang}">`,
    `  <id>${stableUrn(feed.key)}</id>`,
    `  <title type="text">${escapeXml(feed.title)}</title>`,
    `  <subtitle type="text">${escapeXml(feed.subtitle)}</subtitle>`,
    `  <updated>${feed.updated}</updated>`,
    '  <author><name>China AI Watch</name></author>',
    `  ${link('self', feed.self, 'application/atom+xml')}`,
    `  ${link('alternate', feed.alternate, 'text/html')}`,
    '  <rights>CC BY 4.0</rights>',
    ...entries,
    '</feed>',
    '',
  ].join('\n');
}

/**
 * `Content-Disposition: attachment` with a file name every browser reads right: an ASCII
 * fallback (`filename`) and the exact UTF-8 name (`filename*`, RFC 6266 and RFC 8187).
 */

/** The header value that saves a download as `filename` (already cleaned of paths and controls). */
export function attachmentDisposition(filename: string): string {
  const fallback =
    filename
      .normalize('NFKD')
      .replace(/[^\x20-\x7e]/g, '')
      .replace(/["\\%]/g, '_')
      .trim() || 'Anhang';
  const encoded = encodeURIComponent(filename).replace(
    /['()*]/g,
    (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}

/**
 * A fetch-shaped transport over XMLHttpRequest, for uploads only: fetch reports no upload
 * progress, and a citizen uploading a scan on a slow line must see that something happens.
 * Same rules as the client's fetch: no cookies, the caller's abort signal, an ordinary Response.
 */

/** Progress of an upload: bytes sent so far and in all. */
export type UploadProgress = (sent: number, total: number) => void;

function headersOf(xhr: XMLHttpRequest): Headers {
  const headers = new Headers();
  for (const line of xhr
    .getAllResponseHeaders()
    .trim()
    .split(/[\r\n]+/)) {
    const colon = line.indexOf(':');
    if (colon > 0) headers.append(line.slice(0, colon).trim(), line.slice(colon + 1).trim());
  }
  return headers;
}

/** Sends `init` to `url` like fetch does, reporting upload progress to `onProgress`. */
export function fetchWithUploadProgress(
  url: URL,
  init: { method: string; headers: Headers; body: BodyInit | undefined; signal: AbortSignal },
  onProgress: UploadProgress,
): Promise<Response> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open(init.method, url.href);
    xhr.withCredentials = false;
    xhr.responseType = 'blob';
    init.headers.forEach((value, name) => xhr.setRequestHeader(name, value));
    xhr.upload.addEventListener('progress', (event) => {
      if (event.lengthComputable) onProgress(event.loaded, event.total);
    });
    xhr.addEventListener('load', () => {
      // 204 and friends: a Response may not carry a body for them.
      const body = [101, 204, 205, 304].includes(xhr.status) ? null : (xhr.response as Blob);
      resolve(new Response(body, { status: xhr.status, headers: headersOf(xhr) }));
    });
    // Like fetch: a network failure is a TypeError, an abort rejects with the signal's reason.
    xhr.addEventListener('error', () => reject(new TypeError('Failed to fetch')));
    xhr.addEventListener('abort', () => reject(init.signal.reason));
    init.signal.addEventListener('abort', () => xhr.abort(), { once: true });
    xhr.send((init.body ?? null) as XMLHttpRequestBodyInit | null);
  });
}

/** Reads a response body as text without ever holding more than a limit in memory. */
import { ResponseTooLargeError } from './errors.js';

/** Reads `response`'s body as UTF-8, failing as soon as it passes `limitBytes`. */
export async function readBodyWithLimit(
  response: Response,
  url: string,
  limitBytes: number,
): Promise<string> {
  const declared = Number(response.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > limitBytes) {
    await response.body?.cancel();
    throw new ResponseTooLargeError(url, limitBytes);
  }
  if (!response.body) return '';
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let received = 0;
  let text = '';
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    received += value.byteLength;
    if (received > limitBytes) {
      await reader.cancel();
      throw new ResponseTooLargeError(url, limitBytes);
    }
    text += decoder.decode(value, { stream: true });
  }
  return text + decoder.decode();
}

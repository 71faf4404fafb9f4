/** A site is its hostname, lower case, with a leading "www." folded in. */
export function siteKey(hostname: string): string {
  return hostname.trim().toLowerCase().replace(/\.$/, '').replace(/^www\./, '');
}

/**
 * Recordings that can play on the session page. Only YouTube is embedded, from its privacy-enhanced
 * host, and only after the visitor asks (nothing is requested from it before): the CSP allows that
 * one host in frame-src (astro.config.mjs). Any other recording is a link.
 */

/** The host the player is loaded from, as the CSP names it. */
export const EMBED_ORIGIN = 'https://www.youtube-nocookie.com';

const ID = /^[A-Za-z0-9_-]{11}$/;

/** The YouTube video id of a recording URL, or undefined for anything else. */
export function youtubeId(url: string): string | undefined {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return undefined;
  }
  const host = u.hostname.replace(/^(www\.|m\.)/, '');
  let id: string | null | undefined;
  if (host === 'youtu.be') id = u.pathname.split('/')[1];
  else if (host === 'youtube.com' || host === 'youtube-nocookie.com') {
    id = u.pathname === '/watch' ? u.searchParams.get('v') : /^\/(?:embed|live|shorts)\/([^/]+)/.exec(u.pathname)?.[1];
  }
  return id && ID.test(id) ? id : undefined;
}

/** The player's address for a recording, or undefined when it cannot be embedded. */
export function embedUrl(url: string): string | undefined {
  const id = youtubeId(url);
  return id ? `${EMBED_ORIGIN}/embed/${id}?autoplay=1` : undefined;
}

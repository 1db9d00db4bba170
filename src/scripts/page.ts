/**
 * Every page: star buttons work, links to the other interface languages keep the view's query, and
 * (outside the program, whose island does it itself) every time follows the viewer's zone.
 */
import { parseState } from '../lib/url-state';
import { factContext } from './config';
import { renderFacts } from './facts';
import { wireStars } from './stars';
import { initialChoice, resolveZone } from './zone-choice';

wireStars();
for (const a of document.querySelectorAll<HTMLAnchorElement>('a[data-keep-query="all"]')) {
  a.search = location.search;
}
if (!document.querySelector('ic-program')) {
  const none = { language: [], track: [], type: [], room: [] };
  const zone = resolveZone(initialChoice(parseState(location.search, none).tz));
  renderFacts(document, zone, factContext());
}

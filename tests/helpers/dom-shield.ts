// The shield on happy-dom's document, as the DOM tests start it: the shipped catalog, English words,
// on, at progress `watched`, after its first slice.
import { shippedCatalog } from '@/src/catalog/compiled';
import { Shield } from '@/src/shield/shield';
import { tEn } from './i18n';

export async function startShield(html: string, watched = 0): Promise<Shield> {
  document.body.innerHTML = html;
  const shield = new Shield(document, shippedCatalog(), { t: tEn });
  shield.start();
  shield.apply(true, watched);
  await new Promise((r) => setTimeout(r, 0));
  return shield;
}

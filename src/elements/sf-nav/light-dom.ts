import type { NavItem } from '../../core/navigation.js';

/**
 * Reads a hand-made menu from the light DOM into a navigation tree. The convention:
 *
 * ```html
 * <ul>
 *   <li><a href="/bikes">Bikes</a>            <!-- a category with its own page -->
 *     <ul><li><a href="/bikes/road">Road bikes</a></li></ul>
 *   </li>
 *   <li>Service                                <!-- a label only: groups its children -->
 *     <ul><li><a href="/service/repair">Repairs</a></li></ul>
 *   </li>
 *   <li><a href="/outlet" data-id="outlet">Outlet</a></li>
 * </ul>
 * ```
 *
 * An item's id is its `data-id` (on the `<li>` or the link), else its href, else its position.
 */
export function readLinkList(list: Element, prefix = ''): NavItem[] {
  return [...list.children]
    .filter((li) => li.localName === 'li')
    .map((li, i): NavItem => {
      const link = [...li.children].find((c): c is HTMLAnchorElement => c.localName === 'a');
      const sub = [...li.children].find((c) => c.localName === 'ul' || c.localName === 'ol');
      const href = link?.getAttribute('href') ?? undefined;
      const name = (link ? link.textContent : ownText(li))?.replace(/\s+/g, ' ').trim() ?? '';
      const id = (li as HTMLElement).dataset['id'] ?? link?.dataset['id'] ?? href ?? `${prefix}${i}`;
      return {
        id,
        name,
        ...(href ? { href } : {}),
        children: sub ? readLinkList(sub, `${prefix}${i}-`) : [],
      };
    });
}

/** The text of an item without its nested list. */
function ownText(li: Element): string {
  return [...li.childNodes]
    .filter((n) => !(n instanceof Element && (n.localName === 'ul' || n.localName === 'ol')))
    .map((n) => n.textContent ?? '')
    .join(' ');
}

/** The element with an id, typed as the page knows it to be: `const $ = byId(doc); $<HTMLSelectElement>('watched')`. */
export function byId(doc: Document): <T extends HTMLElement = HTMLElement>(id: string) => T {
  return <T extends HTMLElement>(id: string) => doc.getElementById(id) as T;
}

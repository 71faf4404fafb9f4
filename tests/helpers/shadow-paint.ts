// Runs in the page (Playwright's or puppeteer's evaluate): the text of each hidden block inside a shadow
// root whose highlight does not paint the text transparent. ::highlight rules do not cross into shadow
// trees, so each shadow root needs the shield's style of its own.
export function unpaintedInShadowRoots(): string[] {
  const out: string[] = [];
  const visit = (root: Document | ShadowRoot, inShadow: boolean) =>
    root.querySelectorAll('*').forEach((el) => {
      if (inShadow && el.getAttribute('data-spoiler-shield') === 'hidden') {
        const color = getComputedStyle(el, '::highlight(spoiler-shield)').color;
        if (color !== 'rgba(0, 0, 0, 0)' && color !== 'transparent') out.push(`${color}: ${el.textContent}`);
      }
      if (el.shadowRoot) visit(el.shadowRoot, true);
    });
  visit(document, false);
  return out;
}

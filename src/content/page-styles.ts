/**
 * The shield's styles: the document and its open shadow roots adopt the shield's own stylesheet
 * (src/content/shield.css; the manifest's stylesheet is the first-paint hold alone, issue 14), and the
 * reader's look (blur strength or bar) is one more sheet adopted after it. Adopting changes no node of
 * the page.
 */
import { DEFAULT_SETTINGS } from '../settings-schema';
import { adoptSheets } from '../shield/paint/adopt-sheets';
import { lookCss } from '../shield/paint/look';

const DEFAULT_LOOK = lookCss(DEFAULT_SETTINGS.look, DEFAULT_SETTINGS.blurStrength);

/** Firefox ESR 140 needs another way to adopt from a content script: see adopt-sheets.ts. */
const adopt = adoptSheets;

export class PageStyles {
  private sheet: CSSStyleSheet | undefined;
  private lookSheet: CSSStyleSheet | undefined;
  private lookText = '';
  /** Shadow roots given the shield's stylesheet, so that a new look reaches them too. */
  private readonly shadowRoots: Array<WeakRef<ShadowRoot>> = [];
  private readonly styledRoots = new WeakSet<ShadowRoot>();

  constructor(
    private readonly doc: Document,
    /** The shield's stylesheet. */
    private readonly css: string,
  ) {}

  /**
   * Gives the document the shield's stylesheet (and the look), again if the page has dropped them
   * (`document.adoptedStyleSheets = []`): the guard calls this before each frame while anything is hidden.
   */
  styleDocument(): void {
    try {
      adopt(this.doc, this.lookSheet ? [this.shieldSheet(), this.lookSheet] : [this.shieldSheet()]);
    } catch {
      // No constructable stylesheets: blocks are marked, the highlight is set, and nothing styles them.
    }
  }

  private shieldSheet(): CSSStyleSheet {
    this.sheet ??= new CSSStyleSheet();
    if (this.sheet.cssRules.length === 0) this.sheet.replaceSync(this.css);
    return this.sheet;
  }

  /** Applies the reader's look. */
  setLook(css: string): void {
    if (css === this.lookText) return;
    this.lookText = css;
    // The default look is the shield's stylesheet already: adopting a sheet makes the browser look at
    // every element again, so a reader who never changed it costs nothing.
    if (!this.lookSheet && css === DEFAULT_LOOK) return;
    try {
      this.lookSheet ??= new CSSStyleSheet();
      this.lookSheet.replaceSync(css);
      adopt(this.doc, [this.lookSheet]);
      for (const ref of this.shadowRoots) {
        const root = ref.deref();
        if (root) adopt(root, [this.lookSheet]);
      }
    } catch {
      // No constructable stylesheets: the default look from the shield's stylesheet applies.
    }
  }

  /**
   * Adopts the stylesheets again where the page may have dropped them: in `root` if it is a shadow root
   * given them before (the page-world hook told of its sheets being set), else in the document.
   */
  restyle(root?: ShadowRoot): void {
    if (!root) return this.styleDocument();
    if (this.styledRoots.has(root)) this.styleShadowRoot(root);
  }

  /** Gives an open shadow root the shield's stylesheet, and the look. */
  styleShadowRoot(root: ShadowRoot): void {
    try {
      const sheet = this.shieldSheet();
      const sheets = this.lookSheet ? [sheet, this.lookSheet] : [sheet];
      adopt(root, sheets);
      if (!this.styledRoots.has(root)) {
        this.styledRoots.add(root);
        this.shadowRoots.push(new WeakRef(root));
      }
      // The hook tells of a root inside attachShadow, and pages often assign the root's adoptedStyleSheets
      // right after it in the same task (Lit does), which drops ours: adopt again once that task is done.
      // (The page-world hook tells of later assignments too: restyle.)
      queueMicrotask(() => {
        try {
          adopt(root, sheets);
        } catch {
          // As above.
        }
      });
    } catch {
      // No constructable stylesheets: blocks in this shadow root are marked, and only the document's style applies.
    }
  }
}

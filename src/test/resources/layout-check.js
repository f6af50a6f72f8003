/*
 * One layout check of the page as it is drawn (LayoutBrowserIT runs it once per page, width, language and role).
 * Returns a list of problems, each naming the element (tag, id, class, text or aria-label) and what is wrong.
 *
 * 1. Overlap. The page is reduced to the boxes a person sees as separate things ("items"):
 *    - controls and media, taken whole: a Vaadin component (button, field, checkbox, radio button, tab, menu item...),
 *      a native control or link, an image, an icon, an svg. Their insides (shadow DOM parts, slotted labels and inputs)
 *      are the component's own business and are not looked into: a field's label and input are meant to share it;
 *    - runs of text: each line of each text node that is not inside such a control, measured as its line box (the
 *      height CSS reserves for the line), not the font's glyph area, which pokes above and below a tight line-height.
 *    Wrappers (divs, layouts, cards, the app layout's parts) are never items: a wrapper contains its children and
 *    would "overlap" them by definition. Two items overlap when their visible boxes share more than 1 px in both
 *    directions, where "visible" is the box cut by every ancestor that clips (overflow not visible), so rows a grid
 *    has scrolled away or a closed drawer pushed off-screen are not counted. Not compared, because layering them is
 *    intended: anything in an overlay (dialogs, notifications, tooltips, popovers, menus), and items in a fixed or
 *    sticky layer (the app's top bar, the drawer) with items outside it, since content scrolls under such layers by
 *    design (items within one such layer are compared). Two items in the same line of text flow (inline-level and in
 *    the same block) are laid out by the line breaker and cannot overlap; they are skipped too.
 * 2. Text overflow. The block that holds a text run must not be wider inside than outside (scrollWidth > clientWidth),
 *    unless it says so on purpose: text-overflow: ellipsis, or a scrolling box (overflow-x auto/scroll).
 * 3. Sideways scrolling. The document must not be wider than the window (phone and desk alike), and no item may
 *    reach beyond the window's right edge, which would be cut off if the page hides its overflow.
 * 4. Target size. Every enabled, visible interactive target (links, buttons, fields, selects, checkboxes, radios,
 *    tabs, menu and nav items, the drawer toggle, grid sorters) is at least 44×44 CSS px. For Vaadin components the
 *    real hit area is measured: the host for buttons, fields (their label focuses the input), checkboxes and radio
 *    buttons (their label ticks them); the link part in a side-nav item's shadow root. Excepted, as WCAG 2.5.8
 *    allows: a link inside a sentence (inline, with other text in the same block), and the inner input of a Vaadin
 *    field, select or checkbox (the host is the target).
 */
const problems = [];
const MIN_TARGET = 44;
const vw = window.innerWidth;
const styles = new Map();
const style = el => {
  let s = styles.get(el);
  if (!s) {
    s = getComputedStyle(el);
    styles.set(el, s);
  }
  return s;
};
const parentOf = node => node.assignedSlot || node.parentElement || (node.parentNode && node.parentNode.host) || null;
const tagOf = el => el.tagName.toLowerCase();
const shorten = (text, n) => {
  const t = (text || '').replace(/\s+/g, ' ').trim();
  return t.length > n ? t.slice(0, n - 1) + '…' : t;
};
const hostOf = el => {
  const root = el.getRootNode();
  return root instanceof ShadowRoot ? root.host : null;
};
/** Ids Vaadin makes up (vaadin-details-358) change from page to page and say nothing: they are left out. */
const describe = el => {
  const cls = shorten(el.getAttribute('class'), 50);
  const label = el.getAttribute('aria-label') || el.getAttribute('placeholder') || el.getAttribute('title');
  const text = shorten(label || el.innerText || el.textContent, 40);
  const host = hostOf(el);
  const id = el.id && !/-\d+$/.test(el.id) ? '#' + el.id : '';
  return '<' + tagOf(el) + id + (cls ? ' class="' + cls + '"' : '') + '> "' + text + '"'
      + (host ? ' in the shadow root of <' + tagOf(host) + (host.id ? '#' + host.id : '') + '>' : '');
};

// things that are layered over the page on purpose, with everything inside them
const LAYERED = el => /^vaadin-(.*-overlay|notification.*|tooltip|popover|dialog|confirm-dialog|connection-indicator|dev-tools|devmode-gizmo)$/
    .test(tagOf(el)) || el.hasAttribute('popover');
// components taken as one box: their shadow parts and slotted parts are theirs to arrange
const ATOMIC = new Set(['vaadin-button', 'vaadin-text-field', 'vaadin-text-area', 'vaadin-password-field',
  'vaadin-email-field', 'vaadin-number-field', 'vaadin-integer-field', 'vaadin-big-decimal-field', 'vaadin-combo-box',
  'vaadin-multi-select-combo-box', 'vaadin-select', 'vaadin-date-picker', 'vaadin-time-picker',
  'vaadin-date-time-picker', 'vaadin-checkbox', 'vaadin-radio-button', 'vaadin-tab', 'vaadin-side-nav-item',
  'vaadin-drawer-toggle', 'vaadin-icon', 'vaadin-avatar', 'vaadin-progress-bar', 'vaadin-menu-bar-button',
  'vaadin-grid-sorter', 'vaadin-upload-file', 'vaadin-details-summary', 'vaadin-password-field-button', 'img', 'svg',
  'canvas', 'video', 'input', 'select', 'textarea', 'button', 'a', 'progress', 'meter']);
const SKIP = new Set(['script', 'style', 'template', 'head', 'title', 'meta', 'link', 'noscript']);

const visible = el => el.checkVisibility({opacityProperty: true, visibilityProperty: true});
const clipped = el => {
  const s = style(el);
  return (s.clip && s.clip !== 'auto') || (s.clipPath && s.clipPath !== 'none');
};

/**
 * The part of a rectangle that is not cut away by a clipping ancestor; null when nothing is left. The page's own
 * scrolling area does not count as cutting: the check reads the whole page, not only its first screen.
 */
const visiblePart = (node, r) => {
  let x1 = r.left, y1 = r.top, x2 = r.right, y2 = r.bottom;
  for (let a = parentOf(node); a && a !== document.documentElement && a !== document.body; a = parentOf(a)) {
    if (!(a instanceof Element)) {
      continue;
    }
    const s = style(a);
    if (s.overflowX !== 'visible' || s.overflowY !== 'visible') {
      const ar = a.getBoundingClientRect();
      if (ar.bottom >= window.innerHeight - 2 && ['auto', 'scroll'].includes(s.overflowY)) {
        // the page's own scrolling area (the app layout's content reaches the window's bottom): what lies below
        // its fold is on the page all the same, just further down, and is checked where it is laid out
        continue;
      }
      if (s.overflowX !== 'visible') {
        x1 = Math.max(x1, ar.left);
        x2 = Math.min(x2, ar.right);
      }
      if (s.overflowY !== 'visible') {
        y1 = Math.max(y1, ar.top);
        y2 = Math.min(y2, ar.bottom);
      }
    }
    if (s.position === 'fixed') {
      break;
    }
  }
  x1 = Math.max(x1, 0);
  y1 = Math.max(y1, 0);
  return x2 - x1 >= 1 && y2 - y1 >= 1 ? {left: x1, top: y1, right: x2, bottom: y2} : null;
};

/** The element itself or its nearest ancestor that is not inline: where its text is laid out. */
const blockOf = el => {
  for (let a = el; a; a = parentOf(a)) {
    if (a instanceof Element && !['inline', 'contents'].includes(style(a).display)) {
      return a;
    }
  }
  return document.body;
};
/** The fixed or sticky layer an element is drawn in, or null for the page itself. */
const layerOf = el => {
  for (let a = el; a; a = parentOf(a)) {
    if (a instanceof Element && ['fixed', 'sticky'].includes(style(a).position)) {
      return a;
    }
  }
  return null;
};

const items = [];
const textBlocks = new Set();
const walk = (root, hidden) => {
  for (const child of root.childNodes) {
    if (child.nodeType === Node.TEXT_NODE) {
      const parent = parentOf(child);
      if (hidden || !child.textContent.trim() || !parent || SKIP.has(tagOf(parent))) {
        continue;
      }
      const range = document.createRange();
      range.selectNodeContents(child);
      const s = style(parent);
      const lineHeight = s.lineHeight === 'normal' ? parseFloat(s.fontSize) * 1.2 : parseFloat(s.lineHeight);
      const block = blockOf(parent);
      textBlocks.add(block);
      for (const r of range.getClientRects()) {
        if (r.width < 1 || r.height < 1) {
          continue;
        }
        const shrink = r.height > lineHeight ? (r.height - lineHeight) / 2 : 0;
        const line = {left: r.left, right: r.right, top: r.top + shrink, bottom: r.bottom - shrink};
        // from the text itself: the element holding it clips it too (a grid cell's ellipsis cuts its own text)
        const seen = visiblePart(child, line);
        if (seen) {
          items.push({el: parent, full: line, seen, inline: true, block, layer: layerOf(parent),
            name: '"' + shorten(child.textContent, 40) + '" in ' + describe(parent)});
        }
      }
      continue;
    }
    if (child.nodeType !== Node.ELEMENT_NODE || SKIP.has(tagOf(child)) || LAYERED(child)) {
      continue;
    }
    const shown = !hidden && visible(child) && !clipped(child);
    if (shown && ATOMIC.has(tagOf(child))) {
      const r = child.getBoundingClientRect();
      const seen = visiblePart(child, r);
      if (seen) {
        const display = style(child).display;
        items.push({el: child, full: r, seen, inline: display.startsWith('inline'), block: blockOf(parentOf(child)),
          layer: layerOf(child), name: describe(child)});
      }
      continue;
    }
    if (child.shadowRoot) {
      walk(child.shadowRoot, !shown);
    }
    walk(child, !shown);
  }
};
walk(document.body, false);

// 1. overlap
const contains = (a, b) => {
  for (let x = b; x; x = parentOf(x)) {
    if (x === a) {
      return true;
    }
  }
  return false;
};
items.sort((a, b) => a.seen.top - b.seen.top);
const pairs = new Set();
for (let i = 0; i < items.length; i++) {
  const a = items[i];
  for (let j = i + 1; j < items.length && items[j].seen.top < a.seen.bottom - 1; j++) {
    const b = items[j];
    if (a.layer !== b.layer || (a.inline && b.inline && a.block === b.block) || a.el === b.el
        || contains(a.el, b.el) || contains(b.el, a.el)) {
      continue;
    }
    const w = Math.min(a.seen.right, b.seen.right) - Math.max(a.seen.left, b.seen.left);
    const h = Math.min(a.seen.bottom, b.seen.bottom) - Math.max(a.seen.top, b.seen.top);
    if (w > 1 && h > 1 && !pairs.has(a.name + b.name) && !pairs.has(b.name + a.name)) {
      pairs.add(a.name + b.name);
      problems.push('overlap: ' + a.name + ' and ' + b.name + ' share ' + Math.round(w) + '×' + Math.round(h) + ' px');
    }
  }
}

// 2. text overflowing its box
for (const block of textBlocks) {
  const s = style(block);
  if (block.clientWidth > 0 && block.scrollWidth > block.clientWidth + 1 && s.textOverflow !== 'ellipsis'
      && !['auto', 'scroll'].includes(s.overflowX) && visible(block)) {
    problems.push('text overflows its box by ' + (block.scrollWidth - block.clientWidth) + ' px: ' + describe(block));
  }
}

// 3. sideways
const page = document.scrollingElement || document.documentElement;
if (page.scrollWidth > vw + 1) {
  problems.push('the page scrolls sideways: ' + page.scrollWidth + ' px wide in a ' + vw + ' px window');
}
const scrollsSideways = el => {
  for (let a = parentOf(el); a && a !== document.body; a = parentOf(a)) {
    if (a instanceof Element && ['auto', 'scroll'].includes(style(a).overflowX)) {
      return true;
    }
  }
  return false;
};
for (const item of items) {
  if (item.full.right > vw + 1 && !scrollsSideways(item.el) && item.layer === null) {
    problems.push('beyond the window\'s right edge by ' + Math.round(item.full.right - vw) + ' px: ' + item.name);
  }
}

// 4. target size
const TARGETS = 'a[href], button, input:not([type=hidden]), select, textarea, summary, [role=button], [role=link], '
    + '[role=tab], [role=menuitem], [role=checkbox], [role=radio], [role=switch], [role=option], vaadin-button, '
    + 'vaadin-checkbox, vaadin-radio-button, vaadin-tab, vaadin-side-nav-item, vaadin-drawer-toggle, '
    + 'vaadin-menu-bar-button, vaadin-grid-sorter, vaadin-details-summary, vaadin-password-field-button, '
    + 'vaadin-text-field, vaadin-text-area, vaadin-password-field, vaadin-email-field, vaadin-number-field, '
    + 'vaadin-integer-field, vaadin-big-decimal-field, vaadin-combo-box, vaadin-multi-select-combo-box, vaadin-select, '
    + 'vaadin-date-picker, vaadin-time-picker';
/** Where a component is really tapped, if not its host. */
const HIT_AREA = {'vaadin-side-nav-item': '[part~="content"]'};
const insideVaadinTarget = el => {
  for (let a = parentOf(el); a; a = parentOf(a)) {
    if (a instanceof Element && tagOf(a).startsWith('vaadin-') && a.matches(TARGETS)) {
      return true;
    }
  }
  return false;
};
/** A link in running text: inline, with other words in the same block (WCAG 2.5.8's inline exception). */
const inSentence = el => {
  if (tagOf(el) !== 'a' || style(el).display !== 'inline') {
    return false;
  }
  // words of the same paragraph: text in the link's block outside the link and outside any block nested in it
  const block = blockOf(el);
  const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (n.textContent.trim() && !el.contains(n) && blockOf(n.parentElement) === block) {
      return true;
    }
  }
  return false;
};
const targets = [];
const findTargets = (root, hidden) => {
  for (const el of root.children) {
    if (SKIP.has(tagOf(el)) || LAYERED(el)) {
      continue;
    }
    const shown = !hidden && visible(el) && !clipped(el);
    const target = el.matches(TARGETS);
    if (shown && target) {
      targets.push(el);
    }
    // a target's own shadow DOM is measured through HIT_AREA; its light DOM may hold other targets (a reveal button)
    if (el.shadowRoot && !target) {
      findTargets(el.shadowRoot, !shown);
    }
    findTargets(el, !shown);
  }
};
findTargets(document.body, false);
for (const el of targets) {
  if (el.matches('[disabled], [aria-disabled="true"]') || inSentence(el)
      || (['input', 'textarea', 'select', 'label', 'vaadin-select-value-button'].includes(tagOf(el))
          && insideVaadinTarget(el))) {
    continue;
  }
  const area = (HIT_AREA[tagOf(el)] && el.shadowRoot && el.shadowRoot.querySelector(HIT_AREA[tagOf(el)])) || el;
  const r = area.getBoundingClientRect();
  if (!visiblePart(area, r)) {
    continue;
  }
  if (r.width < MIN_TARGET - 0.5 || r.height < MIN_TARGET - 0.5) {
    problems.push('target ' + Math.round(r.width) + '×' + Math.round(r.height) + ' px, under 44×44: ' + describe(el));
  }
}
return [...new Set(problems)];

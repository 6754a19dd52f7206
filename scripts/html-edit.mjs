// Small, strict edits to the HTML Trunk writes, for the post-build hook. Tags are found by
// their attributes, whatever their order and quoting (Trunk's minifier drops quotes), and
// every edit must find exactly what it expects or the build fails: a silent miss would ship
// a page without its first stage, its policy or its integrity hashes.

/** The start tags named `name` in `html`, each with its text, position and attributes. */
export function tags(html, name) {
  const pattern = new RegExp(`<${name}\\b((?:[^>"']|"[^"]*"|'[^']*')*)>`, "gi");
  return [...html.matchAll(pattern)].map((m) => ({ text: m[0], index: m.index, attrs: attributes(m[1]) }));
}

/** The elements named `name` with their content up to the closing tag (scripts, styles). */
export function elements(html, name) {
  return tags(html, name).map((tag) => {
    const start = tag.index + tag.text.length;
    const end = html.indexOf(`</${name}>`, start);
    if (end < 0) throw new Error(`html-edit: <${name}> at ${tag.index} is never closed`);
    return { ...tag, content: html.slice(start, end) };
  });
}

/** Attribute names (lower case) and values, unquoted; a bare attribute has the value "". */
function attributes(source) {
  const attrs = {};
  for (const m of source.matchAll(/([^\s=/>]+)(?:\s*=\s*("[^"]*"|'[^']*'|[^\s>]+))?/g)) {
    attrs[m[1].toLowerCase()] = (m[2] ?? "").replace(/^(["'])([\s\S]*)\1$/, "$2");
  }
  return attrs;
}

/** The one tag named `name` for which `test(attrs)` holds; fails on none or several. */
export function oneTag(html, name, test, what) {
  const found = tags(html, name).filter((t) => test(t.attrs));
  if (found.length !== 1) throw new Error(`html-edit: expected one ${what}, found ${found.length}`);
  return found[0];
}

/** `html` with its one occurrence of the string `target` replaced by `replacement(target)`.
 *  A function, so that no `$&` or `$1` in the new text is ever expanded. */
export function replaceOnce(html, target, replacement, what) {
  const at = html.indexOf(target);
  if (at < 0 || html.indexOf(target, at + 1) >= 0) {
    throw new Error(`html-edit: expected one ${what}, found ${at < 0 ? 0 : "several"}`);
  }
  return html.slice(0, at) + replacement(target) + html.slice(at + target.length);
}

/** A start tag with one more attribute: `<script src=x>` + integrity → `<script src=x integrity="…">`. */
export function withAttribute(tagText, name, value) {
  return `${tagText.slice(0, -1).replace(/\s*\/$/, "")} ${name}="${value.replace(/"/g, "&quot;")}">`;
}

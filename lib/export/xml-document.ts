import { DOMImplementation, XMLSerializer, type Document as XmlDom, type Element as XmlDomElement } from "@xmldom/xmldom";

/**
 * Characters XML 1.0 cannot carry (most control characters, lone surrogates). They are replaced
 * with U+FFFD rather than failing the export or writing a file no strict reader can parse.
 */
const NOT_XML_CHARACTER = /[^\u0009\u000A\u000D\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

export function xmlSafe(text: string): string {
  return text.replace(NOT_XML_CHARACTER, "\uFFFD");
}

/**
 * An element being built. Built on @xmldom/xmldom's DOM, whose serializer escapes every text and
 * attribute value (xmlbuilder2 was tried first: it leaves "&lt;" in data unescaped, so a literal
 * "&lt;" would read back as "<").
 */
export class XmlElement {
  constructor(private readonly document: XmlDom, private readonly element: XmlDomElement, private readonly namespaces: Readonly<Record<string, string>>, private readonly parent: XmlElement | null) {}

  /** Appends a child element ("gx:Track" takes the gx namespace, a bare name the root's). */
  ele(name: string, attributes: Record<string, string> = {}): XmlElement {
    const prefix = name.includes(":") ? name.slice(0, name.indexOf(":")) : "";
    const child = this.document.createElementNS(this.namespaces[prefix] ?? null, name);
    for (const [key, value] of Object.entries(attributes)) child.setAttribute(key, xmlSafe(value));
    this.element.appendChild(child);
    return new XmlElement(this.document, child, this.namespaces, this);
  }

  /** Appends text; the serializer escapes it. */
  txt(text: string): XmlElement {
    this.element.appendChild(this.document.createTextNode(xmlSafe(text)));
    return this;
  }

  up(): XmlElement {
    return this.parent ?? this;
  }

  /** The whole document as text, indented two spaces per level. */
  end(): string {
    indent(this.document.documentElement as XmlDomElement, 0);
    return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(this.document)}\n`;
  }
}

/** A new document whose root element is `rootName` in `namespaces[""]`, declaring the other prefixes. */
export function xmlDocument(rootName: string, namespaces: Readonly<Record<string, string>>): XmlElement {
  const document = new DOMImplementation().createDocument(namespaces[""] ?? null, rootName, null);
  const root = document.documentElement as XmlDomElement;
  for (const [prefix, uri] of Object.entries(namespaces)) {
    if (prefix !== "") root.setAttributeNS("http://www.w3.org/2000/xmlns/", `xmlns:${prefix}`, uri);
  }
  return new XmlElement(document, root, namespaces, null);
}

/** Whitespace between elements only: text content is never touched. */
function indent(element: XmlDomElement, depth: number): void {
  const children = Array.from(element.childNodes);
  if (!children.some((child) => child.nodeType === child.ELEMENT_NODE)) return;
  const document = element.ownerDocument;
  if (!document) return;
  for (const child of children) {
    element.insertBefore(document.createTextNode(`\n${"  ".repeat(depth + 1)}`), child);
    if (child.nodeType === child.ELEMENT_NODE) indent(child as XmlDomElement, depth + 1);
  }
  element.appendChild(document.createTextNode(`\n${"  ".repeat(depth)}`));
}

export type Header = { key: string; value: string };
export function contentSecurityPolicy(frameAncestors: string): string;
export const commonHeaders: Header[];
export function securityHeadersFor(pathname: string): Header[];
